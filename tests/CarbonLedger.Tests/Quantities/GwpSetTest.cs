using System;
using System.Collections.Generic;
using CarbonLedger.Quantities;
using UnitsNet;
using Xunit;

namespace CarbonLedger.Tests.Quantities;

public class GwpSetTest
{
    [Fact]
    public void ToCo2e_MethaneUnderAr5_Is28()
    {
        Assert.Equal(Co2e.FromTonnes(28m), GwpSet.Ar5.ToCo2e(GreenhouseGas.Methane, 1m));
    }

    [Fact]
    public void ToCo2e_NitrousOxideUnderAr6_Is273()
    {
        Assert.Equal(Co2e.FromTonnes(273m), GwpSet.Ar6.ToCo2e(GreenhouseGas.NitrousOxide, 1m));
    }

    [Theory]
    [InlineData("AR4", GreenhouseGas.CarbonDioxide, "1")]
    [InlineData("AR4", GreenhouseGas.Methane, "25")]
    [InlineData("AR4", GreenhouseGas.NitrousOxide, "298")]
    [InlineData("AR4", GreenhouseGas.SulphurHexafluoride, "22800")]
    [InlineData("AR4", GreenhouseGas.NitrogenTrifluoride, "17200")]
    [InlineData("AR4", GreenhouseGas.Hfc23, "14800")]
    [InlineData("AR4", GreenhouseGas.Hfc134a, "1430")]
    [InlineData("AR4", GreenhouseGas.Cf4, "7390")]
    [InlineData("AR5", GreenhouseGas.CarbonDioxide, "1")]
    [InlineData("AR5", GreenhouseGas.Methane, "28")]
    [InlineData("AR5", GreenhouseGas.NitrousOxide, "265")]
    [InlineData("AR5", GreenhouseGas.SulphurHexafluoride, "23500")]
    [InlineData("AR5", GreenhouseGas.NitrogenTrifluoride, "16100")]
    [InlineData("AR5", GreenhouseGas.Hfc23, "12400")]
    [InlineData("AR5", GreenhouseGas.Hfc134a, "1300")]
    [InlineData("AR5", GreenhouseGas.Cf4, "6630")]
    [InlineData("AR6", GreenhouseGas.CarbonDioxide, "1")]
    [InlineData("AR6", GreenhouseGas.Methane, "27.9")]
    [InlineData("AR6", GreenhouseGas.NitrousOxide, "273")]
    [InlineData("AR6", GreenhouseGas.SulphurHexafluoride, "25200")]
    [InlineData("AR6", GreenhouseGas.NitrogenTrifluoride, "17400")]
    [InlineData("AR6", GreenhouseGas.Hfc23, "14600")]
    [InlineData("AR6", GreenhouseGas.Hfc134a, "1526")]
    [InlineData("AR6", GreenhouseGas.Cf4, "7380")]
    public void GetPotential_PublishedValues(string set, GreenhouseGas gas, string expected)
    {
        GwpSet gwp = set switch { "AR4" => GwpSet.Ar4, "AR5" => GwpSet.Ar5, _ => GwpSet.Ar6 };
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), gwp[gas]);
        Assert.Equal(set, gwp.Name);
    }

    [Fact]
    public void ToCo2e_FractionalMethaneAr6_Exact()
    {
        Assert.Equal(2.79m, GwpSet.Ar6.ToCo2e(GreenhouseGas.Methane, 0.1m).Tonnes);
    }

    [Fact]
    public void ToCo2e_UnitsNetMass_ConvertedThenExact()
    {
        Assert.Equal(0.028m, GwpSet.Ar5.ToCo2e(GreenhouseGas.Methane, Mass.FromKilograms(1)).Tonnes);
    }

    [Fact]
    public void Create_Custom_LooksUpAndEquality()
    {
        var values = new Dictionary<GreenhouseGas, decimal> { [GreenhouseGas.CarbonDioxide] = 1m, [GreenhouseGas.Methane] = 21m };
        GwpSet sar = GwpSet.Create("SAR", values);
        Assert.Equal(21m, sar[GreenhouseGas.Methane]);
        Assert.Equal(sar, GwpSet.Create("SAR", values));
        Assert.NotEqual(sar, GwpSet.Ar4);
        Assert.Equal([GreenhouseGas.CarbonDioxide, GreenhouseGas.Methane], sar.Gases);
        var ex = Assert.Throws<ArgumentException>(() => sar.GetPotential(GreenhouseGas.Cf4));
        Assert.Equal("gas", ex.ParamName);
        Assert.Contains("SAR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadValues_Rejected()
    {
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => GwpSet.Create("X",
            new Dictionary<GreenhouseGas, decimal> { [GreenhouseGas.Methane] = 21m })).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => GwpSet.Create("X",
            new Dictionary<GreenhouseGas, decimal> { [GreenhouseGas.CarbonDioxide] = 2m })).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => GwpSet.Create("X",
            new Dictionary<GreenhouseGas, decimal> { [GreenhouseGas.CarbonDioxide] = 1m, [GreenhouseGas.Methane] = 0m })).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => GwpSet.Create("X",
            new Dictionary<GreenhouseGas, decimal> { [GreenhouseGas.CarbonDioxide] = 1m, [(GreenhouseGas)99] = 5m })).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => GwpSet.Create(" ",
            new Dictionary<GreenhouseGas, decimal> { [GreenhouseGas.CarbonDioxide] = 1m })).ParamName);
    }
}
