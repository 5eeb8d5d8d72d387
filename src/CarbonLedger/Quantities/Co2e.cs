using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CarbonLedger.Utility;
using UnitsNet;

namespace CarbonLedger.Quantities;

/// <summary>
/// An exact quantity of greenhouse gas expressed in tonnes of CO2-equivalent (tCO2e).
/// </summary>
/// <remarks>
/// <para>The only state is a <see cref="decimal"/> number of tonnes, so nothing is ever lost to binary
/// floating point. Equality, hashing and ordering compare the tonnes exactly and ignore the scale of the
/// decimal: 1.0 t equals 1.00 t and both hash alike. The default value is <see cref="Zero"/>.</para>
/// <para>Quantities may be negative (a negative emission reduction is a valid calculation result). Every
/// arithmetic operation is exact within the range of <see cref="decimal"/>; a result beyond that range
/// throws <see cref="OverflowException"/> with a message saying which operation overflowed. Division
/// follows <see cref="decimal"/> division, which keeps 28–29 significant digits.</para>
/// <para>Conversion to whole credits (<see cref="ToWholeCredits"/>) always takes an explicit rounding
/// direction: there is no default.</para>
/// </remarks>
public readonly struct Co2e : IEquatable<Co2e>, IComparable<Co2e>, IComparable, ISpanFormattable, ISpanParsable<Co2e>
{
    /// <summary>The unit symbol used by <see cref="ToString()"/> and <see cref="Parse(string)"/>: <c>tCO2e</c>.</summary>
    public const string TonnesSymbol = "tCO2e";

    /// <summary>The kilogram symbol accepted by <see cref="Parse(string)"/>: <c>kgCO2e</c>.</summary>
    public const string KilogramsSymbol = "kgCO2e";

    private readonly decimal tonnes;

    private Co2e(decimal tonnes) => this.tonnes = tonnes;

    /// <summary>Zero tonnes. This is also the default value.</summary>
    public static Co2e Zero => default;

    /// <summary>The largest quantity representable: <see cref="decimal.MaxValue"/> tonnes.</summary>
    public static Co2e MaxValue => new(decimal.MaxValue);

    /// <summary>The smallest (most negative) quantity representable: <see cref="decimal.MinValue"/> tonnes.</summary>
    public static Co2e MinValue => new(decimal.MinValue);

    /// <summary>The exact number of tonnes of CO2e.</summary>
    public decimal Tonnes => tonnes;

    /// <summary>
    /// The exact number of kilograms of CO2e (tonnes × 1000).
    /// </summary>
    /// <exception cref="OverflowException">The quantity is too large to express in kilograms.</exception>
    public decimal Kilograms => Checked(tonnes, 1000m, "Conversion to kilograms");

    /// <summary>Whether the quantity is below zero.</summary>
    public bool IsNegative => tonnes < 0m;

    /// <summary>Creates a quantity from an exact number of tonnes.</summary>
    /// <param name="tonnes">Tonnes of CO2e; any decimal value is allowed.</param>
    public static Co2e FromTonnes(decimal tonnes) => new(tonnes);

    /// <summary>Creates a quantity from an exact number of whole tonnes (for example whole credits).</summary>
    /// <param name="tonnes">Whole tonnes of CO2e.</param>
    public static Co2e FromTonnes(long tonnes) => new(tonnes);

    /// <summary>Creates a quantity from an exact number of kilograms; the division by 1000 is exact.</summary>
    /// <param name="kilograms">Kilograms of CO2e.</param>
    public static Co2e FromKilograms(decimal kilograms) => new(kilograms / 1000m);

    /// <summary>
    /// Creates a quantity from a UnitsNet <see cref="Mass"/> of CO2-equivalent. This is a boundary member:
    /// the mass is read once in tonnes as a <see cref="double"/> and converted to <see cref="decimal"/> by the
    /// runtime's conversion, which keeps at most 15 significant digits (so 0.1 + 0.2 arriving as
    /// 0.30000000000000004 becomes exactly 0.3).
    /// </summary>
    /// <param name="mass">A finite mass.</param>
    /// <exception cref="ArgumentException">The mass is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The mass lies beyond the range of <see cref="decimal"/>.</exception>
    public static Co2e FromMass(Mass mass) => new(DoubleConversion.ToDecimal(mass.Tonnes, nameof(mass)));

    /// <summary>
    /// Creates a quantity from a UnitsNet <see cref="Mass"/> and rounds the tonnes to a fixed number of decimal
    /// places, in the stated direction, right after the conversion described on <see cref="FromMass(Mass)"/>.
    /// </summary>
    /// <param name="mass">A finite mass.</param>
    /// <param name="decimalPlaces">Decimal places of tonnes to keep, 0 to 28.</param>
    /// <param name="rounding">How to round the dropped digits.</param>
    public static Co2e FromMass(Mass mass, int decimalPlaces, MidpointRounding rounding)
    {
        Preconditions.CheckArgumentRange(nameof(decimalPlaces), decimalPlaces, 0, 28);
        Preconditions.CheckDefined(rounding, nameof(rounding));
        return new(Math.Round(DoubleConversion.ToDecimal(mass.Tonnes, nameof(mass)), decimalPlaces, rounding));
    }

    /// <summary>
    /// Converts to a UnitsNet <see cref="Mass"/> in tonnes. This is a boundary member: the result is a
    /// <see cref="double"/> and may lose digits beyond its 15–17 significant digits. Never compute with it.
    /// </summary>
    public Mass ToMass() => Mass.FromTonnes((double)tonnes);

    /// <summary>
    /// Converts to whole credits (one credit is one tonne) by rounding in the stated direction.
    /// JCM practice is to round down (<see cref="MidpointRounding.ToNegativeInfinity"/>), which is conservative.
    /// </summary>
    /// <param name="rounding">The direction; <see cref="MidpointRounding.ToNegativeInfinity"/> floors,
    /// <see cref="MidpointRounding.ToPositiveInfinity"/> ceils, <see cref="MidpointRounding.ToZero"/> truncates,
    /// <see cref="MidpointRounding.ToEven"/> and <see cref="MidpointRounding.AwayFromZero"/> round to nearest.</param>
    /// <returns>The whole number of credits.</returns>
    public long ToWholeCredits(MidpointRounding rounding)
    {
        Preconditions.CheckDefined(rounding, nameof(rounding));
        decimal rounded = Math.Round(tonnes, 0, rounding);
        if (rounded > long.MaxValue || rounded < long.MinValue)
        {
            throw new OverflowException($"{this} is too large to count as whole credits in a 64-bit integer");
        }
        return (long)rounded;
    }

    /// <summary>Rounds the tonnes to a number of decimal places in the stated direction.</summary>
    /// <param name="decimalPlaces">Decimal places to keep, 0 to 28.</param>
    /// <param name="rounding">How to round the dropped digits.</param>
    public Co2e Round(int decimalPlaces, MidpointRounding rounding)
    {
        Preconditions.CheckArgumentRange(nameof(decimalPlaces), decimalPlaces, 0, 28);
        Preconditions.CheckDefined(rounding, nameof(rounding));
        return new(Math.Round(tonnes, decimalPlaces, rounding));
    }

    /// <summary>The sum of two quantities (named twin of <c>+</c>).</summary>
    public Co2e Plus(Co2e other) => this + other;

    /// <summary>The difference of two quantities (named twin of <c>-</c>).</summary>
    public Co2e Minus(Co2e other) => this - other;

    /// <summary>Adds two quantities exactly.</summary>
    public static Co2e Add(Co2e left, Co2e right) => left + right;

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/> exactly.</summary>
    public static Co2e Subtract(Co2e left, Co2e right) => left - right;

    /// <summary>Negates a quantity.</summary>
    public static Co2e Negate(Co2e value) => -value;

    /// <summary>Multiplies a quantity by a dimensionless factor.</summary>
    public static Co2e Multiply(Co2e value, decimal factor) => value * factor;

    /// <summary>Divides a quantity by a non-zero dimensionless divisor.</summary>
    public static Co2e Divide(Co2e value, decimal divisor) => value / divisor;

    /// <summary>The absolute value.</summary>
    public Co2e Abs() => new(Math.Abs(tonnes));

    /// <summary>The larger of two quantities.</summary>
    public static Co2e Max(Co2e left, Co2e right) => left.tonnes >= right.tonnes ? left : right;

    /// <summary>The smaller of two quantities.</summary>
    public static Co2e Min(Co2e left, Co2e right) => left.tonnes <= right.tonnes ? left : right;

    /// <summary>Adds two quantities exactly.</summary>
    /// <exception cref="OverflowException">The sum lies beyond the range of <see cref="decimal"/>.</exception>
    public static Co2e operator +(Co2e left, Co2e right)
    {
        try
        {
            return new(left.tonnes + right.tonnes);
        }
        catch (OverflowException)
        {
            throw Overflow("Addition", left, right);
        }
    }

    /// <summary>Subtracts exactly.</summary>
    /// <exception cref="OverflowException">The difference lies beyond the range of <see cref="decimal"/>.</exception>
    public static Co2e operator -(Co2e left, Co2e right)
    {
        try
        {
            return new(left.tonnes - right.tonnes);
        }
        catch (OverflowException)
        {
            throw Overflow("Subtraction", left, right);
        }
    }

    /// <summary>Negates a quantity.</summary>
    public static Co2e operator -(Co2e value) => new(-value.tonnes);

    /// <summary>Returns the quantity unchanged.</summary>
    public static Co2e operator +(Co2e value) => value;

    /// <summary>Multiplies a quantity by a dimensionless factor.</summary>
    /// <exception cref="OverflowException">The product lies beyond the range of <see cref="decimal"/>.</exception>
    public static Co2e operator *(Co2e value, decimal factor) => new(Checked(value.tonnes, factor, "Multiplication"));

    /// <summary>Multiplies a quantity by a dimensionless factor.</summary>
    public static Co2e operator *(decimal factor, Co2e value) => value * factor;

    /// <summary>Divides a quantity by a non-zero dimensionless divisor (decimal division, 28–29 significant digits).</summary>
    /// <exception cref="ArgumentException">The divisor is zero.</exception>
    public static Co2e operator /(Co2e value, decimal divisor)
    {
        Preconditions.CheckArgument(divisor != 0m, nameof(divisor), "Divisor must not be zero");
        try
        {
            return new(value.tonnes / divisor);
        }
        catch (OverflowException)
        {
            throw new OverflowException($"Division of {value} by {divisor.ToString(CultureInfo.InvariantCulture)} exceeds the range of decimal tonnes");
        }
    }

    /// <summary>The dimensionless ratio of two quantities.</summary>
    /// <exception cref="ArgumentException">The divisor is zero.</exception>
    public static decimal operator /(Co2e value, Co2e divisor)
    {
        Preconditions.CheckArgument(divisor.tonnes != 0m, nameof(divisor), "Divisor must not be zero tonnes");
        return value.tonnes / divisor.tonnes;
    }

    /// <summary>Exact equality of tonnes.</summary>
    public static bool operator ==(Co2e left, Co2e right) => left.tonnes == right.tonnes;

    /// <summary>Exact inequality of tonnes.</summary>
    public static bool operator !=(Co2e left, Co2e right) => left.tonnes != right.tonnes;

    /// <summary>Orders by tonnes.</summary>
    public static bool operator <(Co2e left, Co2e right) => left.tonnes < right.tonnes;

    /// <summary>Orders by tonnes.</summary>
    public static bool operator <=(Co2e left, Co2e right) => left.tonnes <= right.tonnes;

    /// <summary>Orders by tonnes.</summary>
    public static bool operator >(Co2e left, Co2e right) => left.tonnes > right.tonnes;

    /// <summary>Orders by tonnes.</summary>
    public static bool operator >=(Co2e left, Co2e right) => left.tonnes >= right.tonnes;

    /// <summary>The exact sum of a span of quantities.</summary>
    /// <exception cref="OverflowException">The running sum leaves the range of <see cref="decimal"/>.</exception>
    public static Co2e Sum(ReadOnlySpan<Co2e> values)
    {
        // Co2e is a single decimal field, so the span is reinterpreted as decimals and summed in a method
        // without exception handling: the handler here would otherwise keep the running total out of registers.
        try
        {
            return new(SumTonnes(MemoryMarshal.Cast<Co2e, decimal>(values)));
        }
        catch (OverflowException)
        {
            throw SumOverflow();
        }
    }

    /// <summary>The exact sum of a sequence of quantities; an empty sequence sums to <see cref="Zero"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="OverflowException">The running sum leaves the range of <see cref="decimal"/>.</exception>
    public static Co2e Sum(IEnumerable<Co2e> values)
    {
        Preconditions.CheckNotNull(values);
        if (values is Co2e[] array)
        {
            return Sum(array.AsSpan());
        }
        if (values is List<Co2e> list)
        {
            return Sum(CollectionsMarshal.AsSpan(list));
        }
        decimal total = 0m;
        try
        {
            foreach (Co2e value in values)
            {
                total += value.tonnes;
            }
        }
        catch (OverflowException)
        {
            throw SumOverflow();
        }
        return new(total);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal SumTonnes(ReadOnlySpan<decimal> tonnes)
    {
        decimal total = 0m;
        foreach (decimal value in tonnes)
        {
            total += value;
        }
        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static OverflowException SumOverflow() =>
        new("The sum of the quantities exceeds the range of decimal tonnes (about ±7.9e28 t)");

    /// <inheritdoc />
    public bool Equals(Co2e other) => tonnes == other.tonnes;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Co2e other && Equals(other);

    /// <summary>A hash of the tonnes; equal quantities hash alike whatever their decimal scale.</summary>
    public override int GetHashCode() => tonnes.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Co2e other) => tonnes.CompareTo(other.tonnes);

    /// <summary>Compares with another boxed <see cref="Co2e"/>; null sorts first.</summary>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Co2e"/>.</exception>
    public int CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }
        Preconditions.CheckArgument(obj is Co2e, nameof(obj), "Object must be of type Co2e");
        return CompareTo((Co2e)obj);
    }

    /// <summary>Formats as <c>12.5 tCO2e</c> in the invariant culture, keeping the decimal's own digits.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the tonnes with a standard or custom numeric format, followed by a space and <c>tCO2e</c>.
    /// A null provider means the invariant culture (not the current culture).
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        tonnes.ToString(format, formatProvider ?? CultureInfo.InvariantCulture) + " " + TonnesSymbol;

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!tonnes.TryFormat(destination, out int written, format, provider ?? CultureInfo.InvariantCulture)
            || destination.Length < written + 1 + TonnesSymbol.Length)
        {
            charsWritten = 0;
            return false;
        }
        destination[written] = ' ';
        TonnesSymbol.AsSpan().CopyTo(destination[(written + 1)..]);
        charsWritten = written + 1 + TonnesSymbol.Length;
        return true;
    }

    /// <summary>
    /// Parses <c>"12.5 tCO2e"</c> or <c>"12500 kgCO2e"</c> (invariant culture, one space, no thousands
    /// separators, no exponent).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a quantity in that form; the message says why.</exception>
    public static Co2e Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return Parse(s.AsSpan(), null);
    }

    /// <summary>Parses as <see cref="Parse(string)"/>; the provider is ignored (the format is culture-invariant).</summary>
    public static Co2e Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses as <see cref="Parse(string)"/>.</summary>
    public static Co2e Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        string? error = TryParseCore(s, out Co2e result);
        return error is null ? result : throw new FormatException(error);
    }

    /// <summary>Tries to parse as <see cref="Parse(string)"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Co2e result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }
        return TryParseCore(s.AsSpan(), out result) is null;
    }

    /// <summary>Tries to parse as <see cref="Parse(string)"/>; the provider is ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Co2e result) => TryParse(s, out result);

    /// <summary>Tries to parse as <see cref="Parse(string)"/>; the provider is ignored.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Co2e result) => TryParseCore(s, out result) is null;

    private static string? TryParseCore(ReadOnlySpan<char> s, out Co2e result)
    {
        result = default;
        int space = s.IndexOf(' ');
        if (space < 0)
        {
            return $"Quantity must be a number, one space and a unit ({TonnesSymbol} or {KilogramsSymbol})";
        }
        ReadOnlySpan<char> number = s[..space];
        ReadOnlySpan<char> unit = s[(space + 1)..];
        bool kilograms;
        if (unit.SequenceEqual(TonnesSymbol))
        {
            kilograms = false;
        }
        else if (unit.SequenceEqual(KilogramsSymbol))
        {
            kilograms = true;
        }
        else
        {
            return $"Unit must be {TonnesSymbol} or {KilogramsSymbol}";
        }
        if (!NumberText.TryParseDecimal(number, allowSign: true, out decimal value))
        {
            return "Amount must be an invariant-culture decimal number such as -12.5 (no spaces, separators or exponent) that decimal holds exactly (at most 28 decimal places)";
        }
        result = kilograms ? FromKilograms(value) : new(value);
        return null;
    }

    private static decimal Checked(decimal value, decimal factor, string operation)
    {
        try
        {
            return value * factor;
        }
        catch (OverflowException)
        {
            throw new OverflowException($"{operation} of {value.ToString(CultureInfo.InvariantCulture)} t by {factor.ToString(CultureInfo.InvariantCulture)} exceeds the range of decimal");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static OverflowException Overflow(string operation, Co2e left, Co2e right) =>
        new($"{operation} of {left} and {right} exceeds the range of decimal tonnes (about ±7.9e28 t)");
}
