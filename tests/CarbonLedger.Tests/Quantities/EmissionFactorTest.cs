using System;
using System.Linq;
using CarbonLedger.Quantities;
using CarbonLedger.Tests.Contracts;
using UnitsNet;
using Xunit;

namespace CarbonLedger.Tests.Quantities;

public class EmissionFactorTest
{
    private static readonly EmissionFactor<ElectricEnergyUnit> Mongolia = EmissionFactor.TonnesPerMegawattHour(0.797m);

    [Fact]
    public void Apply_MongoliaFactorTo1500Kwh_Exactly1p1955()
    {
        Assert.Equal(1.1955m, Mongolia.Apply(1500m, ElectricEnergyUnit.KilowattHour).Tonnes);
    }

    [Fact]
    public void Apply_MongoliaFactorTo1500Mwh_1195p5()
    {
        Assert.Equal(1195.5m, Mongolia.Apply(1500m, ElectricEnergyUnit.MegawattHour).Tonnes);
        Assert.Equal(1195.5m, Mongolia.Apply(1.5m, ElectricEnergyUnit.GigawattHour).Tonnes);
        Assert.Equal(1.1955m, Mongolia.Apply(1_500_000m, ElectricEnergyUnit.WattHour).Tonnes);
    }

    [Fact]
    public void Apply_UnitsNetEnergy_ConvertedOnce()
    {
        Assert.Equal(1.1955m, Mongolia.Apply(Energy.FromKilowattHours(1500)).Tonnes);
    }

    [Fact]
    public void PerEnergy_KgPerKwh_EqualsTonnesPerMwh()
    {
        EmissionFactor<ElectricEnergyUnit> kgPerKwh = EmissionFactor.PerEnergy(0.797m, Co2eMassUnit.Kilogram, ElectricEnergyUnit.KilowattHour);
        ValueContract.AssertEquality(Mongolia, kgPerKwh, EmissionFactor.TonnesPerMegawattHour(0.533m));
        ValueContract.AssertOrdering(EmissionFactor.TonnesPerMegawattHour(0.243m), EmissionFactor.TonnesPerMegawattHour(0.533m), Mongolia);
        Assert.Equal(797m, Mongolia.In(Co2eMassUnit.Gram, ElectricEnergyUnit.KilowattHour));
        Assert.Equal("0.797 tCO2e/MWh", kgPerKwh.ToString());
    }

    [Fact]
    public void PerEnergyContent_NaturalGas_NcvChain()
    {
        // 56.1 tCO2/TJ; 1,000 GJ of gas = 1 TJ → 56.1 t. 500,000 MJ = 0.5 TJ → 28.05 t.
        EmissionFactor<EnergyContentUnit> gas = EmissionFactor.TonnesPerTerajoule(56.1m);
        Assert.Equal(56.1m, gas.Apply(1000m, EnergyContentUnit.Gigajoule).Tonnes);
        Assert.Equal(28.05m, gas.Apply(500_000m, EnergyContentUnit.Megajoule).Tonnes);
        Assert.Equal(28.05m, gas.Apply(Energy.FromGigajoules(500)).Tonnes);
        Assert.Equal("56.1 tCO2e/TJ", gas.ToString());
        Assert.Equal(56.1m, EmissionFactor.PerEnergyContent(56.1m, Co2eMassUnit.Kilogram, EnergyContentUnit.Gigajoule).TonnesPerCanonicalUnit);
    }

    [Fact]
    public void PerVolume_Diesel_LitresAndUnitsNet()
    {
        EmissionFactor<FuelVolumeUnit> diesel = EmissionFactor.PerVolume(2.58m, Co2eMassUnit.Tonne, FuelVolumeUnit.Kilolitre);
        Assert.Equal(0.645m, diesel.Apply(250m, FuelVolumeUnit.Litre).Tonnes);
        Assert.Equal(0.645m, diesel.Apply(Volume.FromLiters(250)).Tonnes);
        Assert.Equal(2580m, diesel.Apply(1m, FuelVolumeUnit.ThousandCubicMetres).Tonnes);
        Assert.Equal(2.58m, diesel.Apply(1m, FuelVolumeUnit.CubicMetre).Tonnes);
    }

