using System.Globalization;

namespace CarbonLedger.Cli.Terminal;

/// <summary>How the tool prints numbers: invariant culture, thousands separators, exact decimals (no rounding for display).</summary>
internal static class Numbers
{
    /// <summary>An exact decimal with thousands separators and without trailing zeros: <c>8,837.25</c>.</summary>
    public static string Exact(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);

    /// <summary>A whole number with thousands separators: <c>17,673</c>.</summary>
    public static string Whole(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A decimal without separators, as written to files: <c>8837.25</c>.</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A whole number without separators.</summary>
    public static string Plain(long value) => value.ToString(CultureInfo.InvariantCulture);
}
