using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Storage;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Registry;

public sealed partial class Ledger
{
    // Set for a ledger opened on a store: operations then commit only through its single writer (CommitQueue).
    private IRegistryStore? store;
    private CommitQueue? queue;

    // The writer's work since the store's last commit, while a group is being applied (see CommitQueue).
    private StagedCommit? staged;

    /// <summary>The store this ledger commits to, or null for an in-memory ledger (the default).</summary>
    public IRegistryStore? Store => store;

    /// <summary>
    /// Creates a registry in an empty store: its <see cref="RegistryCreated"/> event is committed to the store before
    /// the ledger is returned.
    /// </summary>
    /// <param name="store">An empty store, opened for writing.</param>
    /// <param name="registry">The registry id.</param>
    /// <param name="administrator">The registry administrator.</param>
    /// <param name="clock">The clock for event instants.</param>
    /// <param name="cancellationToken">Cancels the creation before the first event is committed.</param>
    /// <returns>The ledger, committing every operation to <paramref name="store"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The registry or administrator is the default value.</exception>
    /// <exception cref="InvalidOperationException">The store already holds a history.</exception>
    /// <exception cref="RegistryStoreException">The store failed; nothing was written.</exception>
    public static async Task<Ledger> CreateAsync(IRegistryStore store, RegistryId registry, ActorId administrator, IClock clock,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Ledger ledger = Create(registry, administrator, clock);
        IReadOnlyList<StoredEvent> existing = await store.ReadEventsAsync(0, 1, cancellationToken).ConfigureAwait(false);
        if (existing.Count > 0)
        {
            throw new InvalidOperationException("The store already holds a registry; open it with Ledger.OpenAsync");
        }
        await store.AppendAsync(StoreCommit.Create(registry, [StoredEvent.FromEvent(ledger.Current.Events[0])], []), cancellationToken).ConfigureAwait(false);
        ledger.Attach(store);
        return ledger;
    }

    /// <summary>
    /// Opens the registry a store holds: reads its history, verifies the hash chain (and, when given, that it ends at
    /// <paramref name="expectedHead"/>), and rebuilds the state, as <see cref="Replay"/> does. Nothing is written to
    /// the store. Later operations commit to it.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="clock">The clock for new operations.</param>
    /// <param name="expectedHead">When given, the hash the last stored event must have (a head pinned elsewhere).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LedgerHistoryException">The stored history fails verification; the message names the first bad event.</exception>
    /// <exception cref="RegistryStoreException">The store is empty or cannot be read.</exception>
    public static async Task<Ledger> OpenAsync(IRegistryStore store, IClock clock, EventHash? expectedHead = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNull(clock);
        IReadOnlyList<LedgerEvent> history = await ReadHistoryAsync(store, cancellationToken).ConfigureAwait(false);
        Ledger ledger = Replay(history, clock, expectedHead);
        ledger.Attach(store);
        return ledger;
    }

    /// <summary>Reads and decodes a store's whole history; a row that does not decode is reported as the first bad event.</summary>
    internal static async Task<IReadOnlyList<LedgerEvent>> ReadHistoryAsync(IRegistryStore store, CancellationToken cancellationToken)
    {
        const int Chunk = 65_536;
        var history = new List<LedgerEvent>();
        var attributes = new Dictionary<CreditAttributes, CreditAttributes>();
        while (true)
        {
            IReadOnlyList<StoredEvent> rows = await store.ReadEventsAsync(history.Count, Chunk, cancellationToken).ConfigureAwait(false);
            foreach (StoredEvent row in rows)
            {
                if (row.Sequence != history.Count)
                {
                    throw new LedgerHistoryException(ChainVerification.Fail(row.Sequence > history.Count ? ChainProblem.Removed : ChainProblem.Inserted,
                        history.Count, history.Count, string.Create(CultureInfo.InvariantCulture,
                        $"The store holds event {row.Sequence} where event {history.Count} should be")));
                }
                try
                {
                    history.Add(row.Decode(attributes));
                }
                catch (FormatException ex)
                {
                    throw new LedgerHistoryException(ChainVerification.Fail(ChainProblem.Changed, history.Count, history.Count, string.Create(CultureInfo.InvariantCulture,
                        $"Stored event {row.Sequence} cannot be decoded: {ex.Message}")));
                }
            }
            if (rows.Count < Chunk)
            {
                break;
            }
        }
        if (history.Count == 0)
        {
            throw new RegistryStoreException(StoreFailure.Corrupt, "The store holds no registry; create one with Ledger.CreateAsync");
        }
        return history;
    }

