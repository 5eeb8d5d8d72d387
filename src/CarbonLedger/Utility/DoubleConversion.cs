using System;
using System.Globalization;

namespace CarbonLedger.Utility;

/// <summary>The single conversion from UnitsNet's <see cref="double"/> values into exact <see cref="decimal"/>.</summary>
internal static class DoubleConversion
{
    /// <summary>
    /// Converts a finite double to decimal with the runtime's conversion (at most 15 significant digits,
    /// rounded to nearest). Rejects NaN, infinities and values beyond decimal's range.
    /// </summary>
    internal static decimal ToDecimal(double value, string paramName)
    {
        Preconditions.CheckFinite(value, paramName);
        if (Math.Abs(value) >= 7.9228162514264337593543950335e28)
        {
            throw new ArgumentOutOfRangeException(paramName, value.ToString(CultureInfo.InvariantCulture),
                "Value must lie within the range of decimal (about ±7.9e28)");
        }
        return (decimal)value;
    }
}
