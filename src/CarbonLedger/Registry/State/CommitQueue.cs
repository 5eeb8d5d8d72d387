using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using CarbonLedger.Storage;

namespace CarbonLedger.Registry.State;

/// <summary>
/// The single writer of a store-backed ledger. Callers on any thread submit units (one operation, or an explicit
/// batch); a dedicated thread takes every unit waiting, applies them in order on the ledger, commits all their events
/// and records to the store in one transaction (group commit), publishes the new state, and only then completes each
/// caller's task with its own outcome.
/// </summary>
/// <remarks>
/// The writer holds the ledger's lock from the first unit of a group to the end of its commit, so no other thread sees
/// (or repeats by operation id) an event that is not yet durable, and readers keep the last published snapshot. A unit
/// that throws is rolled back to where it started, alone. A failed commit rolls the whole group back and fails each of
/// its units with the store's exception. Cancellation is honoured only for units not yet applied.
/// </remarks>
internal sealed class CommitQueue
{
    /// <summary>At most this many units go into one transaction.</summary>
    internal const int MaxGroup = 4_096;

    private readonly Ledger ledger;
    private readonly IRegistryStore store;
    private readonly Channel<Unit> channel = Channel.CreateUnbounded<Unit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread thread;
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal CommitQueue(Ledger ledger, IRegistryStore store)
    {
        this.ledger = ledger;
        this.store = store;
        thread = new Thread(Run) { IsBackground = true, Name = "CarbonLedger writer " + ledger.Registry };
        thread.Start();
    }

    /// <summary>How many groups were committed (for tests and benchmarks).</summary>
    internal long Groups { get; private set; }

    internal Task<T> Submit<T>(Func<Ledger, T> operations, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        var unit = new Unit<T>(operations, cancellationToken);
        if (!channel.Writer.TryWrite(unit))
        {
            throw new InvalidOperationException("The ledger's writer is closed");
        }
        return unit.Task;
    }

    internal Task CloseAsync()
    {
        channel.Writer.TryComplete();
        return stopped.Task;
    }

    private void Run()
    {
        var group = new List<Unit>();
        var applied = new List<Unit>();
        ChannelReader<Unit> reader = channel.Reader;
        try
        {
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (group.Count < MaxGroup && reader.TryRead(out Unit? unit))
                {
                    group.Add(unit);
                }
                CommitGroup(group, applied);
                group.Clear();
                applied.Clear();
            }
        }
        finally
        {
            stopped.TrySetResult();
        }
    }

    private void CommitGroup(List<Unit> group, List<Unit> applied)
    {
        Exception? failure = null;
        lock (ledger.Gate)
        {
            ledger.BeginStaging();
            foreach (Unit unit in group)
            {
                if (unit.Token.IsCancellationRequested)
                {
                    unit.Cancel();
                    continue;
                }
                (int, int, int) mark = ledger.StagingMark;
                try
                {
                    unit.Apply(ledger);
                    applied.Add(unit);
                }
                catch (Exception ex)
                {
                    ledger.RollbackTo(mark);
                    unit.Fail(ex);
                }
            }
            try
            {
                if (ledger.StagedCommit() is { } commit)
                {
                    // The token is not passed: once units are applied, the commit runs to its end so that every
                    // caller learns a definite outcome.
                    store.AppendAsync(commit, CancellationToken.None).GetAwaiter().GetResult();
                    Groups++;
                }
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            try
            {
                ledger.EndStaging(committed: failure is null);
            }
            catch (InvalidOperationException)
            {
                // Rolling a unit back could not rebuild the state (for example for lack of memory): the ledger rebuilds
                // it before its next operation or read, as after any failed rebuild. The outcome stands: the commit
                // succeeded or failed as reported.
            }
        }
        foreach (Unit unit in applied)
        {
            if (failure is null)
            {
                unit.Succeed();
            }
            else
            {
                unit.Fail(failure);
            }
        }
    }

    private abstract class Unit
    {
        protected Unit(CancellationToken token) => Token = token;

        internal CancellationToken Token { get; }

        internal abstract void Apply(Ledger ledger);

        internal abstract void Succeed();

        internal abstract void Fail(Exception ex);

        internal abstract void Cancel();
    }

    private sealed class Unit<T> : Unit
    {
        private readonly Func<Ledger, T> operations;
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;

        internal Unit(Func<Ledger, T> operations, CancellationToken token)
            : base(token) => this.operations = operations;

        internal Task<T> Task => completion.Task;

        internal override void Apply(Ledger ledger) => result = operations(ledger);

        internal override void Succeed() => completion.TrySetResult(result!);

        internal override void Fail(Exception ex) => completion.TrySetException(ex);

        internal override void Cancel() => completion.TrySetCanceled(Token);
    }
}
