using System;
using System.Collections.Generic;
using CarbonLedger.Storage;

namespace CarbonLedger.Registry.State;

/// <summary>
/// What a store-backed ledger's writer has applied in memory but not yet committed to its store: the events (with the
/// encodings their hashes were computed over), the records of the layers above, and how to undo those layers' changes.
/// It belongs to the writer thread that opened it; operations on other threads are not part of it.
/// </summary>
internal sealed class StagedCommit
{
    internal StagedCommit(int thread, int eventCount)
    {
        Thread = thread;
        StartEventCount = eventCount;
    }

    /// <summary>The managed thread id of the writer that stages.</summary>
    internal int Thread { get; }

    /// <summary>The ledger's event count when staging began (everything before is durable).</summary>
    internal int StartEventCount { get; }

    internal List<StoredEvent> Events { get; } = [];

    internal List<StoredRecord> Records { get; } = [];

    /// <summary>Undo actions of the layers above, in the order registered; run in reverse on rollback.</summary>
    internal List<Action> Undo { get; } = [];

    /// <summary>A point to roll back to: how many events, records and undo actions were staged.</summary>
    internal (int Events, int Records, int Undo) Mark => (Events.Count, Records.Count, Undo.Count);
}
