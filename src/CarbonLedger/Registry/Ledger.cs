using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Registry;

/// <summary>
/// One Party's registry: accounts, serial-block holdings and an append-only, hash-chained history of events. Every
/// operation is checked, authorised, idempotent by its client operation id, and atomic; readers take immutable
/// <see cref="LedgerSnapshot"/>s while a single writer commits.
/// </summary>
/// <remarks>
/// <para>Operations are serialised by an internal lock (one writer at a time). The state is made of persistent
/// structures: the writer updates in place only the nodes it created since the last snapshot was sealed, and copies
/// any other node it changes, so a sealed snapshot never changes. All checks run before anything is written; if an
/// operation still fails while applying its event (an exception at any internal step), the writer rebuilds its state
/// from the last sealed state and the events committed since, so a failing operation — bad input, a refusal, or an
/// exception at any step — leaves the ledger exactly as it was. <see cref="Current"/> seals and publishes a snapshot
/// when events were committed since the last one (it waits for an operation in progress); otherwise it is lock-free.
/// The writer also seals on its own every 1,048,576 events, which bounds that rebuild (about half a second). Should
/// the rebuild itself fail (for example for lack of memory), the next operation or snapshot read tries it again before
/// it reads the state, and throws <see cref="InvalidOperationException"/> while it keeps failing; a half-updated state
/// is never read or published. A ledger that cannot recover can be rebuilt from its history with
/// <see cref="Replay"/>.</para>
/// <para>The clock is read under the writer's lock; an operation started from inside it is refused with
/// <see cref="InvalidOperationException"/> (the repeat of an operation already committed still returns its event),
/// and the operation that was reading the clock fails with that exception unless the clock catches it.</para>
/// <para>Repeating an operation id returns the first result (the committed event) and changes nothing; reusing it for
/// a different operation throws <see cref="OperationIdReusedException"/>. Refused operations are not recorded, so an
/// id whose operation was refused may be used again.</para>
/// <para>Event instants come from the injected <see cref="IClock"/>; an event is never dated earlier than the event
/// before it (a clock that goes back is clamped to the last instant).</para>
/// </remarks>
public sealed class Ledger
{
    /// <summary>The operation id of the first event, <see cref="RegistryCreated"/>.</summary>
    public const string GenesisOperationId = "genesis";

    private readonly Lock gate = new();
    private readonly IClock clock;
    private readonly EventLog log;
    // Operation id text to event sequence. Keyed by the string with the ordinal comparer, which lets the dictionary use
    // its fast non-randomised string hashing (it switches to randomised hashing by itself if collisions pile up).
    private readonly Dictionary<string, int> operations;
    private readonly CanonicalWriter writer = new();

    // The writer's state. Nodes created under 'owner' since the last seal belong to the writer alone and are updated
    // in place; everything reachable from 'current' (the last sealed state) is immutable.
    private LedgerState state;
    private TransientOwner owner = new();

    // The last sealed state, published as a snapshot: its state and event count are where a failed operation
    // restarts from (see Restore).
    private LedgerSnapshot current;

    // True while an event is being applied: the writer's state is then half-updated and must not be sealed.
    private bool applying;

    // True while an operation reads the clock. The clock is the caller's code and runs under the writer's lock, so it
    // could start another operation on the same thread; that one is refused (see Commit).
    private bool readingClock;

    // Set when rebuilding the writer's state after a failure itself failed: the state may be half-updated, and the next
    // operation or snapshot read rebuilds it again before reading it (RecoverIfBroken).
    private Exception? broken;

    /// <summary>How many times the writer rebuilt its state after a failure (for tests).</summary>
    internal int RestoreCount { get; private set; }

    private Ledger(IClock clock, LedgerState state, EventLog log, Dictionary<string, int> operations)
    {
        this.clock = clock;
        this.state = state;
        this.log = log;
        this.operations = operations;
        current = new LedgerSnapshot(state, log.View);
    }

    /// <summary>
    /// The writer seals its state (makes it immutable and starts a new generation of writable nodes) at least every
    /// this many events, so that recovering from a failure in the middle of an operation replays at most this many
    /// events. Tests lower it to exercise the recovery.
    /// </summary>
    internal int SealInterval { get; set; } = 1 << 20;

