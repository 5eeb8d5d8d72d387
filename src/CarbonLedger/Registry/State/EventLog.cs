using System;
using CarbonLedger.Registry.Events;

namespace CarbonLedger.Registry.State;

/// <summary>
/// The writer's append-only event store, in chunks of 4,096 so it never copies events when it grows. A view
/// (<see cref="EventList"/>) captures the chunk directory and the count; the writer only writes slots past every
/// published count, so views stay valid without locks.
/// </summary>
internal sealed class EventLog
{
    internal const int ChunkBits = 12;
    internal const int ChunkSize = 1 << ChunkBits;

    private readonly PrefixStates prefixStates = new();
    private LedgerEvent[][] chunks;
    private int count;

    internal EventLog()
    {
        chunks = new LedgerEvent[4][];
    }

    private EventLog(LedgerEvent[][] chunks, int count)
    {
        this.chunks = chunks;
        this.count = count;
    }

    internal int Count => count;

    /// <summary>The count, read with acquire semantics (for readers on other threads).</summary>
    internal int VolatileCount => System.Threading.Volatile.Read(ref count);

    /// <summary>A view of the events appended so far.</summary>
    internal EventList View => new(chunks, count, prefixStates);

    /// <summary>Allocates room for one more event, so that <see cref="Append"/> cannot fail.</summary>
    internal void Reserve()
    {
        int chunk = count >> ChunkBits;
        if (chunk == chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length * 2);
        }
        chunks[chunk] ??= new LedgerEvent[ChunkSize];
    }

    /// <summary>Appends an event; call <see cref="Reserve"/> first.</summary>
    internal void Append(LedgerEvent e)
    {
        chunks[count >> ChunkBits][count & (ChunkSize - 1)] = e;
        System.Threading.Volatile.Write(ref count, count + 1);
    }

    /// <summary>
    /// Drops the events from <paramref name="keep"/> on: a store-backed ledger's writer rolling back events it applied
    /// but could not commit. They were never published, so no view holds them.
    /// </summary>
    internal void Truncate(int keep)
    {
        for (int i = keep; i < count; i++)
        {
            chunks[i >> ChunkBits][i & (ChunkSize - 1)] = null!;
        }
        System.Threading.Volatile.Write(ref count, keep);
    }

    /// <summary>An independent log with the same events (the last, partly filled chunk is copied).</summary>
    internal EventLog Fork()
    {
        var copy = (LedgerEvent[][])chunks.Clone();
        int last = count >> ChunkBits;
        if (last < copy.Length && copy[last] is not null)
        {
            copy[last] = (LedgerEvent[])copy[last].Clone();
        }
        return new EventLog(copy, count);
    }
}
