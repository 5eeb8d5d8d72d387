using System;
using CarbonLedger.Quantities;
using UnitsNet;
using Xunit;

namespace CarbonLedger.Tests.Quantities;

public partial class Co2eTest
{
    [Fact]
    public void FromMass_Kilograms_ConvertedOnceExactly()
    {
        Assert.Equal(1.1955m, Co2e.FromMass(Mass.FromKilograms(1195.5)).Tonnes);
        Assert.Equal(12.5m, Co2e.FromMass(Mass.FromTonnes(12.5)).Tonnes);
    }

    [Fact]
    public void FromMass_BinaryNoise_DroppedBeyond15SignificantDigits()
    {
        Assert.Equal(0.3m, Co2e.FromMass(Mass.FromTonnes(0.1 + 0.2)).Tonnes);
    }

    [Fact]
    public void FromMass_WithRounding_RoundsAsStated()
    {
        Assert.Equal(1.19m, Co2e.FromMass(Mass.FromKilograms(1195.5), 2, MidpointRounding.ToNegativeInfinity).Tonnes);
        Assert.Throws<ArgumentOutOfRangeException>(() => Co2e.FromMass(Mass.FromTonnes(1), 30, MidpointRounding.ToEven));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromMass_NotFinite_Rejected(double tonnes)
    {
        // UnitsNet already refuses to build a non-finite Mass; the boundary conversion refuses it again
        // (defence in depth, tested directly below), so either way no NaN reaches the domain.
        Assert.ThrowsAny<ArgumentException>(() => Co2e.FromMass(Mass.FromTonnes(tonnes)));
        var ex = Assert.Throws<ArgumentException>(() => CarbonLedger.Utility.DoubleConversion.ToDecimal(tonnes, "mass"));
        Assert.Equal("mass", ex.ParamName);
        Assert.Contains("finite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMass_BeyondDecimal_ThrowsNamingMass()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Co2e.FromMass(Mass.FromTonnes(1e30)));
        Assert.Equal("mass", ex.ParamName);
    }

    [Fact]
    public void ToMass_Tonnes()
    {
        Assert.Equal(12.5, Co2e.FromTonnes(12.5m).ToMass().Tonnes);
        Assert.Equal(12_500, Co2e.FromTonnes(12.5m).ToMass().Kilograms, 9);
    }
}