    /// <summary>Test hook: called at each internal step of an operation; an exception it throws aborts the operation.</summary>
    internal Action<LedgerStep>? FaultInjector { get; set; }

    /// <summary>The registry's id.</summary>
    public RegistryId Registry => state.Registry;

    /// <summary>The registry administrator.</summary>
    public ActorId Administrator => state.Administrator;

    /// <summary>The latest committed state; immutable, safe to read from any thread while the writer goes on.</summary>
    /// <remarks>
    /// The writer updates the nodes it created since the last snapshot in place, and seals its state when a snapshot
    /// is asked for: the first read after a write waits for the operation in progress (if any) and seals; later reads
    /// return the same snapshot without locking until the next write.
    /// </remarks>
    public LedgerSnapshot Current
    {
        get
        {
            LedgerSnapshot snapshot = Volatile.Read(ref current);
            if (snapshot.EventCount == log.VolatileCount)
            {
                return snapshot;
            }
            lock (gate)
            {
                // Called from inside an operation (a test hook on the writer's thread): the last snapshot is the
                // consistent one; the state being applied must not be published.
                if (current.EventCount != log.Count && !applying)
                {
                    RecoverIfBroken();
                    Seal();
                }
                return current;
            }
        }
    }

    /// <summary>Creates an empty registry whose history starts with a <see cref="RegistryCreated"/> event.</summary>
    /// <exception cref="ArgumentException">The registry or administrator is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static Ledger Create(RegistryId registry, ActorId administrator, IClock clock)
    {
        Preconditions.CheckArgument(registry.IsValid, nameof(registry), "Registry id must not be the default value");
        Preconditions.CheckArgument(administrator.IsValid, nameof(administrator), "Administrator must not be the default value");
        Preconditions.CheckNotNull(clock);
        var ledger = new Ledger(clock, LedgerState.CreateEmpty(), new EventLog(), new Dictionary<string, int>(StringComparer.Ordinal));
        lock (ledger.gate)
        {
            ledger.Commit(new RegistryCreated(ledger.NextHeader(OperationId.Create(GenesisOperationId), administrator), registry));
        }
        return ledger;
    }

