using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// A monitoring period: an <b>inclusive</b> range of ISO calendar dates whose monitoring data is verified and
/// issued together, for example 2024-01-01 to 2024-12-31 (366 days).
/// </summary>
/// <remarks>
/// <para>The period is a thin wrapper over a NodaTime <see cref="DateInterval"/>, which is inclusive at both ends.
/// Dates are local dates at the project site; <see cref="ToInterval"/> turns them into instants for a site's time
/// zone (from the start of the first day to the start of the day after the last).</para>
/// <para>Two periods are equal when their start and end dates are equal. Periods have no natural order and do not
/// implement <see cref="IComparable{T}"/>. Instances are immutable.</para>
/// </remarks>
public sealed class MonitoringPeriod : IEquatable<MonitoringPeriod>
{
    private readonly DateInterval dates;

    /// <summary>Creates a period from its first and last dates, both included.</summary>
    /// <param name="start">The first date of the period.</param>
    /// <param name="end">The last date of the period; may equal <paramref name="start"/> for a one-day period.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is earlier than <paramref name="start"/>, or a
    /// date is not in the ISO calendar.</exception>
    public MonitoringPeriod(LocalDate start, LocalDate end)
    {
        Preconditions.CheckArgument(start.Calendar == CalendarSystem.Iso, nameof(start),
            "Monitoring periods use the ISO calendar; the start date is in {0}", start.Calendar.Id);
        Preconditions.CheckArgument(end.Calendar == CalendarSystem.Iso, nameof(end),
            "Monitoring periods use the ISO calendar; the end date is in {0}", end.Calendar.Id);
        Preconditions.CheckArgument(end >= start, nameof(end),
            "End date must not be earlier than the start date; the period runs from {0} to {1}",
            QuantificationFormat.Date(start), QuantificationFormat.Date(end));
        dates = new DateInterval(start, end);
    }

    /// <summary>Creates a period from a NodaTime date interval (inclusive at both ends).</summary>
    /// <param name="dates">An ISO-calendar date interval.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public static MonitoringPeriod FromDateInterval(DateInterval dates)
    {
        Preconditions.CheckNotNull(dates);
        Preconditions.CheckArgument(dates.Start.Calendar == CalendarSystem.Iso, nameof(dates),
            "Monitoring periods use the ISO calendar; the interval is in {0}", dates.Start.Calendar.Id);
        return new MonitoringPeriod(dates.Start, dates.End);
    }

    /// <summary>The first date of the period (included).</summary>
    public LocalDate Start => dates.Start;

    /// <summary>The last date of the period (included).</summary>
    public LocalDate End => dates.End;

    /// <summary>The number of days in the period, counting both ends: 2024-01-01 to 2024-12-31 is 366.</summary>
    public int Length => dates.Length;

    /// <summary>The period as a NodaTime <see cref="DateInterval"/> (inclusive at both ends).</summary>
    public DateInterval Dates => dates;

    /// <summary>Whether the period spans more than one calendar year, and so more than one vintage.</summary>
    public bool SpansSeveralYears => Start.Year != End.Year;

    /// <summary>Whether a date lies within the period (both ends included).</summary>
    /// <param name="date">An ISO-calendar date.</param>
    public bool Contains(LocalDate date) => dates.Contains(date);

    /// <summary>
    /// The parts of the period in each calendar year, in order: 2023-07-01 to 2025-03-31 yields 2023-07-01 to
    /// 2023-12-31, 2024-01-01 to 2024-12-31 and 2025-01-01 to 2025-03-31. Each part is inclusive.
    /// </summary>
    public IReadOnlyList<DateInterval> SplitByCalendarYear()
    {
        var parts = new List<DateInterval>(End.Year - Start.Year + 1);
        for (int year = Start.Year; year <= End.Year; year++)
        {
            LocalDate from = year == Start.Year ? Start : new LocalDate(year, 1, 1);
            LocalDate to = year == End.Year ? End : new LocalDate(year, 12, 31);
            parts.Add(new DateInterval(from, to));
        }
        return parts;
    }

    /// <summary>
    /// The period as instants at a site: from the start of the first day to the start of the day after the last day,
    /// in the site's time zone (the end is exclusive). Where a zone skips midnight, the day starts at the first
    /// instant that exists (NodaTime's <see cref="LocalDate.AtStartOfDayInZone"/>).
    /// </summary>
    /// <param name="zone">The site's time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Interval ToInterval(DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        return new Interval(Start.AtStartOfDayInZone(zone).ToInstant(), End.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] MonitoringPeriod? other) => other is not null && dates.Equals(other.dates);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as MonitoringPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => dates.GetHashCode();

    /// <summary>Formats as <c>2024-01-01..2024-12-31</c> (both dates included).</summary>
    public override string ToString() => QuantificationFormat.Date(Start) + ".." + QuantificationFormat.Date(End);
}
