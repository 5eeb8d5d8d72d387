using System;
using System.Numerics;

namespace CarbonLedger.Utility;

/// <summary>Integer division of non-negative numbers rounded in an explicit direction, with no intermediate rounding.</summary>
internal static class ExactDivision
{
    /// <summary>
    /// <paramref name="numerator"/> ÷ <paramref name="denominator"/> rounded to a whole number: floor
    /// (<see cref="MidpointRounding.ToNegativeInfinity"/>, same as <see cref="MidpointRounding.ToZero"/> here),
    /// ceiling (<see cref="MidpointRounding.ToPositiveInfinity"/>), or nearest with halves to even or away from zero.
    /// </summary>
    /// <param name="numerator">0 or more.</param>
    /// <param name="denominator">1 or more.</param>
    /// <param name="rounding">The direction.</param>
    internal static T RoundQuotient<T>(T numerator, T denominator, MidpointRounding rounding)
        where T : IBinaryInteger<T>
    {
        (T quotient, T remainder) = T.DivRem(numerator, denominator);
        if (T.IsZero(remainder))
        {
            return quotient;
        }
        T twice = remainder + remainder;
        bool up = rounding switch
        {
            MidpointRounding.ToPositiveInfinity => true,
            MidpointRounding.AwayFromZero => twice >= denominator,
            MidpointRounding.ToEven => twice > denominator || (twice == denominator && T.IsOddInteger(quotient)),
            _ => false,
        };
        return up ? quotient + T.One : quotient;
    }

    /// <summary>
    /// <paramref name="amount"/> ÷ <paramref name="divisor"/> rounded to <paramref name="decimalPlaces"/> in the
    /// stated direction, computed exactly on the decimal's integer representation.
    /// </summary>
    /// <exception cref="OverflowException">The result does not fit in a <see cref="decimal"/>.</exception>
    internal static decimal Divide(decimal amount, long divisor, int decimalPlaces, MidpointRounding rounding)
    {
        bool negative = amount < 0m;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        int scale = amount.Scale;
        BigInteger numerator = mantissa * BigInteger.Pow(10, decimalPlaces);
        BigInteger denominator = BigInteger.Pow(10, scale) * divisor;
        // For a negative amount, floor and ceiling swap on the magnitude.
        MidpointRounding onMagnitude = !negative ? rounding : rounding switch
        {
            MidpointRounding.ToNegativeInfinity => MidpointRounding.ToPositiveInfinity,
            MidpointRounding.ToPositiveInfinity => MidpointRounding.ToNegativeInfinity,
            _ => rounding,
        };
        BigInteger result = RoundQuotient(numerator, denominator, onMagnitude);
        if (result.GetBitLength() > 96)
        {
            throw new OverflowException("The quotient does not fit in a decimal");
        }
        byte[] bytes = new byte[12];
        result.TryWriteBytes(bytes, out _, isUnsigned: true);
        return new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), negative, (byte)decimalPlaces);
    }
}