    /// <summary>
    /// Rebuilds a registry from its history: verifies the hash chain, then applies every event. The result has exactly
    /// the state of the ledger that wrote the history and continues it.
    /// </summary>
    /// <param name="history">The events, in order, starting with <see cref="RegistryCreated"/>.</param>
    /// <param name="clock">The clock for new operations.</param>
    /// <param name="expectedHead">When given, the hash the last event must have.</param>
    /// <exception cref="LedgerHistoryException">The chain is broken, or an event does not fit the state before it.</exception>
    public static Ledger Replay(IReadOnlyList<LedgerEvent> history, IClock clock, EventHash? expectedHead = null)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckNotNull(clock);
        Preconditions.CheckArgument(history.Count > 0, nameof(history), "A history has at least its RegistryCreated event");
        // The chain is verified, then the operation ids indexed, on one other thread while this one rebuilds the state.
        // The rebuild is the longer of the two and cannot be split, so the verification does not spread over all
        // cores here (it would take the rebuild's core from it). A broken chain wins over any other problem, since it
        // explains it; otherwise the earliest problem in history order is reported.
        Task<(ChainVerification Verification, (Dictionary<string, int> Index, LedgerHistoryException? Duplicate) Indexed)> checking =
            Task.Run(() => (HashChain.VerifyCore(history, expectedHead, parallel: false), IndexOperations(history)));
        var log = new EventLog();
        LedgerState? state = null;
        ExceptionDispatchInfo? rebuildError = null;
        try
        {
            state = Rebuild(history, history.Count, log);
        }
        catch (Exception ex)
        {
            rebuildError = ExceptionDispatchInfo.Capture(ex);
        }
        (ChainVerification verification, (Dictionary<string, int> operations, LedgerHistoryException? duplicate)) = checking.GetAwaiter().GetResult();
        if (!verification.IsValid)
        {
            throw new LedgerHistoryException(verification);
        }
        if (duplicate is not null && (rebuildError?.SourceException is not LedgerHistoryException failed || duplicate.Sequence < failed.Sequence))
        {
            throw duplicate;
        }
        rebuildError?.Throw();
        return new Ledger(clock, state!, log, operations);
    }

    /// <summary>
    /// Applies the first <paramref name="count"/> events of a history from outside to an empty state (no chain
    /// verification), checking as well that every picking event carries exactly the blocks its selection picks.
    /// </summary>
    internal static LedgerState Rebuild(IReadOnlyList<LedgerEvent> history, int count, EventLog? log) =>
        Rebuild(LedgerState.CreateEmpty(), history, 0, count, log, checkPicks: true);

    /// <summary>
    /// Applies events <paramref name="from"/> to <paramref name="count"/> − 1 to <paramref name="start"/>, the state
    /// after the first <paramref name="from"/> events (no chain verification). A sealed start is never written: the
    /// replay copies the nodes it changes. <paramref name="checkPicks"/> also picks every selection again and compares
    /// the result with the event's blocks; the ledger's own history (for <c>AsOf</c>) was picked by this code and needs
    /// no such check.
    /// </summary>
    internal static LedgerState Rebuild(LedgerState start, IReadOnlyList<LedgerEvent> history, int from, int count, EventLog? log, bool checkPicks)
    {
        // The new nodes are private until the loop ends, so the replay may update the ones it creates in place.
        var owner = new TransientOwner();
        LedgerState state = start;
        for (int i = from; i < count; i++)
        {
            LedgerEvent e = history[i];
            try
            {
                state = state.Apply(e, null, owner, checkPicks);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                throw new LedgerHistoryException(e.Sequence, ex);
            }
            if (log is not null)
            {
                log.Reserve();
                log.Append(e);
            }
        }
        owner.Retire();
        return state;
    }

    /// <summary>The idempotency index of a history: operation id to sequence, or the first event that repeats an id.</summary>
    private static (Dictionary<string, int> Index, LedgerHistoryException? Duplicate) IndexOperations(IReadOnlyList<LedgerEvent> history)
    {
        var index = new Dictionary<string, int>(history.Count, StringComparer.Ordinal);
        for (int i = 0; i < history.Count; i++)
        {
            LedgerEvent e = history[i];
            if (e is null)
            {
                // Reported by the chain verification.
                break;
            }
            if (!index.TryAdd(e.OperationId.Value, i))
            {
                return (index, new LedgerHistoryException(e.Sequence, new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Operation id {e.OperationId} was already used by event {index[e.OperationId.Value]}"))));
            }
        }
        return (index, null);
    }

    /// <summary>The state as it was at <paramref name="instant"/>: after every event dated at or before it.</summary>
    public LedgerSnapshot AsOf(Instant instant) => Current.AsOf(instant);

    /// <summary>Opens an account. Administrator only.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks; must be the registry administrator.</param>
    /// <param name="account">The account: an id in this registry, its holder and its type.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    /// <exception cref="DuplicateAccountException">The id is taken.</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation.</exception>
    public AccountOpened OpenAccount(OperationId operation, ActorId actor, Account account)
    {
        CheckRequest(operation, actor);
        Preconditions.CheckNotNull(account);
        Preconditions.CheckArgument(account.Id.Registry == state.Registry, nameof(account), "Account {0} does not belong to registry {1}", account.Id, state.Registry);
        lock (gate)
        {
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return Same(operation, prior, (AccountOpened e) => e.Actor == actor && e.Account.Equals(account));
            }
            RecoverIfBroken();
            state.CheckOpen(actor, account);
            return Commit(new AccountOpened(NextHeader(operation, actor), account));
        }
    }

    /// <summary>Issues credits into an account, per the Joint Committee's decision. Administrator only.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks; must be the registry administrator.</param>
    /// <param name="to">The receiving account (of any type).</param>
    /// <param name="blocks">The blocks to create; their issuer must be this registry and their serials new.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="ArgumentException">No block, a default block, another issuer, or overlapping blocks; or the account's available balance would exceed <see cref="long.MaxValue"/>.</exception>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    /// <exception cref="UnknownAccountException">The account does not exist.</exception>
    /// <exception cref="SerialConflictException">Some serials were issued before.</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation.</exception>
    public CreditsIssued Issue(OperationId operation, ActorId actor, AccountId to, IReadOnlyList<CreditBlock> blocks)
    {
        CheckRequest(operation, actor);
        Preconditions.CheckNotNull(blocks);
        Preconditions.CheckArgument(blocks.Count > 0, nameof(blocks), "At least one block must be issued");
        var array = ImmutableArray.CreateRange(blocks);
        foreach (CreditBlock b in array)
        {
            Preconditions.CheckArgument(b.IsValid, nameof(blocks), "Block {0} is the default value", b);
        }
        CheckDisjoint(array);
        lock (gate)
        {
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return Same(operation, prior, (CreditsIssued e) => e.Actor == actor && e.To == to && e.Blocks.AsSpan().SequenceEqual(array.AsSpan()));
            }
            RecoverIfBroken();
            state.CheckAdministrator(actor, to, "issue into");
            AccountSlot slot = state.RequireSlot(to, out _);
            state.CheckIssue(array);
            LedgerState.CheckRoom(slot, array, nameof(blocks));
            Inject(LedgerStep.Checked);
            return Commit(new CreditsIssued(NextHeader(operation, actor), to, array));
        }
    }

    /// <summary>Transfers credits from one account to another non-terminal account of this registry. Holder only.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks; must hold <paramref name="from"/>.</param>
    /// <param name="from">The source account (not terminal).</param>
    /// <param name="to">The destination account (not terminal, in this registry).</param>
    /// <param name="credits">A quantity (picked oldest vintage first unless told otherwise) or exact ranges.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="ArgumentException">The accounts are equal, the destination is in another registry, or the destination's available balance would exceed <see cref="long.MaxValue"/> (<paramref name="credits"/>).</exception>
    /// <exception cref="UnauthorizedActorException">The actor does not hold the source account.</exception>
    /// <exception cref="UnknownAccountException">An account does not exist.</exception>
    /// <exception cref="AccountTypeException">The source is terminal or the destination is terminal.</exception>
    /// <exception cref="InsufficientCreditsException">The source holds too few matching available credits.</exception>
    /// <exception cref="CreditsNotHeldException">The source does not hold some of the exact serials.</exception>
    /// <exception cref="OperationIdReusedException">The id was used for a different operation.</exception>
    public CreditsTransferred Transfer(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits) =>
        Move(LedgerEventKind.CreditsTransferred, operation, actor, from, to, credits, null, null,
            static (h, f, t, s, b, _, _) => new CreditsTransferred(h, f, t, s, b));

    /// <summary>Cancels credits: moves them to a cancellation or OMGE cancellation account, where they stay. Holder only.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks; must hold <paramref name="from"/>.</param>
    /// <param name="from">The source account (not terminal).</param>
    /// <param name="to">A cancellation or OMGE cancellation account of this registry.</param>
    /// <param name="credits">A quantity or exact ranges.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="AccountTypeException">The source is terminal or the destination is not a cancellation account.</exception>
    /// <exception cref="RegistryException">Other refusals, as for <see cref="Transfer"/>.</exception>
    public CreditsCancelled Cancel(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits) =>
        Move(LedgerEventKind.CreditsCancelled, operation, actor, from, to, credits, null, null,
            static (h, f, t, s, b, _, _) => new CreditsCancelled(h, f, t, s, b));

    /// <summary>Retires credits for a beneficiary and a purpose: moves them to a retirement account, where they stay. Holder only.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks; must hold <paramref name="from"/>.</param>
    /// <param name="from">The source account (not terminal).</param>
    /// <param name="to">A retirement account of this registry.</param>
    /// <param name="credits">A quantity or exact ranges.</param>
    /// <param name="beneficiary">On whose behalf (1 to 500 characters).</param>
    /// <param name="purpose">What the retirement counts toward (1 to 500 characters).</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="ArgumentException">The beneficiary or purpose is empty, too long or has control characters.</exception>
    /// <exception cref="AccountTypeException">The source is terminal or the destination is not a retirement account.</exception>
    /// <exception cref="RegistryException">Other refusals, as for <see cref="Transfer"/>.</exception>
    public CreditsRetired Retire(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits, string beneficiary, string purpose)
    {
        Preconditions.CheckNotNull(beneficiary);
        Preconditions.CheckNotNull(purpose);
        Preconditions.CheckArgument(TextRules.IsCleanText(beneficiary, MaxTextLength), nameof(beneficiary),
            "Beneficiary must be 1 to 500 characters without control characters or surrounding white space; it is '{0}'", beneficiary);
        Preconditions.CheckArgument(TextRules.IsCleanText(purpose, MaxTextLength), nameof(purpose),
            "Purpose must be 1 to 500 characters without control characters or surrounding white space; it is '{0}'", purpose);
        return Move(LedgerEventKind.CreditsRetired, operation, actor, from, to, credits, beneficiary, purpose,
            static (h, f, t, s, b, who, why) => new CreditsRetired(h, f, t, s, b, who!, why!));
    }

    /// <summary>
    /// Sends credits to an account of another registry: the outgoing half of an international transfer. The receiving
    /// registry records the arrival with <see cref="Acquire"/>; <see cref="InternationalTransfer.Execute"/> does both.
    /// Holder only.
    /// </summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks; must hold <paramref name="from"/>.</param>
    /// <param name="from">The source account (not terminal).</param>
    /// <param name="to">The receiving account, in another registry.</param>
    /// <param name="credits">A quantity or exact ranges.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="ArgumentException">The destination is in this registry.</exception>
    /// <exception cref="RegistryException">Refusals as for <see cref="Transfer"/>.</exception>
    public CreditsTransferredOut TransferOut(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits) =>
        Move(LedgerEventKind.CreditsTransferredOut, operation, actor, from, to, credits, null, null,
            static (h, f, t, s, b, _, _) => new CreditsTransferredOut(h, f, t, s, b));

    /// <summary>
    /// Records the arrival of another registry's outgoing transfer (the acquisition). The event's id is derived from
    /// the sender's (<see cref="OperationId.ForAcquisition"/>), so repeating the call returns the first acquisition and
    /// the credits arrive exactly once. Administrator only.
    /// </summary>
    /// <param name="actor">Who records it; must be this registry's administrator.</param>
    /// <param name="outgoing">The sender's event; its hash is checked against its content.</param>
    /// <returns>The committed event (the first one, when the call is repeated).</returns>
    /// <exception cref="ArgumentException">The outgoing transfer is not addressed to this registry, or was altered; or the receiving account's available balance would exceed <see cref="long.MaxValue"/>.</exception>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    /// <exception cref="UnknownAccountException">The receiving account does not exist.</exception>
    /// <exception cref="AccountTypeException">The receiving account is terminal (cancellation, OMGE cancellation or retirement).</exception>
    /// <exception cref="SerialConflictException">Some arriving serials are already present here.</exception>
    public CreditsAcquired Acquire(ActorId actor, CreditsTransferredOut outgoing)
    {
        Preconditions.CheckArgument(actor.IsValid, nameof(actor), "Actor must not be the default value");
        Preconditions.CheckNotNull(outgoing);
        Preconditions.CheckArgument(outgoing.To.Registry == state.Registry, nameof(outgoing),
            "Outgoing transfer {0} is addressed to registry {1}, not this one", outgoing.OperationId, outgoing.To.Registry);
        OperationId operation = OperationId.ForAcquisition(outgoing.From.Registry, outgoing.OperationId);
        lock (gate)
        {
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return Same(operation, prior, (CreditsAcquired e) => e.Actor == actor && e.SourceEventHash == outgoing.Hash);
            }
            RecoverIfBroken();
            Preconditions.CheckArgument(writer.Hash(outgoing) == outgoing.Hash, nameof(outgoing),
                "Outgoing transfer {0}'s content does not match its hash {1}", outgoing.OperationId, outgoing.Hash);
            state.CheckAdministrator(actor, outgoing.To, "record an acquisition into");
            AccountSlot slot = state.RequireSlot(outgoing.To, out _);
            LedgerState.CheckDestination(LedgerEventKind.CreditsAcquired, slot);
            state.CheckAcquire(outgoing.From, outgoing.Blocks);
            LedgerState.CheckRoom(slot, outgoing.Blocks, nameof(outgoing));
            Inject(LedgerStep.Checked);
            return Commit(new CreditsAcquired(NextHeader(operation, actor), outgoing.From, outgoing.To, outgoing.OperationId, outgoing.Hash, outgoing.Blocks));
        }
    }

    /// <summary>Puts credits in escrow; they count as reserved and cannot move until released. Holder only.</summary>
    /// <param name="operation">The client operation id; it also names the reservation.</param>
    /// <param name="actor">Who asks; must hold <paramref name="account"/>.</param>
    /// <param name="account">The account (not terminal).</param>
    /// <param name="credits">A quantity or exact ranges.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="RegistryException">Refusals as for <see cref="Transfer"/>.</exception>
    public CreditsReserved Reserve(OperationId operation, ActorId actor, AccountId account, CreditSelection credits)
    {
        CheckRequest(operation, actor);
        Preconditions.CheckNotNull(credits);
        lock (gate)
        {
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return Same(operation, prior, (CreditsReserved e) => e.Actor == actor && e.Account == account && e.Selection.Equals(credits));
            }
            RecoverIfBroken();
            AccountSlot slot = state.CheckOwnAccount(LedgerEventKind.CreditsReserved, actor, account, out _);
            Inject(LedgerStep.Checked);
            ImmutableArray<CreditBlock> blocks = LedgerState.Pick(slot, credits);
            Inject(LedgerStep.Picked);
            return Commit(new CreditsReserved(NextHeader(operation, actor), account, credits, blocks));
        }
    }

    /// <summary>Releases a reservation: its credits are available in the account again. Holder only.</summary>
    /// <param name="operation">The client operation id of the release.</param>
    /// <param name="actor">Who asks; must hold <paramref name="account"/>.</param>
    /// <param name="account">The account the reservation belongs to.</param>
    /// <param name="reservation">The id of the <see cref="Reserve"/> operation.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="UnknownReservationException">The account has no such open reservation.</exception>
    /// <exception cref="ArgumentException">The account's available balance would exceed <see cref="long.MaxValue"/> (<paramref name="reservation"/>).</exception>
    /// <exception cref="RegistryException">Other refusals, as for <see cref="Transfer"/>.</exception>
    public CreditsReleased Release(OperationId operation, ActorId actor, AccountId account, OperationId reservation)
    {
        CheckRequest(operation, actor);
        Preconditions.CheckArgument(reservation.IsValid, nameof(reservation), "Reservation id must not be the default value");
        lock (gate)
        {
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return Same(operation, prior, (CreditsReleased e) => e.Actor == actor && e.Account == account && e.Reservation == reservation);
            }
            RecoverIfBroken();
            AccountSlot slot = state.CheckOwnAccount(LedgerEventKind.CreditsReleased, actor, account, out _);
            Reservation r = state.RequireReservation(reservation, account);
            LedgerState.CheckRoom(slot, r.Blocks, nameof(reservation));
            Inject(LedgerStep.Checked);
            return Commit(new CreditsReleased(NextHeader(operation, actor), account, reservation, r.Blocks));
        }
    }

    /// <summary>
    /// Changes the authorisation status and/or first-transferred flag of credits in an account (terminal accounts
    /// included). Administrator only. This is the hook by which an Article 6.2 layer records authorisation and first
    /// transfer on serial blocks.
    /// </summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks; must be the registry administrator.</param>
    /// <param name="account">The account holding the credits.</param>
    /// <param name="credits">A quantity (with filters, for example only unauthorised credits of a vintage) or exact ranges.</param>
    /// <param name="marking">What to change.</param>
    /// <returns>The committed event (the first one, when the operation is repeated).</returns>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    /// <exception cref="RegistryException">Other refusals, as for <see cref="Transfer"/>.</exception>
    public CreditsMarked Mark(OperationId operation, ActorId actor, AccountId account, CreditSelection credits, CreditMarking marking)
    {
        CheckRequest(operation, actor);
        Preconditions.CheckNotNull(credits);
        Preconditions.CheckNotNull(marking);
        lock (gate)
        {
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return Same(operation, prior, (CreditsMarked e) => e.Actor == actor && e.Account == account && e.Selection.Equals(credits) && e.Marking.Equals(marking));
            }
            RecoverIfBroken();
            AccountSlot slot = state.CheckOwnAccount(LedgerEventKind.CreditsMarked, actor, account, out _);
            Inject(LedgerStep.Checked);
            ImmutableArray<CreditBlock> blocks = LedgerState.Pick(slot, credits);
            Inject(LedgerStep.Picked);
            return Commit(new CreditsMarked(NextHeader(operation, actor), account, credits, marking, blocks));
        }
    }

    /// <summary>An independent ledger with the same history and state (for benchmarks that need a fresh copy).</summary>
    internal Ledger Fork()
    {
        lock (gate)
        {
            RecoverIfBroken();
            Seal();
            return new Ledger(clock, state.Detach(), log.Fork(), new Dictionary<string, int>(operations, StringComparer.Ordinal));
        }
    }

    /// <summary>The longest beneficiary or purpose text, in characters.</summary>
    public const int MaxTextLength = 500;

    private delegate TEvent MovementFactory<TEvent>(EventHeader header, AccountId from, AccountId to, CreditSelection selection,
        ImmutableArray<CreditBlock> blocks, string? beneficiary, string? purpose);

    private TEvent Move<TEvent>(LedgerEventKind kind, OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits,
        string? beneficiary, string? purpose, MovementFactory<TEvent> create)
        where TEvent : CreditMovement
    {
        CheckRequest(operation, actor);
        Preconditions.CheckNotNull(credits);
        lock (gate)
        {
            // On a large registry the accounts, their holdings and the actor's name are rarely in the CPU cache: ask
            // for them first, so that their loads overlap the idempotency lookup and each other.
            if (broken is null)
            {
                state.PrefetchSlots(from, to);
                Prefetch.Object(actor.Value);
            }
            if (TryRepeat(operation, out LedgerEvent? prior))
            {
                return SameMovement<TEvent>(operation, prior, actor, from, to, credits, beneficiary, purpose);
            }
            RecoverIfBroken();
            (AccountSlot source, _, AccountSlot? destination, _) = state.CheckMovement(kind, actor, from, to);
            destination?.Available.PrefetchRoot();
            Inject(LedgerStep.Checked);
            ImmutableArray<CreditBlock> blocks = LedgerState.Pick(source, credits);
            if (destination is not null)
            {
                LedgerState.CheckRoom(destination, blocks, nameof(credits));
            }
            Inject(LedgerStep.Picked);
            if (destination is not null && blocks.Length > 0)
            {
                // Where the first block will land: loaded while the event is encoded and hashed.
                destination.Available.PrefetchLeaf(HoldingKey.Of(blocks[0]));
            }
            return Commit(create(NextHeader(operation, actor), from, to, credits, blocks, beneficiary, purpose));
        }
    }

    // A separate method, so that the fast path of Move allocates no closure.
    private static TEvent SameMovement<TEvent>(OperationId operation, LedgerEvent prior, ActorId actor, AccountId from, AccountId to,
        CreditSelection credits, string? beneficiary, string? purpose)
        where TEvent : CreditMovement =>
        Same(operation, prior, (TEvent e) => e.Actor == actor && e.From == from && e.To == to && e.Selection.Equals(credits)
            && (e is not CreditsRetired r || (r.Beneficiary == beneficiary && r.Purpose == purpose)));

    private static void CheckRequest(OperationId operation, ActorId actor)
    {
        Preconditions.CheckArgument(operation.IsValid, nameof(operation), "Operation id must not be the default value");
        Preconditions.CheckArgument(!operation.IsAcquisition, nameof(operation), "Operation id {0} has the form reserved for acquisitions", operation);
        Preconditions.CheckArgument(actor.IsValid, nameof(actor), "Actor must not be the default value");
    }

    private static void CheckDisjoint(ImmutableArray<CreditBlock> blocks)
    {
        var sorted = new List<CreditBlock>(blocks);
        sorted.Sort(static (a, b) => CreditSelection.CompareRanges(a.Range, b.Range));
        for (int i = 1; i < sorted.Count; i++)
        {
            SerialRange before = sorted[i - 1].Range;
            SerialRange next = sorted[i].Range;
            Preconditions.CheckArgument(!before.SameSpaceAs(next) || !before.Serials.Overlaps(next.Serials),
                nameof(blocks), "Blocks {0} and {1} overlap", before, next);
        }
    }

    private bool TryRepeat(OperationId operation, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LedgerEvent? prior)
    {
        if (operations.TryGetValue(operation.Value, out int sequence))
        {
            prior = log.View[sequence];
            return true;
        }
        prior = null;
        return false;
    }

    private static TEvent Same<TEvent>(OperationId operation, LedgerEvent prior, Func<TEvent, bool> sameRequest)
        where TEvent : LedgerEvent =>
        prior is TEvent e && sameRequest(e) ? e : throw new OperationIdReusedException(operation, prior);

    private EventHeader NextHeader(OperationId operation, ActorId actor)
    {
        Instant now;
        // Restored rather than cleared, so that an operation started from the clock still sees the outer read.
        bool outerRead = readingClock;
        readingClock = true;
        try
        {
            now = clock.GetCurrentInstant();
        }
        finally
        {
            readingClock = outerRead;
        }
        if (state.NextSequence > 0 && now < state.LastInstant)
        {
            now = state.LastInstant;
        }
        return new EventHeader(state.NextSequence, now, operation, actor, state.HeadHash, default);
    }

    private void Inject(LedgerStep step) => FaultInjector?.Invoke(step);

    private TEvent Commit<TEvent>(TEvent e)
        where TEvent : LedgerEvent
    {
        if (applying)
        {
            throw new InvalidOperationException("An operation cannot start while another one is being applied (from a hook on the writer's thread)");
        }
        if (readingClock)
        {
            // Its checks ran against the state before the outer operation, which has not committed yet, and both might
            // carry the same operation id: committing it would break the idempotency index and the outer operation.
            throw new InvalidOperationException("An operation cannot be started from inside the ledger's clock while another operation reads it");
        }
        System.Diagnostics.Debug.Assert(broken is null, "Every operation recovers from an earlier failure before it reads the state");
        e.SetHash(writer.Hash(e));
        Inject(LedgerStep.Hashed);
        LedgerState next;
        applying = true;
        try
        {
            next = state.Apply(e, FaultInjector, owner);
            Inject(LedgerStep.BeforeCommit);
            log.Reserve();
            if (operations.Count == operations.Capacity)
            {
                // Grow by doubling: EnsureCapacity(Count + 1) grows to the next prime in the dictionary's table (about
                // 1.2 times larger) and, past that table's last prime, to the next prime above Count + 1, rehashing the
                // whole index every few thousand operations or, on a large ledger, on almost every one.
                operations.EnsureCapacity((int)Math.Min(Math.Max(2L * operations.Count, 16), Array.MaxLength));
            }
        }
        catch
        {
            // Apply may have updated the writer's own nodes before it failed: rebuild them from the sealed state.
            // (Every refusal is checked before Commit, so this runs only for unexpected failures.)
            try
            {
                Restore();
            }
            catch (Exception restoreError)
            {
                broken = restoreError;
            }
            throw;
        }
        finally
        {
            applying = false;
        }
        // Nothing below can fail. Readers see the event once a snapshot is sealed (see Current).
        log.Append(e);
        operations.Add(e.OperationId.Value, (int)e.Sequence);
        state = next;
        if (log.Count - current.EventCount >= SealInterval)
        {
            Seal();
        }
        return e;
    }

    /// <summary>Makes the writer's state immutable and publishes it as the current snapshot; later writes copy what they change.</summary>
    private void Seal()
    {
        owner.Retire();
        owner = new TransientOwner();
        Volatile.Write(ref current, new LedgerSnapshot(state, log.View));
    }

    /// <summary>
    /// After a failed rebuild (see <see cref="Commit{TEvent}"/>) the writer's state may be half-updated: rebuilds it before
    /// anything reads it, or throws <see cref="InvalidOperationException"/> if the rebuild fails again.
    /// </summary>
    private void RecoverIfBroken()
    {
        if (broken is null)
        {
            return;
        }
        try
        {
            Restore();
            broken = null;
        }
        catch (Exception ex)
        {
            broken = ex;
            throw new InvalidOperationException("The ledger could not rebuild its state after an earlier failure; try again, or rebuild it from its history with Ledger.Replay", ex);
        }
    }

    /// <summary>Test hook: called when the writer starts rebuilding its state after a failure; an exception it throws makes the rebuild fail.</summary>
    internal Action? RestoreFaultInjector { get; set; }

    /// <summary>Rebuilds the writer's state from the sealed state and the events committed after it.</summary>
    private void Restore()
    {
        RestoreCount++;
        RestoreFaultInjector?.Invoke();
        owner.Retire();
        var fresh = new TransientOwner();
        LedgerSnapshot sealedSnapshot = current;
        LedgerState restored = sealedSnapshot.State;
        EventList events = log.View;
        for (int i = sealedSnapshot.EventCount; i < events.Count; i++)
        {
            restored = restored.Apply(events[i], null, fresh);
        }
        state = restored;
        owner = fresh;
    }
}
