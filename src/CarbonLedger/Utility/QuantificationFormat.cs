using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Utility;

/// <summary>Invariant, ISO-style text for dates, instants and numbers in quantification messages and traces.</summary>
internal static class QuantificationFormat
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly InstantPattern InstantPattern = InstantPattern.ExtendedIso;

    /// <summary><c>2024-03-01</c>.</summary>
    internal static string Date(LocalDate date) => DatePattern.Format(date);

    /// <summary><c>2024-03-01T00:00:00Z</c> (fractional seconds only when present).</summary>
    internal static string Instant(Instant instant) => InstantPattern.Format(instant);

    private const string AllDigits = "0.############################";

    /// <summary>The decimal with all its significant digits and no trailing zeros, invariant culture: 1195.500 → <c>1195.5</c>.</summary>
    internal static string Number(decimal value) => value.ToString(AllDigits, CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage without trailing zeros: 0.005 → <c>0.5</c>.</summary>
    internal static string Percent(decimal fraction) => Number(fraction * 100m);

    /// <summary>Hours of a tick count, exactly where possible (ticks ÷ 36,000,000,000).</summary>
    internal static decimal Hours(long ticks) => ticks / 36_000_000_000m;
}
