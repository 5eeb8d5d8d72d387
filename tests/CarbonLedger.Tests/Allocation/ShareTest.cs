using System;
using CarbonLedger.Allocation;
using CarbonLedger.Tests.Contracts;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Allocation;

public class ShareTest
{
    [Fact]
    public void Contract_EqualityAndOrdering()
    {
        ValueContract.AssertEquality(Share.FromFraction(1, 3), Share.FromFraction(2, 6), Share.FromFraction(1, 2), Share.Zero, Share.One);
        ValueContract.AssertOrdering(Share.Zero, Share.FromFraction(1, 40), Share.FromFraction(1, 3), Share.FromFraction(1, 2), Share.One);
    }

    [Fact]
    public void Add_ThreeThirds_ExactlyOne()
    {
        Share third = Share.FromFraction(1, 3);
        Assert.True((third + third + third).IsOne);
        Assert.Equal("1/3", third.ToString());
    }

    [Fact]
    public void FromPercent_SeventySevenAndAHalf_ThirtyOneFortieths()
    {
        Assert.Equal(Share.FromFraction(31, 40), Share.FromPercent(77.5m));
        Assert.Equal(Share.FromFraction(1, 20), Share.FromPercent(5m));
        Assert.Equal(Share.FromFraction(1, 50), Share.FromPercent(2.00m));
    }

    [Fact]
    public void FromDecimal_OneEighth_Exact()
    {
        Assert.Equal(Share.FromFraction(1, 8), Share.FromDecimal(0.125m));
        Assert.Equal(Share.Zero, Share.FromDecimal(0m));
    }

    [Fact]
    public void Default_IsZeroOverOne()
    {
        Share share = default;
        Assert.True(share.IsZero);
        Assert.Equal(1, share.Denominator);
        Assert.Equal(Share.Zero, share);
        Assert.Equal("0", share.ToString());
    }

    [Fact]
    public void Multiply_ShareOfAShare_Product()
    {
        Assert.Equal(Share.FromFraction(27, 40), Share.FromFraction(31, 40) * Share.FromFraction(27, 31));
    }

    [Fact]
    public void Subtract_BelowZero_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Share.FromFraction(1, 3) - Share.FromFraction(1, 2));
        Assert.Equal("right", ex.ParamName);
        Assert.Contains("cannot be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFraction_BadArguments_Throw()
    {
        Assert.Equal("numerator", Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromFraction(-1, 3)).ParamName);
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromFraction(1, 0)).ParamName);
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromPercent(-5m)).ParamName);
    }

    [Fact]
    public void Add_HugeCoprimeDenominators_ThrowsOverflow()
    {
        Share a = Share.FromFraction(1, long.MaxValue);
        Share b = Share.FromFraction(1, long.MaxValue - 1);
        Assert.Throws<OverflowException>(() => a + b);
    }

    [Theory]
    [InlineData("1/3", 1, 3)]
    [InlineData("2/6", 1, 3)]
    [InlineData("1", 1, 1)]
    [InlineData("0.125", 1, 8)]
    [InlineData("77.5%", 31, 40)]
    public void Parse_Forms_Exact(string text, long numerator, long denominator)
    {
        Assert.Equal(Share.FromFraction(numerator, denominator), Share.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("a/b")]
    [InlineData("%")]
    [InlineData("1 / 3")]
    public void Parse_Malformed_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => Share.Parse(text));
    }

    [Fact]
    public void ToString_Percent_UsesDecimal()
    {
        Assert.Equal("33.33 %", Share.FromFraction(1, 3).ToString("P2", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Property_ParseOfToString_RoundTrips()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000_000], Gen.Long[1, 1_000_000_000_000])
            .Sample((n, d) =>
            {
                Share share = Share.FromFraction(n, d);
                Assert.Equal(share, Share.Parse(share.ToString()));
            }, iter: 2_000);
    }

    [Fact]
    public void Property_AdditionThenSubtraction_Identity()
    {
        Gen.Select(Gen.Long[0, 1_000_000], Gen.Long[1, 1_000_000], Gen.Long[0, 1_000_000], Gen.Long[1, 1_000_000])
            .Sample((a, b, c, d) =>
            {
                Share x = Share.FromFraction(a, b);
                Share y = Share.FromFraction(c, d);
                Assert.Equal(x, x + y - y);
                Assert.Equal(x + y, y + x);
            }, iter: 2_000);
    }
}
