using System;
using System.Threading;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using NodaTime;

namespace CarbonLedger.Registry;

public sealed partial class Ledger
{
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
        CheckStaging();
        System.Diagnostics.Debug.Assert(broken is null, "Every operation recovers from an earlier failure before it reads the state");
        e.SetHash(writer.Hash(e));
        // A store-backed ledger keeps the bytes just hashed: they are the event's row in the store.
        byte[]? encoding = staged is null ? null : writer.Written.ToArray();
        Inject(LedgerStep.Hashed);
        LedgerState next;
        applying = true;
        try
        {
            next = state.Apply(e, FaultInjector, owner);
            Inject(LedgerStep.BeforeCommit);
            log.Reserve();
            staged?.Events.EnsureCapacity(staged.Events.Count + 1);
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
        if (encoding is not null)
        {
            staged!.Events.Add(Storage.StoredEvent.Own(e, encoding));
        }
        else if (log.Count - current.EventCount >= SealInterval)
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
}
