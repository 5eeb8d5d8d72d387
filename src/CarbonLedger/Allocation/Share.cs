using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Allocation;

/// <summary>
/// An exact, non-negative fraction such as 1/3 or 31/40: a share of credits, a deduction rate or a
/// support ratio. Nothing is ever rounded: 1/3 stays 1/3, and three thirds add up to exactly 1.
/// </summary>
/// <remarks>
/// <para>The fraction is kept in lowest terms with a positive denominator, so equal shares have equal
/// numerators and denominators and equality, hashing and ordering agree by construction. The default
/// value is <see cref="Zero"/> (0/1).</para>
/// <para>Numerator and denominator are 64-bit integers. Arithmetic is carried out in 128 bits and reduced;
/// a result whose reduced numerator or denominator does not fit in 64 bits throws
/// <see cref="OverflowException"/> naming the operation. Shares above 1 can arise from addition (for
/// example when checking that a set of shares sums to 1) and are allowed by this type.</para>
/// </remarks>
public readonly struct Share : IEquatable<Share>, IComparable<Share>, IComparable, IFormattable
{
    private readonly long numerator;

    // Stored as denominator − 1 so that the default value is 0/1.
    private readonly long denominatorMinusOne;

    private Share(long numerator, long denominator)
    {
        this.numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>The share 0 (0/1). This is also the default value.</summary>
    public static Share Zero => default;

    /// <summary>The whole: 1/1.</summary>
    public static Share One => new(1, 1);

    /// <summary>The numerator in lowest terms (0 or more).</summary>
    public long Numerator => numerator;

    /// <summary>The denominator in lowest terms (1 or more).</summary>
    public long Denominator => denominatorMinusOne + 1;

    /// <summary>Whether the share is 0.</summary>
    public bool IsZero => numerator == 0;

    /// <summary>Whether the share is exactly 1.</summary>
    public bool IsOne => numerator == 1 && denominatorMinusOne == 0;

    /// <summary>Creates the share <paramref name="numerator"/>/<paramref name="denominator"/>, reduced to lowest terms.</summary>
    /// <param name="numerator">0 or more.</param>
    /// <param name="denominator">1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative or the denominator is below 1.</exception>
    public static Share FromFraction(long numerator, long denominator)
    {
        Preconditions.CheckArgumentRange(nameof(numerator), numerator, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(denominator), denominator, 1, long.MaxValue);
        return Reduce(numerator, denominator, "Creating a share");
    }

    /// <summary>
    /// Creates a share from a percentage, exactly: 77.5 becomes 31/40 and 5 becomes 1/20. No rounding happens.
    /// </summary>
    /// <param name="percent">0 or more; the decimal's digits are taken exactly.</param>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is negative.</exception>
    /// <exception cref="OverflowException">The reduced fraction does not fit in 64-bit integers.</exception>
    public static Share FromPercent(decimal percent)
    {
        Preconditions.CheckArgumentRange(nameof(percent), percent, 0m, decimal.MaxValue);
        return FromDecimalCore(percent, 100);
    }

    /// <summary>Creates a share from a decimal fraction, exactly: 0.125 becomes 1/8. No rounding happens.</summary>
    /// <param name="fraction">0 or more; the decimal's digits are taken exactly.</param>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is negative.</exception>
    /// <exception cref="OverflowException">The reduced fraction does not fit in 64-bit integers.</exception>
    public static Share FromDecimal(decimal fraction)
    {
        Preconditions.CheckArgumentRange(nameof(fraction), fraction, 0m, decimal.MaxValue);
        return FromDecimalCore(fraction, 1);
    }

    /// <summary>
    /// The share as a <see cref="decimal"/>. This is the only lossy member: a share such as 1/3 has no exact
    /// decimal form, and the result is <see cref="decimal"/> division, which keeps 28–29 significant digits
    /// and rounds the last one to nearest.
    /// </summary>
    public decimal ToDecimal() => (decimal)numerator / Denominator;

    /// <summary>The sum of two shares (named twin of <c>+</c>).</summary>
    public Share Plus(Share other) => this + other;

    /// <summary>The difference of two shares (named twin of <c>-</c>).</summary>
    public Share Minus(Share other) => this - other;

    /// <summary>The product of two shares (named twin of <c>*</c>): a share of a share.</summary>
    public Share Times(Share other) => this * other;

    /// <summary>Adds two shares exactly.</summary>
    public static Share Add(Share left, Share right) => left + right;

    /// <summary>Subtracts exactly; the result must not be negative.</summary>
    public static Share Subtract(Share left, Share right) => left - right;

    /// <summary>Multiplies two shares exactly.</summary>
    public static Share Multiply(Share left, Share right) => left * right;

    /// <summary>Adds two shares exactly.</summary>
    /// <exception cref="OverflowException">The reduced sum does not fit in 64-bit integers.</exception>
    public static Share operator +(Share left, Share right) =>
        Reduce(((Int128)left.numerator * right.Denominator) + ((Int128)right.numerator * left.Denominator),
            (Int128)left.Denominator * right.Denominator, "Addition of shares");

    /// <summary>Subtracts exactly.</summary>
    /// <exception cref="ArgumentException">The result would be negative.</exception>
    /// <exception cref="OverflowException">The reduced difference does not fit in 64-bit integers.</exception>
    public static Share operator -(Share left, Share right)
    {
        Int128 n = ((Int128)left.numerator * right.Denominator) - ((Int128)right.numerator * left.Denominator);
        Preconditions.CheckArgument(n >= 0, nameof(right), "A share cannot be negative: {0} minus {1} is below zero", left, right);
        return Reduce(n, (Int128)left.Denominator * right.Denominator, "Subtraction of shares");
    }

    /// <summary>Multiplies two shares exactly: a share of a share.</summary>
    /// <exception cref="OverflowException">The reduced product does not fit in 64-bit integers.</exception>
    public static Share operator *(Share left, Share right) =>
        Reduce((Int128)left.numerator * right.numerator, (Int128)left.Denominator * right.Denominator, "Multiplication of shares");

    /// <summary>Exact equality.</summary>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Exact inequality.</summary>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>Orders by value.</summary>
    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    /// <summary>Orders by value.</summary>
    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    /// <summary>Orders by value.</summary>
    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by value.</summary>
    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(Share other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <summary>Compares by value, exactly (cross-multiplication in 128 bits).</summary>
    public int CompareTo(Share other) =>
        ((Int128)numerator * other.Denominator).CompareTo((Int128)other.numerator * Denominator);

    /// <summary>Compares with another boxed <see cref="Share"/>; null sorts first.</summary>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Share"/>.</exception>
    public int CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }
        Preconditions.CheckArgument(obj is Share, nameof(obj), "Object must be of type Share");
        return CompareTo((Share)obj);
    }

    /// <summary>Formats as <c>numerator/denominator</c>, for example <c>1/3</c>; a whole number prints alone (<c>0</c>, <c>1</c>).</summary>
    public override string ToString() => denominatorMinusOne == 0
        ? numerator.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{numerator}/{Denominator}");

    /// <summary>
    /// Formats as <see cref="ToString()"/> for a null or empty format or <c>G</c>; <c>P</c> formats as a percentage
    /// through <see cref="ToDecimal"/> (for example <c>P2</c> gives <c>33.33 %</c> in the invariant culture).
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (string.IsNullOrEmpty(format) || format == "G")
        {
            return ToString();
        }
        return ToDecimal().ToString(format, formatProvider ?? CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Parses <c>n/d</c> (for example <c>1/3</c>), a whole number (<c>1</c>), a decimal fraction (<c>0.125</c>)
    /// or a percentage (<c>77.5%</c>), culture-invariant, with no spaces.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a share in one of those forms.</exception>
    public static Share Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out Share result)
            ? result
            : throw new FormatException($"Share '{s}' must be a fraction such as 1/3, a decimal such as 0.125 or a percentage such as 77.5%");
    }

    /// <summary>Tries to parse as <see cref="Parse(string)"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Share result)
    {
        result = default;
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }
        ReadOnlySpan<char> text = s;
        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!NumberText.TryParseDigits(text[..slash], out long n)
                || !NumberText.TryParseDigits(text[(slash + 1)..], out long d)
                || d < 1)
            {
                return false;
            }
            result = Reduce(n, d, "Parsing a share");
            return true;
        }
        bool percent = text[^1] == '%';
        if (percent)
        {
            text = text[..^1];
        }
        if (!NumberText.TryParseDecimal(text, allowSign: false, out decimal value))
        {
            return false;
        }
        try
        {
            result = FromDecimalCore(value, percent ? 100 : 1);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static Share FromDecimalCore(decimal value, int divisor)
    {
        // A decimal is an integer mantissa divided by 10^scale; both fit comfortably in 128 bits.
        int scale = value.Scale;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Int128 mantissa = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        Int128 denominator = Int128.One;
        for (int i = 0; i < scale; i++)
        {
            denominator *= 10;
        }
        return Reduce(mantissa, denominator * divisor, "Converting a decimal to a share");
    }

    private static Share Reduce(Int128 numerator, Int128 denominator, string operation)
    {
        Int128 gcd = Gcd(numerator, denominator);
        if (gcd > 1)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        if (numerator > long.MaxValue || denominator > long.MaxValue)
        {
            throw new OverflowException($"{operation} gives a fraction whose numerator or denominator does not fit in 64 bits");
        }
        return new Share((long)numerator, (long)denominator);
    }

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }
}
