using System;
using System.Collections;
using System.Collections.Generic;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// The readings of one meter at one site over one monitoring period, held for fast totals: the readings sorted by
/// start, stored as parallel arrays of start ticks, end ticks and decimal amounts.
/// </summary>
/// <remarks>
/// <para><b>Validation.</b> Every reading must lie inside the period as seen from the site's time zone (from the
/// start of the first day to the start of the day after the last), readings must not overlap, and amounts must not
/// be negative. Readings may be given in any order; the series sorts them, so every total is independent of the
/// input order. Time not covered by any reading is a <see cref="Gaps">gap</see>: the calculation treats it as
/// missing data (see <see cref="ParameterSide"/>).</para>
/// <para><b>Vintages.</b> A reading belongs to the vintage of its local calendar date at the site (tzdb rules,
/// including offset changes such as Asia/Almaty's move from UTC+6 to UTC+5 on 2024-03-01). The series computes the
/// instants at which each local year starts once, at construction, and assigns readings to vintages by comparing
/// instants. A reading that straddles a local New Year is split pro rata by duration: the part before the boundary
/// is <c>amount × (boundary − start) ÷ (end − start)</c> (decimal division, 28 significant digits) and the part after
/// is the rest, so the vintage parts always add up exactly to the reading.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MeterReadingSeries : IReadOnlyList<MeterReading>
{
    private readonly long[] starts;
    private readonly long[] ends;
    private readonly decimal[] amounts;
    private readonly long[] vintageBounds;
    private readonly long[] gapStarts;
    private readonly long[] gapEnds;

    private MeterReadingSeries(MonitoringSite site, MonitoringPeriod period, ParameterUnit unit, long[] starts, long[] ends, decimal[] amounts)
    {
        Site = site;
        Period = period;
        Unit = unit;
        this.starts = starts;
        this.ends = ends;
        this.amounts = amounts;
        vintageBounds = VintageCalendar.Boundaries(period, site.Zone);
        (gapStarts, gapEnds) = FindGaps(starts, ends, vintageBounds[0], vintageBounds[^1]);
    }

    /// <summary>The site whose time zone decides the readings' local dates.</summary>
    public MonitoringSite Site { get; }

    /// <summary>The monitoring period the readings cover.</summary>
    public MonitoringPeriod Period { get; }

    /// <summary>The unit of every reading's amount.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>The number of readings.</summary>
    public int Count => amounts.Length;

    /// <summary>The reading at a position in start order.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public MeterReading this[int index]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1L);
            return new MeterReading(Instant.FromUnixTimeTicks(starts[index]), Instant.FromUnixTimeTicks(ends[index]), amounts[index]);
        }
    }

    /// <summary>The exact sum of every reading, in <see cref="Unit"/>, before any correction.</summary>
    public decimal Total => Sum(amounts);

    /// <summary>
    /// The stretches of the period, as instants, that no reading covers, in order. An empty list means the readings
    /// cover the whole period.
    /// </summary>
    public IReadOnlyList<Interval> Gaps
    {
        get
        {
            var gaps = new Interval[gapStarts.Length];
            for (int i = 0; i < gaps.Length; i++)
            {
                gaps[i] = new Interval(Instant.FromUnixTimeTicks(gapStarts[i]), Instant.FromUnixTimeTicks(gapEnds[i]));
            }
            return gaps;
        }
    }

    internal long PeriodStartTicks => vintageBounds[0];

    internal long PeriodEndTicks => vintageBounds[^1];

    /// <summary>
    /// Creates a series from readings in any order.
    /// </summary>
    /// <param name="site">The site; its time zone places the period and the vintages in time.</param>
    /// <param name="period">The monitoring period the readings belong to.</param>
    /// <param name="unit">The unit of the amounts: an energy, an energy content, a fuel mass or a fuel volume.</param>
    /// <param name="readings">The readings; possibly empty (the whole period is then a gap).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The unit is not an amount, a reading lies outside the period, or two
    /// readings overlap.</exception>
    public static MeterReadingSeries Create(MonitoringSite site, MonitoringPeriod period, ParameterUnit unit, IEnumerable<MeterReading> readings)
    {
        Preconditions.CheckNotNull(site);
        Preconditions.CheckNotNull(period);
        Preconditions.CheckNotNull(readings);
        unit.CheckIsAmount(nameof(unit));
        var list = new List<MeterReading>(readings);
        var starts = new long[list.Count];
        var ends = new long[list.Count];
        var amounts = new decimal[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            starts[i] = list[i].Start.ToUnixTimeTicks();
            ends[i] = list[i].End.ToUnixTimeTicks();
            amounts[i] = list[i].Amount;
        }
        SortByStart(starts, ends, amounts);
        return Validated(site, period, unit, starts, ends, amounts, nameof(readings));
    }

    /// <summary>
    /// Creates a series from columns a reader filled (start and end ticks, amounts), taking the arrays without
    /// copying them; sorts them unless <paramref name="inStartOrder"/>, then validates as <see cref="Create"/> does.
    /// The caller has checked each reading (end after start, whole ticks, amount not negative).
    /// </summary>
    internal static MeterReadingSeries FromColumns(
        MonitoringSite site, MonitoringPeriod period, ParameterUnit unit, long[] starts, long[] ends, decimal[] amounts, bool inStartOrder, string paramName)
    {
        unit.CheckIsAmount(nameof(unit));
        if (!inStartOrder)
        {
            SortByStart(starts, ends, amounts);
        }
        return Validated(site, period, unit, starts, ends, amounts, paramName);
    }

    /// <summary>
    /// Creates a series of back-to-back readings of equal length, such as 15-minute interval data: reading i covers
    /// [<paramref name="firstStart"/> + i × <paramref name="interval"/>, <paramref name="firstStart"/> + (i + 1) × <paramref name="interval"/>).
    /// </summary>
    /// <param name="site">The site; its time zone places the period and the vintages in time.</param>
    /// <param name="period">The monitoring period the readings belong to.</param>
    /// <param name="unit">The unit of the amounts: an energy, an energy content, a fuel mass or a fuel volume.</param>
    /// <param name="firstStart">The start of the first reading; whole ticks.</param>
    /// <param name="interval">The length of every reading; positive, whole ticks.</param>
    /// <param name="amounts">The amounts, in time order; none negative.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The unit is not an amount, the interval is not positive, an amount is
    /// negative, or the readings do not fit inside the period.</exception>
    public static MeterReadingSeries FromRegularIntervals(
        MonitoringSite site, MonitoringPeriod period, ParameterUnit unit, Instant firstStart, Duration interval, ReadOnlySpan<decimal> amounts)
    {
        Preconditions.CheckNotNull(site);
        Preconditions.CheckNotNull(period);
        unit.CheckIsAmount(nameof(unit));
        Preconditions.CheckArgument(interval > Duration.Zero, nameof(interval), "Reading interval must be positive; it is {0}", interval);
        MeterReading.CheckWholeTicks(firstStart, nameof(firstStart));
        Preconditions.CheckArgument(interval.SubsecondNanoseconds % 100 == 0, nameof(interval),
            "Reading interval must be a whole number of 100 ns ticks; it is {0}", interval);
        long step = interval.BclCompatibleTicks;
        long first = firstStart.ToUnixTimeTicks();
        decimal[] copy = amounts.ToArray();
        for (int i = 0; i < copy.Length; i++)
        {
            if (decimal.IsNegative(copy[i]) && copy[i] != 0m)
            {
                Preconditions.ThrowArgument(nameof(amounts),
                    $"Meter reading amount must not be negative; reading {i} is {QuantificationFormat.Number(copy[i])}");
            }
        }
        long last = checked(first + (step * copy.Length));
        var starts = new long[copy.Length];
        var ends = new long[copy.Length];
        for (int i = 0; i < starts.Length; i++)
        {
            starts[i] = first + (step * i);
            ends[i] = starts[i] + step;
        }
        if (copy.Length > 0)
        {
            // Back-to-back readings cannot overlap, so only the two ends need checking against the period.
            Interval bounds = period.ToInterval(site.Zone);
            if (first < bounds.Start.ToUnixTimeTicks() || last > bounds.End.ToUnixTimeTicks())
            {
                ThrowOutside(site, period, first, last, nameof(firstStart));
            }
        }
        return new MeterReadingSeries(site, period, unit, starts, ends, copy);
    }

    /// <summary>
    /// The raw amount of each vintage (local calendar year at the site) of the period, in order, before any
    /// correction. The amounts add up exactly to <see cref="Total"/>.
    /// </summary>
    public IReadOnlyList<VintageAmount> SumByVintage()
    {
        IReadOnlyList<DateInterval> dates = Period.SplitByCalendarYear();
        var result = new VintageAmount[dates.Count];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = new VintageAmount(dates[k].Start.Year, dates[k], SumWindow(vintageBounds[k], vintageBounds[k + 1]));
        }
        return result;
    }

    /// <summary>Returns the readings in start order.</summary>
    public IEnumerator<MeterReading> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Formats as <c>35040 readings in kWh at KZ001 (Asia/Almaty), 2024-07-01..2025-06-30</c>.</summary>
    public override string ToString() => $"{Count} readings in {Unit} at {Site}, {Period}";

    /// <summary>The amount measured inside [w0, w1), clipping straddling readings pro rata.</summary>
    internal decimal SumWindow(long w0, long w1)
    {
        (int from, int to) = IndexRange(w0, w1);
        return SumRange(from, to, w0, w1);
    }

    /// <summary>
    /// The amount measured inside [w0, w1) by readings that overlap any of the given windows (merged so that no
    /// reading counts twice). Used for delayed calibration.
    /// </summary>
    internal decimal SumOverlapping(long w0, long w1, IReadOnlyList<(long Start, long End)> windows)
    {
        (int from, int to) = IndexRange(w0, w1);
        decimal total = 0m;
        int covered = from;
        foreach ((long c0, long c1) in windows)
        {
            (int a, int b) = IndexRange(c0, c1);
            a = Math.Max(Math.Max(a, from), covered);
            b = Math.Min(b, to);
            if (a < b)
            {
                total += SumRange(a, b, w0, w1);
                covered = b;
            }
        }
        return total;
    }

    /// <summary>How many readings overlap [w0, w1).</summary>
    internal int CountWithin(long w0, long w1)
    {
        (int from, int to) = IndexRange(w0, w1);
        return to - from;
    }

    /// <summary>How much time inside [w0, w1) no reading covers, in ticks, and in how many stretches.</summary>
    internal (long Ticks, int Count) GapsWithin(long w0, long w1)
    {
        long ticks = 0;
        int count = 0;
        for (int i = 0; i < gapStarts.Length; i++)
        {
            long overlap = Math.Min(gapEnds[i], w1) - Math.Max(gapStarts[i], w0);
            if (overlap > 0)
            {
                ticks += overlap;
                count++;
            }
        }
        return (ticks, count);
    }

    private static MeterReadingSeries Validated(
        MonitoringSite site, MonitoringPeriod period, ParameterUnit unit, long[] starts, long[] ends, decimal[] amounts, string paramName)
    {
        Interval bounds = period.ToInterval(site.Zone);
        long p0 = bounds.Start.ToUnixTimeTicks();
        long p1 = bounds.End.ToUnixTimeTicks();
        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] < p0 || ends[i] > p1)
            {
                ThrowOutside(site, period, starts[i], ends[i], paramName);
            }
            if (i > 0 && starts[i] < ends[i - 1])
            {
                Preconditions.ThrowArgument(paramName,
                    $"Readings must not overlap; {Describe(starts[i - 1], ends[i - 1])} and {Describe(starts[i], ends[i])} do");
            }
        }
        return new MeterReadingSeries(site, period, unit, starts, ends, amounts);
    }


    private static void ThrowOutside(MonitoringSite site, MonitoringPeriod period, long start, long end, string paramName)
    {
        Interval bounds = period.ToInterval(site.Zone);
        Preconditions.ThrowArgument(paramName,
            $"Reading {Describe(start, end)} lies outside monitoring period {period} at {site}, which runs from " +
            $"{QuantificationFormat.Instant(bounds.Start)} to {QuantificationFormat.Instant(bounds.End)}");
    }

    private static string Describe(long start, long end) =>
        $"[{QuantificationFormat.Instant(Instant.FromUnixTimeTicks(start))}, {QuantificationFormat.Instant(Instant.FromUnixTimeTicks(end))})";

    private static void SortByStart(long[] starts, long[] ends, decimal[] amounts)
    {
        for (int i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                var order = new int[starts.Length];
                for (int j = 0; j < order.Length; j++)
                {
                    order[j] = j;
                }
                var keys = (long[])starts.Clone();
                Array.Sort(keys, order);
                var sortedEnds = new long[ends.Length];
                var sortedAmounts = new decimal[amounts.Length];
                for (int j = 0; j < order.Length; j++)
                {
                    sortedEnds[j] = ends[order[j]];
                    sortedAmounts[j] = amounts[order[j]];
                }
                keys.CopyTo(starts, 0);
                sortedEnds.CopyTo(ends, 0);
                sortedAmounts.CopyTo(amounts, 0);
                return;
            }
        }
    }

    private static (long[] Starts, long[] Ends) FindGaps(long[] starts, long[] ends, long p0, long p1)
    {
        var gapStarts = new List<long>();
        var gapEnds = new List<long>();
        long cursor = p0;
        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] > cursor)
            {
                gapStarts.Add(cursor);
                gapEnds.Add(starts[i]);
            }
            cursor = ends[i];
        }
        if (cursor < p1)
        {
            gapStarts.Add(cursor);
            gapEnds.Add(p1);
        }
        return (gapStarts.ToArray(), gapEnds.ToArray());
    }

    /// <summary>Readings [from, to) are those that overlap [w0, w1): the first whose end is after w0, up to the first
    /// whose start is at or after w1.</summary>
    private (int From, int To) IndexRange(long w0, long w1)
    {
        int from = FirstGreater(ends, w0);
        int to = FirstAtOrAfter(starts, w1);
        return (from, Math.Max(from, to));
    }

    private decimal SumRange(int from, int to, long w0, long w1)
    {
        if (from >= to)
        {
            return 0m;
        }
        decimal total = 0m;
        int lo = from;
        int hi = to;
        if (starts[lo] < w0 || ends[lo] > w1)
        {
            total += PortionBefore(lo, w1) - PortionBefore(lo, w0);
            lo++;
        }
        if (hi > lo && (starts[hi - 1] < w0 || ends[hi - 1] > w1))
        {
            total += PortionBefore(hi - 1, w1) - PortionBefore(hi - 1, w0);
            hi--;
        }
        return total + Sum(amounts.AsSpan(lo, hi - lo));
    }

    /// <summary>The part of reading i measured before instant t, pro rata by duration; exact at both ends.</summary>
    private decimal PortionBefore(int i, long t)
    {
        long s = starts[i];
        long e = ends[i];
        if (t <= s)
        {
            return 0m;
        }
        if (t >= e)
        {
            return amounts[i];
        }
        return amounts[i] * (t - s) / (e - s);
    }

    private static decimal Sum(ReadOnlySpan<decimal> values)
    {
        decimal total = 0m;
        foreach (decimal value in values)
        {
            total += value;
        }
        return total;
    }

    private static int FirstGreater(long[] sorted, long value)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] > value)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static int FirstAtOrAfter(long[] sorted, long value)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] >= value)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
