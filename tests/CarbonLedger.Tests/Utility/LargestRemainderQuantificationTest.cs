using System;
using System.Linq;
using System.Numerics;
using CarbonLedger.Utility;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Utility;

public class LargestRemainderQuantificationTest
{
    [Fact]
    public void Allocate_EqualWeights_TieGoesToEarlierPart()
    {
        Assert.Equal(new[] { 4L, 3L, 3L }, LargestRemainderQuantification.Allocate(10, [1m, 1m, 1m]));
    }

    [Fact]
    public void Allocate_ZeroTotal_AllZero()
    {
        Assert.Equal(new[] { 0L, 0L }, LargestRemainderQuantification.Allocate(0, [0m, 0m]));
    }

    [Fact]
    public void Allocate_AllWeightsZero_Throws()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainderQuantification.Allocate(5, [0m, 0m]));
    }

    [Fact]
    public void Allocate_NegativeWeight_Throws()
    {
        Assert.Throws<ArgumentException>(() => LargestRemainderQuantification.Allocate(5, [1m, -1m]));
    }

    [Fact]
    public void Allocate_Always_SumsToTotalWithinQuota()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000], Gen.Long[0, 1_000_000_000_000].Array[1, 12], Gen.Int[0, 6])
            .Where((_, w, _) => w.Any(x => x > 0))
            .Sample((total, raw, scale) =>
            {
                decimal[] weights = raw.Select(x => x / (decimal)Math.Pow(10, scale)).ToArray();
                long[] parts = LargestRemainderQuantification.Allocate(total, weights);
                Assert.Equal(total, parts.Sum());
                // Exact quota total × raw_i ÷ Σ raw (the common scale cancels): each part is its floor or its ceiling.
                BigInteger sum = raw.Aggregate(BigInteger.Zero, (a, x) => a + x);
                for (int i = 0; i < parts.Length; i++)
                {
                    BigInteger floor = BigInteger.DivRem(new BigInteger(total) * raw[i], sum, out BigInteger remainder);
                    BigInteger ceiling = remainder.IsZero ? floor : floor + 1;
                    Assert.InRange(new BigInteger(parts[i]), floor, ceiling);
                }
            });
    }
}
