using System;
using System.Linq;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Quantification.GridEmissionFactors;

public class JcmGridEmissionFactorsTest
{
    [Fact]
    public void Mongolia_BothCases()
    {
        Assert.Equal(EmissionFactor.TonnesPerMegawattHour(0.797m), JcmGridEmissionFactors.Get("MN", "National grid", GridConnectionCase.GridConnected));
        Assert.Equal(EmissionFactor.TonnesPerMegawattHour(0.533m), JcmGridEmissionFactors.Get("mn", "CES", GridConnectionCase.CaptiveOrIsolated));
        Assert.Contains("MN_AM003", JcmGridEmissionFactors.Mongolia.Source, StringComparison.Ordinal);
        Assert.True(JcmGridEmissionFactors.Mongolia.IsPublished);
    }

    [Theory]
    [InlineData("Jamali, 3 Nusa, Karimun Jawa", 0.619, 0.533)]
    [InlineData("Sumatra", 0.458, 0.458)]
    [InlineData("Nias, Pulau Tello", 0.533, 0.533)]
    [InlineData("Siberut, Siberut Utara, Sipora, Pagai Selatan", 0.529, 0.529)]
    [InlineData("Batam group", 0.499, 0.499)]
    [InlineData("Bengkalis group", 0.545, 0.533)]
    [InlineData("Bangka, Belitung", 0.628, 0.533)]
    [InlineData("Barito", 0.653, 0.533)]
    [InlineData("Khatulistiwa", 0.549, 0.533)]
    [InlineData("Mahakam and Tarakan", 0.534, 0.533)]
    [InlineData("Sulutgo", 0.274, 0.274)]
    [InlineData("Sulselbar", 0.243, 0.243)]
    public void Indonesia_Table1Row(string grid, double case1, double case2)
    {
        GridEmissionFactorSet set = JcmGridEmissionFactors.Find("ID", grid);
        Assert.Equal((decimal)case1, set.For(GridConnectionCase.GridConnected).TonnesPerCanonicalUnit);
        Assert.Equal((decimal)case2, set.For(GridConnectionCase.CaptiveOrIsolated).TonnesPerCanonicalUnit);
        Assert.Contains("Table 1", set.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesia_TwelveRows_Case2IsLowerOfCase1And0533()
    {
        Assert.Equal(12, JcmGridEmissionFactors.Indonesia.Count);
        foreach (GridEmissionFactorSet set in JcmGridEmissionFactors.Indonesia)
        {
            decimal case1 = set.GridConnected.TonnesPerCanonicalUnit;
            Assert.Equal(Math.Min(case1, 0.533m), set.For(GridConnectionCase.CaptiveOrIsolated).TonnesPerCanonicalUnit);
        }
    }

    [Theory]
    [InlineData("Jamali", 0.619)]
    [InlineData("  karimun   jawa ", 0.619)]
    [InlineData("Batam", 0.499)]
    [InlineData("Tanjung Balai Karimun", 0.499)]
    [InlineData("Selat Panjang", 0.545)]
    [InlineData("Tarakan", 0.534)]
    [InlineData("Belitung", 0.628)]
    public void Find_ByListedGrid_FindsRow(string grid, double case1)
    {
        Assert.Equal((decimal)case1, JcmGridEmissionFactors.Get("ID", grid, GridConnectionCase.GridConnected).TonnesPerCanonicalUnit);
    }

    [Fact]
    public void All_NoGridNameListedTwiceInACountry()
    {
        var names = JcmGridEmissionFactors.All
            .SelectMany(e => e.Systems.Append(e.Grid).Distinct().Select(s => e.CountryAlpha2 + ":" + GridEmissionFactorSet.Normalize(s)))
            .ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Find_Kazakhstan_ThrowsAskingUserToSupplyFactor()
    {
        var ex = Assert.Throws<ArgumentException>(() => JcmGridEmissionFactors.Find("KZ", "Unified power system"));
        Assert.Equal("countryAlpha2", ex.ParamName);
        Assert.StartsWith("No JCM grid emission factor is published for Kazakhstan (KZ); CarbonLedger will not invent one", ex.Message, StringComparison.Ordinal);
        Assert.False(JcmGridEmissionFactors.IsPublished("KZ"));
        Assert.False(JcmGridEmissionFactors.TryFind("KZ", "any", out _));
    }

    [Fact]
    public void Find_UnknownIndonesianGrid_ThrowsListingKnownGrids()
    {
        var ex = Assert.Throws<ArgumentException>(() => JcmGridEmissionFactors.Find("ID", "Kendari"));
        Assert.Equal("grid", ex.ParamName);
        Assert.Contains("Unknown grid 'Kendari' for ID; CarbonLedger holds: Jamali, 3 Nusa, Karimun Jawa; Sumatra;", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToParameter_OptionAWithSourceNamingGridAndCase()
    {
        ExAnteParameter parameter = JcmGridEmissionFactors.Find("ID", "Sulselbar").ToParameter(GridConnectionCase.CaptiveOrIsolated);
        Assert.Equal(0.243m, parameter.Value);
        Assert.Equal(MonitoringOption.A, parameter.Option);
        Assert.EndsWith("ID grid 'Sulselbar', case 2 (CaptiveOrIsolated)", parameter.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Supplied_CaseOneOnly_CaseTwoThrows()
    {
        var set = GridEmissionFactorSet.Supplied("kz", "Unified power system", EmissionFactor.TonnesPerMegawattHour(0.9m), "TOOL07");
        Assert.Equal("KZ", set.CountryAlpha2);
        Assert.False(set.IsPublished);
        Assert.False(set.HasCaptiveOrIsolated);
        var ex = Assert.Throws<ArgumentException>(() => set.For(GridConnectionCase.CaptiveOrIsolated));
        Assert.Equal("connection", ex.ParamName);
        Assert.Equal("KZ Unified power system: case 1 0.9 tCO2e/MWh", set.ToString());
    }

    [Fact]
    public void Supplied_BadCountryCode_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => GridEmissionFactorSet.Supplied("KAZ", "grid", EmissionFactor.TonnesPerMegawattHour(0.9m), "x"));
        Assert.Equal("countryAlpha2", ex.ParamName);
    }
}
