using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Registry.Trust;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

public sealed partial class Ledger
{
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
    /// registry records the arrival with <see cref="Acquire(ActorId, SignedTransfer, TrustList)"/>; <see cref="InternationalTransfer.Execute(Ledger, CarbonLedger.Registry.Trust.RegistrySigner, Ledger, CarbonLedger.Registry.Trust.TrustList, OperationId, ActorId, AccountId, AccountId, CreditSelection)"/> does both.
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
    /// Records the arrival of another registry's outgoing transfer without checking a signature (two ledgers in one
    /// process, as <c>Article6Registry</c> uses it); <see cref="Acquire(ActorId, SignedTransfer, TrustList)"/> is the
    /// verified form. The event's id is derived from the sender's (<see cref="OperationId.ForAcquisition"/>), so
    /// repeating the call returns the first acquisition and the credits arrive exactly once; an outgoing transfer whose
    /// origin registry and sequence were acquired or refused before is rejected. Administrator only.
    /// </summary>
    /// <param name="actor">Who records it; must be this registry's administrator.</param>
    /// <param name="outgoing">The sender's event; its hash is checked against its content.</param>
    /// <param name="signature">The sender's verified signature, recorded on the event (null when there is none).</param>
    internal CreditsAcquired Acquire(ActorId actor, CreditsTransferredOut outgoing, RegistrySignature? signature = null)
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
                return prior is AcquisitionRefused ? throw Settled(prior, outgoing)
                    : Same(operation, prior, (CreditsAcquired e) => e.Actor == actor && e.SourceEventHash == outgoing.Hash);
            }
            RecoverIfBroken();
            Preconditions.CheckArgument(writer.Hash(outgoing) == outgoing.Hash, nameof(outgoing),
                "Outgoing transfer {0}'s content does not match its hash {1}", outgoing.OperationId, outgoing.Hash);
            state.CheckNotSettled(outgoing);
            state.CheckAdministrator(actor, outgoing.To, "record an acquisition into");
            AccountSlot slot = state.RequireSlot(outgoing.To, out _);
            LedgerState.CheckDestination(LedgerEventKind.CreditsAcquired, slot);
            state.CheckAcquire(outgoing.From, outgoing.Blocks);
            LedgerState.CheckRoom(slot, outgoing.Blocks, nameof(outgoing));
            Inject(LedgerStep.Checked);
            return Commit(new CreditsAcquired(NextHeader(operation, actor), outgoing.From, outgoing.To, outgoing.OperationId, outgoing.Sequence, outgoing.Hash,
                outgoing.Blocks, signature));
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
}
