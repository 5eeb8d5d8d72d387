using System;
using System.Collections.Generic;
using System.Threading;
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
public sealed partial class Ledger
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
            // A store-backed ledger publishes only what its store has committed; its writer seals after each commit.
            if (store is not null || snapshot.EventCount == log.VolatileCount)
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

    /// <summary>The state as it was at <paramref name="instant"/>: after every event dated at or before it.</summary>
    public LedgerSnapshot AsOf(Instant instant) => Current.AsOf(instant);

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
}
