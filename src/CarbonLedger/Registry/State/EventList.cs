using System;
using System.Collections;
using System.Collections.Generic;
using CarbonLedger.Registry.Events;

namespace CarbonLedger.Registry.State;

/// <summary>An immutable view of the first <see cref="Count"/> events of an <see cref="EventLog"/>.</summary>
internal sealed class EventList : IReadOnlyList<LedgerEvent>
{
    private readonly LedgerEvent[][] chunks;

    internal EventList(LedgerEvent[][] chunks, int count, PrefixStates prefixStates)
    {
        this.chunks = chunks;
        Count = count;
        PrefixStates = prefixStates;
    }

    /// <summary>The rebuilt prefix states shared by every view of the same log.</summary>
    internal PrefixStates PrefixStates { get; }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public LedgerEvent this[int index] =>
        (uint)index < (uint)Count
            ? chunks[index >> EventLog.ChunkBits][index & (EventLog.ChunkSize - 1)]
            : throw new ArgumentOutOfRangeException(nameof(index), index, "Index lies outside the history");

    /// <summary>The first <paramref name="count"/> events.</summary>
    internal EventList Prefix(int count) => count == Count ? this : new EventList(chunks, count, PrefixStates);

    /// <inheritdoc />
    public IEnumerator<LedgerEvent> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return chunks[i >> EventLog.ChunkBits][i & (EventLog.ChunkSize - 1)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
