using System.Globalization;
using System;
using NodaTime;

namespace CarbonLedger.Reports;

/// <summary>
/// How a document formats what it shows: the culture of its numbers, dates and labels, and the time zone its instants
/// are shown in. Nothing in a document depends on the machine's culture or time zone.
/// </summary>
/// <remarks>
/// The default is the invariant culture (numbers with thousands separators, such as <c>17,673</c>; dates as
/// <c>2026-03-16</c>) and UTC. Another culture formats numbers and dates its own way (<c>17 673</c> in
/// <c>ru-RU</c>); the labels are looked up in the assembly's resources for that culture and fall back to English.
/// Immutable.
/// </remarks>
public sealed class ReportOptions
{
    private ReportOptions(CultureInfo culture, DateTimeZone zone)
    {
        Culture = culture;
        Zone = zone;
    }

    /// <summary>The invariant culture and UTC.</summary>
    public static ReportOptions Default { get; } = new(CultureInfo.InvariantCulture, DateTimeZone.Utc);

    /// <summary>The culture of numbers, dates and labels.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The time zone instants are shown in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Options with the given culture and time zone.</summary>
    /// <param name="culture">The culture of numbers, dates and labels.</param>
    /// <param name="zone">The time zone instants are shown in.</param>
    /// <returns>The options.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static ReportOptions Create(CultureInfo culture, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(zone);
        return new ReportOptions(culture, zone);
    }

    /// <summary>These options with another culture.</summary>
    /// <param name="culture">The culture of numbers, dates and labels.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public ReportOptions WithCulture(CultureInfo culture) => Create(culture, Zone);

    /// <summary>These options with another time zone.</summary>
    /// <param name="zone">The time zone instants are shown in.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public ReportOptions WithZone(DateTimeZone zone) => Create(Culture, zone);
}