    /// <summary>
    /// Runs <paramref name="operations"/> on this ledger's writer as one all-or-nothing unit — an explicit batch — and
    /// returns its result once every event it produced is committed to the store.
    /// </summary>
    /// <typeparam name="T">What the operations return.</typeparam>
    /// <param name="operations">
    /// Calls this ledger's (or its Article 6.2 layer's) synchronous operations; they apply in memory and are committed
    /// together. If it throws, everything it applied is rolled back and the exception is the task's.
    /// </param>
    /// <param name="cancellationToken">
    /// Cancels the unit if the writer has not started it yet: it is then not applied, and the task is cancelled. Once the
    /// writer has applied it, the unit is committed (or fails) regardless, so its outcome is never unknown.
    /// </param>
    /// <returns>The result of <paramref name="operations"/>, after the commit.</returns>
    /// <remarks>
    /// Units submitted at the same time from many threads are applied in order and committed in one transaction (group
    /// commit), each keeping its own outcome: a unit that throws does not fail the others. If the commit itself fails,
    /// every unit of that group fails with the store's exception and the ledger is rolled back to before them.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="operations"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The ledger is in memory only, or closed.</exception>
    /// <exception cref="RegistryStoreException">The commit failed; nothing of the unit was applied.</exception>
    public Task<T> ExecuteAsync<T>(Func<Ledger, T> operations, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(operations);
        CommitQueue q = queue ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"Ledger {Registry} is in memory only: call its operations directly, or open it on a store"));
        return q.Submit(operations, cancellationToken);
    }

    /// <summary>Stops the writer after the units already submitted; later submissions are refused. The store stays open.</summary>
    /// <returns>A task that completes when the writer has stopped.</returns>
    public Task CloseAsync() => queue?.CloseAsync() ?? Task.CompletedTask;

    /// <summary><see cref="OpenAccount"/>, committed to the store before the task completes.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="account">The account.</param>
    /// <param name="cancellationToken">Cancels it if not yet applied (see <see cref="ExecuteAsync"/>).</param>
    /// <returns>The committed event.</returns>
    public Task<AccountOpened> OpenAccountAsync(OperationId operation, ActorId actor, Account account, CancellationToken cancellationToken = default) =>
        ExecuteAsync(l => l.OpenAccount(operation, actor, account), cancellationToken);

    /// <summary><see cref="Issue"/>, committed to the store before the task completes.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="to">The receiving account.</param>
    /// <param name="blocks">The blocks to issue.</param>
    /// <param name="cancellationToken">Cancels it if not yet applied (see <see cref="ExecuteAsync"/>).</param>
    /// <returns>The committed event.</returns>
    public Task<CreditsIssued> IssueAsync(OperationId operation, ActorId actor, AccountId to, IReadOnlyList<CreditBlock> blocks, CancellationToken cancellationToken = default) =>
        ExecuteAsync(l => l.Issue(operation, actor, to, blocks), cancellationToken);

    /// <summary><see cref="Transfer"/>, committed to the store before the task completes.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="from">The source account.</param>
    /// <param name="to">The destination account.</param>
    /// <param name="credits">What to move.</param>
    /// <param name="cancellationToken">Cancels it if not yet applied (see <see cref="ExecuteAsync"/>).</param>
    /// <returns>The committed event.</returns>
    public Task<CreditsTransferred> TransferAsync(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(l => l.Transfer(operation, actor, from, to, credits), cancellationToken);

    /// <summary><see cref="Cancel"/>, committed to the store before the task completes.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="from">The source account.</param>
    /// <param name="to">The cancellation account.</param>
    /// <param name="credits">What to cancel.</param>
    /// <param name="cancellationToken">Cancels it if not yet applied (see <see cref="ExecuteAsync"/>).</param>
    /// <returns>The committed event.</returns>
    public Task<CreditsCancelled> CancelAsync(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(l => l.Cancel(operation, actor, from, to, credits), cancellationToken);

    /// <summary><see cref="Retire"/>, committed to the store before the task completes.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="from">The source account.</param>
    /// <param name="to">The retirement account.</param>
    /// <param name="credits">What to retire.</param>
    /// <param name="beneficiary">On whose behalf.</param>
    /// <param name="purpose">For what.</param>
    /// <param name="cancellationToken">Cancels it if not yet applied (see <see cref="ExecuteAsync"/>).</param>
    /// <returns>The committed event.</returns>
    public Task<CreditsRetired> RetireAsync(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits,
        string beneficiary, string purpose, CancellationToken cancellationToken = default) =>
        ExecuteAsync(l => l.Retire(operation, actor, from, to, credits, beneficiary, purpose), cancellationToken);

    /// <summary><see cref="Reserve"/>, committed to the store before the task completes.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="account">The account.</param>
    /// <param name="credits">What to reserve.</param>
    /// <param name="cancellationToken">Cancels it if not yet applied (see <see cref="ExecuteAsync"/>).</param>
    /// <returns>The committed event.</returns>
    public Task<CreditsReserved> ReserveAsync(OperationId operation, ActorId actor, AccountId account, CreditSelection credits,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(l => l.Reserve(operation, actor, account, credits), cancellationToken);

    /// <summary><see cref="Release"/>, committed to the store before the task completes.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="account">The account.</param>
    /// <param name="reservation">The reservation's operation id.</param>
    /// <param name="cancellationToken">Cancels it if not yet applied (see <see cref="ExecuteAsync"/>).</param>
    /// <returns>The committed event.</returns>
    public Task<CreditsReleased> ReleaseAsync(OperationId operation, ActorId actor, AccountId account, OperationId reservation,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(l => l.Release(operation, actor, account, reservation), cancellationToken);

    /// <summary><see cref="Mark"/>, committed to the store before the task completes.</summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="account">The account.</param>
    /// <param name="credits">What to mark.</param>
    /// <param name="marking">The change.</param>
    /// <param name="cancellationToken">Cancels it if not yet applied (see <see cref="ExecuteAsync"/>).</param>
    /// <returns>The committed event.</returns>
    public Task<CreditsMarked> MarkAsync(OperationId operation, ActorId actor, AccountId account, CreditSelection credits, CreditMarking marking,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(l => l.Mark(operation, actor, account, credits, marking), cancellationToken);

    private void Attach(IRegistryStore target)
    {
        lock (gate)
        {
            Seal();
            store = target;
            queue = new CommitQueue(this, target);
        }
    }

    /// <summary>The writer's lock (the commit queue holds it for a whole group).</summary>
    internal Lock Gate => gate;

    /// <summary>Whether the calling thread is the writer staging a commit (for layers that add records or undo actions).</summary>
    internal bool IsStaging => staged is { } s && s.Thread == Environment.CurrentManagedThreadId;

    /// <summary>Adds a record of a layer above to the commit being staged; ignored by an in-memory ledger.</summary>
    internal void StageRecord(StoredRecord record)
    {
        if (store is null)
        {
            return;
        }
        CheckStaging();
        staged!.Records.Add(record);
    }

    /// <summary>Registers how a layer above undoes what it changed, should the unit or the commit be rolled back.</summary>
    internal void StageUndo(Action undo)
    {
        if (store is null)
        {
            return;
        }
        CheckStaging();
        staged!.Undo.Add(undo);
    }

    /// <summary>Called where an event is committed: a store-backed ledger commits only inside its writer's unit.</summary>
    private void CheckStaging()
    {
        if (store is not null && !IsStaging)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Ledger {Registry} is opened on a store: its operations commit through the writer; call the Async operation or ExecuteAsync"));
        }
    }

    /// <summary>Starts staging a group on the calling thread (the writer); the caller holds the gate.</summary>
    internal void BeginStaging()
    {
        staged = new StagedCommit(Environment.CurrentManagedThreadId, log.Count);
    }

    /// <summary>A point of the staged group to roll back to.</summary>
    internal (int Events, int Records, int Undo) StagingMark => staged!.Mark;

    /// <summary>Rolls the ledger and the layers above back to a point of the staged group.</summary>
    internal void RollbackTo((int Events, int Records, int Undo) mark)
    {
        StagedCommit s = staged!;
        for (int i = s.Undo.Count - 1; i >= mark.Undo; i--)
        {
            s.Undo[i]();
        }
        s.Undo.RemoveRange(mark.Undo, s.Undo.Count - mark.Undo);
        s.Records.RemoveRange(mark.Records, s.Records.Count - mark.Records);
        int keep = s.StartEventCount + mark.Events;
        if (log.Count > keep)
        {
            EventList events = log.View;
            for (int i = keep; i < events.Count; i++)
            {
                operations.Remove(events[i].OperationId.Value);
            }
            log.Truncate(keep);
            s.Events.RemoveRange(mark.Events, s.Events.Count - mark.Events);
            try
            {
                Restore();
            }
            catch (Exception restoreError)
            {
                broken = restoreError;
            }
        }
    }

    /// <summary>The staged group as one store commit, or null when it staged nothing.</summary>
    internal StoreCommit? StagedCommit() =>
        staged!.Events.Count + staged.Records.Count == 0 ? null : StoreCommit.Create(Registry, staged.Events, staged.Records);

    /// <summary>Ends staging: publishes the committed group as the current snapshot, or rolls it all back.</summary>
    internal void EndStaging(bool committed)
    {
        if (!committed)
        {
            RollbackTo((0, 0, 0));
        }
        staged = null;
        RecoverIfBroken();
        Seal();
    }
}
