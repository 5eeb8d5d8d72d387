using System;
using System.Numerics;

namespace CarbonLedger.Utility;

/// <summary>
/// Largest-remainder (Hamilton) apportionment of whole credits over vintages, in exact integer arithmetic.
/// Internal to quantification; the issuance allocator is a separate, public type.
/// </summary>
internal static class LargestRemainderQuantification
{
    /// <summary>
    /// Splits <paramref name="total"/> whole units in proportion to non-negative decimal weights: each part first
    /// gets the floor of its exact quota <c>total × w_i ÷ Σw</c>, then the units left over go one each to the parts
    /// with the largest remainders, ties to the lower index. The parts always add up to <paramref name="total"/>,
    /// none is negative, and none exceeds the ceiling of its quota.
    /// </summary>
    /// <exception cref="ArgumentException">The total is negative, a weight is negative, or all weights are zero while
    /// the total is positive.</exception>
    internal static long[] Allocate(long total, ReadOnlySpan<decimal> weights)
    {
        Preconditions.CheckArgument(total >= 0, nameof(total), "Total must not be negative; it is {0}", total);
        var parts = new long[weights.Length];
        int scale = 0;
        foreach (decimal weight in weights)
        {
            Preconditions.CheckArgument(weight >= 0m, nameof(weights), "Weights must not be negative; one is {0}", weight);
            scale = Math.Max(scale, weight.Scale);
        }
        if (total == 0)
        {
            return parts;
        }
        var scaled = new BigInteger[weights.Length];
        BigInteger sum = BigInteger.Zero;
        for (int i = 0; i < weights.Length; i++)
        {
            scaled[i] = Mantissa(weights[i]) * BigInteger.Pow(10, scale - weights[i].Scale);
            sum += scaled[i];
        }
        Preconditions.CheckArgument(!sum.IsZero, nameof(weights), "At least one weight must be positive to share {0} units", total);
        var remainders = new BigInteger[weights.Length];
        long assigned = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            BigInteger quotient = BigInteger.DivRem(total * scaled[i], sum, out remainders[i]);
            parts[i] = (long)quotient;
            assigned += parts[i];
        }
        var order = new int[weights.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            int byRemainder = remainders[b].CompareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : a.CompareTo(b);
        });
        for (long left = total - assigned, k = 0; left > 0; left--, k++)
        {
            parts[order[k]]++;
        }
        return parts;
    }

    private static BigInteger Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
    }
}
