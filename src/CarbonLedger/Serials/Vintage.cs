using System;
using System.Globalization;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Serials;

/// <summary>
/// The vintage of credits: the inclusive range of dates in which the reductions occurred, often a whole
/// calendar year (JCM, Gold Standard, ACR, UNDP) and sometimes a date range (Verra; part of a year in the JCM
/// when a monitoring period starts or ends inside it).
/// </summary>
/// <remarks>
/// <para>The only state is the inclusive start and end dates, so the vintage 2020 and the range
/// 2020-01-01..2020-12-31 are the same value; <see cref="IsCalendarYear"/> tells when a range is a whole year.
/// Years run from <see cref="MinYear"/> (1990, the Kyoto base year; no credit has an earlier vintage) to
/// <see cref="MaxYear"/> (9999, so that every year prints as four digits); this is the one vintage range of the whole
/// library and tool (<see cref="Registry.CreditAttributes.MinVintage"/> is the same). The default value is not a valid
/// vintage. Vintages have no natural order.</para>
/// </remarks>
public readonly struct Vintage : IEquatable<Vintage>
{
    /// <summary>The earliest year a vintage may have.</summary>
    public const int MinYear = 1990;

    /// <summary>The latest year a vintage may have.</summary>
    public const int MaxYear = 9999;

    private readonly LocalDate start;
    private readonly LocalDate end;

    private Vintage(LocalDate start, LocalDate end)
    {
        this.start = start;
        this.end = end;
    }

    /// <summary>The first day of the vintage (inclusive).</summary>
    public LocalDate Start => start;

    /// <summary>The last day of the vintage (inclusive).</summary>
    public LocalDate End => end;

    /// <summary>The vintage as an inclusive NodaTime interval.</summary>
    public DateInterval Interval => new(start, end);

    /// <summary>The calendar year of the first day; for a vintage within one year, its year.</summary>
    public int Year => start.Year;

    /// <summary>Whether the vintage is exactly one whole calendar year (1 January to 31 December).</summary>
    public bool IsCalendarYear => start.Year == end.Year && start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31;

    /// <summary>Whether the vintage lies within a single calendar year.</summary>
    public bool IsWithinOneYear => start.Year == end.Year;

    /// <summary>The whole calendar year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not between 1990 and 9999.</exception>
    public static Vintage FromYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        return new Vintage(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>The inclusive date range <paramref name="start"/>..<paramref name="end"/> (ISO calendar).</summary>
    /// <exception cref="ArgumentException">The end is before the start, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is not between 1990 and 9999.</exception>
    public static Vintage FromDates(LocalDate start, LocalDate end)
    {
        Preconditions.CheckArgument(start.Calendar == CalendarSystem.Iso && end.Calendar == CalendarSystem.Iso, nameof(start), "Vintage dates must be in the ISO calendar");
        Preconditions.CheckArgumentRange(nameof(start), start.Year, MinYear, MaxYear);
        Preconditions.CheckArgumentRange(nameof(end), end.Year, MinYear, MaxYear);
        Preconditions.CheckArgument(end >= start, nameof(end), "End date must not be earlier than the start date; the vintage {0:uuuu-MM-dd}..{1:uuuu-MM-dd} is reversed", start, end);
        return new Vintage(start, end);
    }

    /// <summary>The vintage covering <paramref name="interval"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is not between 1990 and 9999.</exception>
    public static Vintage FromInterval(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval);
        return FromDates(interval.Start, interval.End);
    }

    /// <inheritdoc />
    public bool Equals(Vintage other) => start == other.start && end == other.end;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Vintage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(start, end);

    /// <summary>Equality of both dates.</summary>
    public static bool operator ==(Vintage left, Vintage right) => left.Equals(right);

    /// <summary>Inequality of either date.</summary>
    public static bool operator !=(Vintage left, Vintage right) => !left.Equals(right);

    /// <summary>The year alone for a calendar year (<c>2020</c>), else the ISO dates (<c>2020-03-01..2020-12-31</c>).</summary>
    public override string ToString() => IsCalendarYear
        ? start.Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{start:uuuu-MM-dd}..{end:uuuu-MM-dd}");
}
