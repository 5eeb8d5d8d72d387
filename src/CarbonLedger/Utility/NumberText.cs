using System;
using System.Globalization;

namespace CarbonLedger.Utility;

/// <summary>
/// Reads numbers from text strictly: only ASCII digits (and, for decimals, one point and an optional leading sign),
/// nothing before or after, and only when the text is exactly the value read.
/// </summary>
/// <remarks>
/// The .NET parsers this wraps accept trailing NUL characters, and round decimal text with more significant digits than
/// <see cref="decimal"/> holds (<c>0.50000000000000000000000000001</c> reads as ½). Both would let two different texts
/// mean one number, or a number other than the one written; these methods refuse them instead. The command-line tool
/// compiles this same file so that its readers apply the same rules.
/// </remarks>
internal static class NumberText
{
    /// <summary>A non-empty run of ASCII digits that fits in a <see cref="long"/> (leading zeros allowed).</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed))
        {
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>A non-empty run of ASCII digits that fits in an <see cref="int"/> (leading zeros allowed).</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (!TryParseDigits(text, out long wide) || wide > int.MaxValue)
        {
            return false;
        }
        value = (int)wide;
        return true;
    }

    /// <summary>
    /// A decimal written as digits with at most one point (<c>12</c>, <c>12.5</c>, <c>.5</c>, <c>5.</c>), after an
    /// optional <c>-</c> or <c>+</c> when <paramref name="allowSign"/>; refused when <see cref="decimal"/> cannot hold it
    /// exactly (too large, or more significant digits than it keeps). Trailing zeros are kept in the scale.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, bool allowSign, out decimal value)
    {
        value = 0m;
        ReadOnlySpan<char> body = text;
        if (allowSign && !body.IsEmpty && body[0] is '-' or '+')
        {
            body = body[1..];
        }
        int point = body.IndexOf('.');
        ReadOnlySpan<char> whole = point < 0 ? body : body[..point];
        ReadOnlySpan<char> fraction = point < 0 ? [] : body[(point + 1)..];
        if (whole.Length + fraction.Length == 0 || whole.ContainsAnyExceptInRange('0', '9') || fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        NumberStyles styles = NumberStyles.AllowDecimalPoint | (allowSign ? NumberStyles.AllowLeadingSign : NumberStyles.None);
        if (!decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out decimal parsed) || !IsExact(text, parsed))
        {
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/>, a decimal number in invariant form with an optional exponent (<c>-1.25e3</c>),
    /// has exactly the value <paramref name="value"/>: the same significant digits at the same powers of ten.
    /// </summary>
    /// <remarks>The text is assumed to be a well-formed number (a JSON number, or text a parser has already accepted).</remarks>
    public static bool IsExact(ReadOnlySpan<char> text, decimal value)
    {
        if (!TrySignificand(text, out ReadOnlySpan<char> whole, out ReadOnlySpan<char> fraction, out long exponent))
        {
            return false;
        }
        Span<char> buffer = stackalloc char[64];
        if (!decimal.Abs(value).TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }
        ReadOnlySpan<char> formatted = buffer[..written];
        int point = formatted.IndexOf('.');
        return SameDigits(whole, fraction, exponent,
            point < 0 ? formatted : formatted[..point], point < 0 ? [] : formatted[(point + 1)..], 0);
    }

    /// <summary>Splits a number into its digits before and after the point and its exponent (0 when absent).</summary>
    private static bool TrySignificand(ReadOnlySpan<char> text, out ReadOnlySpan<char> whole, out ReadOnlySpan<char> fraction, out long exponent)
    {
        whole = [];
        fraction = [];
        exponent = 0;
        if (!text.IsEmpty && text[0] is '-' or '+')
        {
            text = text[1..];
        }
        int e = text.IndexOfAny('e', 'E');
        if (e >= 0)
        {
            ReadOnlySpan<char> power = text[(e + 1)..];
            bool negative = !power.IsEmpty && power[0] == '-';
            if (!power.IsEmpty && power[0] is '-' or '+')
            {
                power = power[1..];
            }
            // Beyond ±10^9 no decimal survives anyway, and the comparison below stays within a long.
            power = power.TrimStart('0');
            if (power.Length > 9 || power.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
            exponent = power.IsEmpty ? 0 : long.Parse(power, NumberStyles.None, CultureInfo.InvariantCulture);
            exponent = negative ? -exponent : exponent;
            text = text[..e];
        }
        int point = text.IndexOf('.');
        whole = point < 0 ? text : text[..point];
        fraction = point < 0 ? [] : text[(point + 1)..];
        return !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Whether two digit strings (whole part, fraction, power of ten) name the same number.</summary>
    private static bool SameDigits(ReadOnlySpan<char> wholeA, ReadOnlySpan<char> fractionA, long exponentA,
        ReadOnlySpan<char> wholeB, ReadOnlySpan<char> fractionB, long exponentB)
    {
        // Normalise each to significant digits d1…dn and the power of ten of dn.
        (int startA, int lengthA, long lastA) = Significant(wholeA, fractionA, exponentA);
        (int startB, int lengthB, long lastB) = Significant(wholeB, fractionB, exponentB);
        if (lengthA != lengthB)
        {
            return false;
        }
        if (lengthA == 0)
        {
            return true;
        }
        if (lastA != lastB)
        {
            return false;
        }
        for (int i = 0; i < lengthA; i++)
        {
            if (DigitAt(wholeA, fractionA, startA + i) != DigitAt(wholeB, fractionB, startB + i))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The index of the first significant digit in whole+fraction, how many there are, and the power of ten of the last.</summary>
    private static (int Start, int Length, long LastPower) Significant(ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction, long exponent)
    {
        int total = whole.Length + fraction.Length;
        int start = 0;
        while (start < total && DigitAt(whole, fraction, start) == '0')
        {
            start++;
        }
        int end = total;
        while (end > start && DigitAt(whole, fraction, end - 1) == '0')
        {
            end--;
        }
        // Digit at index i (0-based in whole+fraction) has power (whole.Length - 1 - i) + exponent.
        long lastPower = whole.Length - 1L - (end - 1) + exponent;
        return (start, end - start, lastPower);
    }

    private static char DigitAt(ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction, int index) =>
        index < whole.Length ? whole[index] : fraction[index - whole.Length];
}
