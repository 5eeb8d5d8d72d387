using System;
using System.Collections.Generic;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Import.Readings;

/// <summary>
/// Collects the readings of one meter as a reader streams them, 32 bytes a reading (start and end ticks and the
/// decimal amount, column by column), and hands them to a <see cref="MeterReadingSeries"/> at the end.
/// </summary>
/// <remarks>
/// <para>The readings are kept in blocks of 4,096, so adding never copies what was added before, and a buffer never
/// holds more than one block of unused room. <see cref="ToSeries"/> copies the blocks into the series' arrays of
/// exactly the right length and lets the blocks go, one by one.</para>
/// <para>Not thread-safe: one reader fills a buffer.</para>
/// </remarks>
public sealed class MeterReadingBuffer
{
    private const int BlockSize = 4096;

    private readonly List<long[]> startBlocks = [];
    private readonly List<long[]> endBlocks = [];
    private readonly List<decimal[]> amountBlocks = [];
    private int inLast = BlockSize;
    private long lastStart = long.MinValue;
    private bool sorted = true;

    /// <summary>The number of readings added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a reading. Readings may come in any order; in start order is cheapest.</summary>
    /// <param name="start">The start of the reading, whole ticks.</param>
    /// <param name="end">The end of the reading (exclusive), after the start, whole ticks.</param>
    /// <param name="amount">The amount, not negative.</param>
    /// <exception cref="ArgumentException">The reading is invalid; see <see cref="MeterReading"/>.</exception>
    public void Add(Instant start, Instant end, decimal amount)
    {
        var reading = new MeterReading(start, end, amount);
        AddTicks(reading.Start.ToUnixTimeTicks(), reading.End.ToUnixTimeTicks(), reading.Amount);
    }

    /// <summary>Adds a reading already checked by the caller (end after start, amount not negative).</summary>
    internal void AddTicks(long start, long end, decimal amount)
    {
        if (inLast == BlockSize)
        {
            startBlocks.Add(new long[BlockSize]);
            endBlocks.Add(new long[BlockSize]);
            amountBlocks.Add(new decimal[BlockSize]);
            inLast = 0;
        }
        int b = startBlocks.Count - 1;
        startBlocks[b][inLast] = start;
        endBlocks[b][inLast] = end;
        amountBlocks[b][inLast] = amount;
        inLast++;
        Count++;
        sorted &= start >= lastStart;
        lastStart = start;
    }

    /// <summary>
    /// The readings as a series, validated as <see cref="MeterReadingSeries.Create"/> validates them. The buffer is
    /// empty afterwards.
    /// </summary>
    /// <param name="site">The site; its time zone places the period and the vintages in time.</param>
    /// <param name="period">The monitoring period the readings belong to.</param>
    /// <param name="unit">The unit of the amounts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="MeterReadingSeries.Create"/>.</exception>
    public MeterReadingSeries ToSeries(MonitoringSite site, MonitoringPeriod period, ParameterUnit unit)
    {
        Preconditions.CheckNotNull(site);
        Preconditions.CheckNotNull(period);
        var starts = new long[Count];
        var ends = new long[Count];
        var amounts = new decimal[Count];
        int at = 0;
        for (int b = 0; b < startBlocks.Count; b++)
        {
            int n = Math.Min(BlockSize, Count - at);
            startBlocks[b].AsSpan(0, n).CopyTo(starts.AsSpan(at));
            endBlocks[b].AsSpan(0, n).CopyTo(ends.AsSpan(at));
            amountBlocks[b].AsSpan(0, n).CopyTo(amounts.AsSpan(at));
            startBlocks[b] = [];
            endBlocks[b] = [];
            amountBlocks[b] = [];
            at += n;
        }
        bool inOrder = sorted;
        startBlocks.Clear();
        endBlocks.Clear();
        amountBlocks.Clear();
        inLast = BlockSize;
        Count = 0;
        lastStart = long.MinValue;
        sorted = true;
        return MeterReadingSeries.FromColumns(site, period, unit, starts, ends, amounts, inOrder, "readings");
    }
}