    [Fact]
    public void PerMass_Coal_KilogramsAndUnitsNet()
    {
        EmissionFactor<FuelMassUnit> coal = EmissionFactor.PerMass(2.3m, Co2eMassUnit.Tonne, FuelMassUnit.Tonne);
        Assert.Equal(1.15m, coal.Apply(500m, FuelMassUnit.Kilogram).Tonnes);
        Assert.Equal(1.15m, coal.Apply(Mass.FromKilograms(500)).Tonnes);
        Assert.Equal(2300m, coal.Apply(1m, FuelMassUnit.Kilotonne).Tonnes);
    }

    [Fact]
    public void Create_NegativeFactor_ThrowsNamingValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => EmissionFactor.TonnesPerMegawattHour(-0.1m));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndefinedUnits_Throw()
    {
        Assert.Equal("perUnit", Assert.Throws<ArgumentException>(() =>
            EmissionFactor.PerEnergy(1m, Co2eMassUnit.Tonne, (ElectricEnergyUnit)77)).ParamName);
        Assert.Equal("massUnit", Assert.Throws<ArgumentOutOfRangeException>(() =>
            EmissionFactor.PerEnergy(1m, (Co2eMassUnit)77, ElectricEnergyUnit.MegawattHour)).ParamName);
    }

    [Fact]
    public void Apply_NegativeAmount_ThrowsNamingAmount()
    {
        var ex = Assert.Throws<ArgumentException>(() => Mongolia.Apply(-1m, ElectricEnergyUnit.MegawattHour));
        Assert.Equal("amount", ex.ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => Mongolia.Apply(Energy.FromMegawattHours(-1))).ParamName);
    }

    [Fact]
    public void Apply_NaNOrInfinity_ThrowsNamingQuantity()
    {
        // UnitsNet refuses non-finite quantities itself; whichever layer refuses, the caller gets an ArgumentException.
        Assert.ThrowsAny<ArgumentException>(() => Mongolia.Apply(Energy.FromMegawattHours(double.NaN)));
        Assert.ThrowsAny<ArgumentException>(() =>
            EmissionFactor.PerVolume(1m, Co2eMassUnit.Tonne, FuelVolumeUnit.Litre).Apply(Volume.FromLiters(double.PositiveInfinity)));
        Assert.ThrowsAny<ArgumentException>(() =>
            EmissionFactor.PerMass(1m, Co2eMassUnit.Tonne, FuelMassUnit.Tonne).Apply(Mass.FromTonnes(double.NegativeInfinity)));
        Assert.Equal("energy", Assert.Throws<ArgumentOutOfRangeException>(() => Mongolia.Apply(Energy.FromMegawattHours(1e30))).ParamName);
    }

    [Fact]
    public void Apply_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => EmissionFactor.TonnesPerMegawattHour(1e20m).Apply(1e20m, ElectricEnergyUnit.MegawattHour));
    }

    [Fact]
    public void Default_UnsupportedUnitEnum_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => default(EmissionFactor<DayOfWeek>).Apply(1m, DayOfWeek.Monday));
        Assert.Equal("unit", ex.ParamName);
    }

    [Fact]
    public void PerEnergyFactor_HasNoOverloadForVolumes()
    {
        // "Applying a per-energy factor to a volume must not compile": no Apply overload of the per-energy
        // factor (instance or extension) accepts a volume unit or a UnitsNet Volume.
        var instance = typeof(EmissionFactor<ElectricEnergyUnit>).GetMethods().Where(m => m.Name == "Apply");
        var extensions = typeof(EmissionFactor).GetMethods().Where(m => m.Name == "Apply"
            && m.GetParameters()[0].ParameterType == typeof(EmissionFactor<ElectricEnergyUnit>));
        Type[] accepted = instance.Concat(extensions).SelectMany(m => m.GetParameters()).Select(p => p.ParameterType).ToArray();
        Assert.Contains(typeof(ElectricEnergyUnit), accepted);
        Assert.DoesNotContain(typeof(FuelVolumeUnit), accepted);
        Assert.DoesNotContain(typeof(Volume), accepted);
        Assert.DoesNotContain(typeof(Mass), accepted);
    }
}
