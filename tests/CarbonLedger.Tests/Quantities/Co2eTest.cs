using System;
using CarbonLedger.Quantities;
using CarbonLedger.Tests.Contracts;
using Xunit;

namespace CarbonLedger.Tests.Quantities;

public partial class Co2eTest
{
    [Fact]
    public void FromTonnes_ScaleDiffers_EqualAndSameHash()
    {
        Co2e a = Co2e.FromTonnes(1.0m);
        Co2e b = Co2e.FromTonnes(1.00m);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Contract_EqualityAndOrdering()
    {
        ValueContract.AssertEquality(Co2e.FromTonnes(1.0m), Co2e.FromTonnes(1.00m), Co2e.FromTonnes(1.01m), Co2e.Zero, Co2e.FromTonnes(-1m));
        ValueContract.AssertOrdering(Co2e.FromTonnes(-2.5m), Co2e.Zero, Co2e.FromTonnes(0.001m), Co2e.FromTonnes(12.5m));
    }

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(Co2e.Zero, default);
        Assert.Equal(0m, default(Co2e).Tonnes);
    }

    [Fact]
    public void FromKilograms_ExactDivision()
    {
        Assert.Equal(1.1955m, Co2e.FromKilograms(1195.5m).Tonnes);
        Assert.Equal(1195.5m, Co2e.FromTonnes(1.1955m).Kilograms);
    }

    [Fact]
    public void FromTonnes_Long_WholeCredits()
    {
        Assert.Equal(17673m, Co2e.FromTonnes(17673L).Tonnes);
    }

    [Theory]
    [InlineData("1195.5", MidpointRounding.ToNegativeInfinity, 1195L)]
    [InlineData("1195.5", MidpointRounding.ToPositiveInfinity, 1196L)]
    [InlineData("1195.5", MidpointRounding.ToEven, 1196L)]
    [InlineData("1194.5", MidpointRounding.ToEven, 1194L)]
    [InlineData("1195.5", MidpointRounding.AwayFromZero, 1196L)]
    [InlineData("1195.9", MidpointRounding.ToZero, 1195L)]
    [InlineData("-0.4", MidpointRounding.ToNegativeInfinity, -1L)]
    [InlineData("-0.4", MidpointRounding.ToZero, 0L)]
    [InlineData("0.999999", MidpointRounding.ToNegativeInfinity, 0L)]
    public void ToWholeCredits_Direction_RoundsAsStated(string tonnes, MidpointRounding rounding, long expected)
    {
        Co2e value = Co2e.FromTonnes(decimal.Parse(tonnes, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, value.ToWholeCredits(rounding));
    }

    [Fact]
    public void ToWholeCredits_UndefinedRounding_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Co2e.FromTonnes(1m).ToWholeCredits((MidpointRounding)42));
        Assert.Equal("rounding", ex.ParamName);
    }

    [Fact]
    public void ToWholeCredits_BeyondLong_ThrowsOverflow()
    {
        var ex = Assert.Throws<OverflowException>(() => Co2e.FromTonnes(1e20m).ToWholeCredits(MidpointRounding.ToZero));
        Assert.Contains("64-bit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_DecimalPlaces_Explicit()
    {
        Assert.Equal(0.7859m, Co2e.FromTonnes(0.78590m).Round(4, MidpointRounding.AwayFromZero).Tonnes);
        Assert.Equal(1.195m, Co2e.FromTonnes(1.1955m).Round(3, MidpointRounding.ToZero).Tonnes);
        Assert.Throws<ArgumentOutOfRangeException>(() => Co2e.Zero.Round(29, MidpointRounding.ToEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Co2e.Zero.Round(-1, MidpointRounding.ToEven));
    }
}
