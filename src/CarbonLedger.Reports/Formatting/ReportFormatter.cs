using System.Globalization;
using System.Resources;
using CarbonLedger.Quantities;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Reports.Formatting;

/// <summary>
/// Formats numbers, dates, instants and labels for a document, in the culture and time zone of its
/// <see cref="ReportOptions"/>. Whole credits keep thousands separators; tonnes keep every decimal they have (no
/// rounding: the document shows the library's exact figure).
/// </summary>
internal sealed class ReportFormatter
{
    private static readonly ResourceManager Resources = new("CarbonLedger.Reports.Formatting.Labels", typeof(ReportFormatter).Assembly);
    private readonly LocalDatePattern datePattern;
    private readonly LocalTimePattern timePattern;

    public ReportFormatter(ReportOptions options)
    {
        Options = options;
        bool invariant = options.Culture.Equals(CultureInfo.InvariantCulture);
        datePattern = invariant ? LocalDatePattern.Iso : LocalDatePattern.Create("d", options.Culture);
        timePattern = LocalTimePattern.Create("HH:mm:ss", options.Culture);
    }

    public ReportOptions Options { get; }

    public CultureInfo Culture => Options.Culture;

    /// <summary>A whole number with thousands separators.</summary>
    public string Whole(long value) => value.ToString("#,0", Culture);

    /// <summary>An exact decimal with thousands separators and every significant decimal (trailing zeros dropped).</summary>
    public string Exact(decimal value) => value.ToString("#,0.############################", Culture);

    /// <summary>Tonnes of CO2e, exact.</summary>
    public string Tonnes(Co2e value) => Exact(value.Tonnes);

    public string Date(LocalDate date) => datePattern.Format(date);

    /// <summary>An instant in the options' zone, with the zone's id: <c>2026-06-30 01:00:00 UTC</c>.</summary>
    public string Instant(Instant instant)
    {
        LocalDateTime local = instant.InZone(Options.Zone).LocalDateTime;
        return $"{Date(local.Date)} {timePattern.Format(local.TimeOfDay)} {Options.Zone.Id}";
    }

    /// <summary>An instant in the options' zone without the zone's id (for a column that names the zone in its header).</summary>
    public string LocalInstant(Instant instant)
    {
        LocalDateTime local = instant.InZone(Options.Zone).LocalDateTime;
        return $"{Date(local.Date)} {timePattern.Format(local.TimeOfDay)}";
    }

    public string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The label of <paramref name="key"/> in the options' culture (English when the culture has none).</summary>
    public string Label(string key) =>
        Resources.GetString(key, Culture) ?? throw new MissingManifestResourceException($"No report label '{key}'");

    /// <summary>A label with placeholders filled in the options' culture.</summary>
    public string Label(string key, params object[] args) => string.Format(Culture, Label(key), args);
}
