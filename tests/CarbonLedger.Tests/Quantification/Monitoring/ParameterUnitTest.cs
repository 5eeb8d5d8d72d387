using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Tests.Contracts;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Monitoring;

public class ParameterUnitTest
{
    [Fact]
    public void ToCanonical_KilowattHours_ExactMegawattHours()
    {
        Assert.Equal(1.5m, ParameterUnit.KilowattHour.ToCanonical(1500m));
        Assert.Equal(ParameterUnit.MegawattHour, ParameterUnit.KilowattHour.Canonical);
    }

    [Fact]
    public void ToCanonical_GigajoulePerTonne_TerajoulePerTonne()
    {
        Assert.Equal(0.048m, ParameterUnit.GigajoulePerTonne.ToCanonical(48m));
        Assert.Equal(ParameterDimension.NetCalorificValuePerMass, ParameterUnit.MegajoulePerKilogram.Dimension);
        Assert.Equal(0.048m, ParameterUnit.MegajoulePerKilogram.ToCanonical(48m));
    }

    [Fact]
    public void ToCanonical_Percent_Fraction()
    {
        Assert.Equal(0.87m, ParameterUnit.Percent.ToCanonical(87m));
        Assert.Equal(ParameterUnit.One, ParameterUnit.Percent.Canonical);
    }

    [Fact]
    public void ToCanonical_GramPerKilowattHour_TonnesPerMegawattHour()
    {
        Assert.Equal(0.797m, ParameterUnit.GramCo2PerKilowattHour.ToCanonical(797m));
        Assert.Equal(0.797m, ParameterUnit.KilogramCo2PerKilowattHour.ToCanonical(0.797m));
    }

    [Fact]
    public void CanonicalOf_EveryDimension_HasScaleOne()
    {
        foreach (ParameterDimension dimension in System.Enum.GetValues<ParameterDimension>())
        {
            ParameterUnit canonical = ParameterUnit.CanonicalOf(dimension);
            Assert.Equal(dimension, canonical.Dimension);
            Assert.Equal(1m, canonical.ScaleToCanonical);
        }
        Assert.Equal("kL", ParameterUnit.CanonicalOf(ParameterDimension.FuelVolume).Symbol);
    }

    [Fact]
    public void IsAmount_EnergyYesFactorNo()
    {
        Assert.True(ParameterUnit.KilowattHour.IsAmount);
        Assert.True(ParameterUnit.Litre.IsAmount);
        Assert.False(ParameterUnit.TonneCo2PerMegawattHour.IsAmount);
        Assert.False(ParameterUnit.Kilowatt.IsAmount);
    }

    [Fact]
    public void Contract_Equality()
    {
        ValueContract.AssertEquality(ParameterUnit.KilowattHour, ParameterUnit.KilowattHour, ParameterUnit.MegawattHour, ParameterUnit.One);
        Assert.Equal(ParameterUnit.One, default);
        Assert.Equal("tCO2/MWh", ParameterUnit.TonneCo2PerMegawattHour.ToString());
    }
}
