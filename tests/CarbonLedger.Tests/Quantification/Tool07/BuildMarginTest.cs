using System;
using System.Linq;
using CarbonLedger.Quantification.Tool07;
using CarbonLedger.Quantities;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Tool07;

public class BuildMarginTest
{
    private static PowerUnit Unit(string id, decimal megawattHours, decimal factor, int year) =>
        new(id, megawattHours, EmissionFactor.TonnesPerMegawattHour(factor), factor == 0m, new LocalDate(year, 1, 1));

    [Fact]
    public void SelectSample_TwentyPercentSetLarger_Chosen()
    {
        // Total 5,000 MWh; 20 % = 1,000. SET_5 (U1–U5) = 800 MWh; SET_≥20 % runs to U6 (300 + 200 + 100 + 100 + 100 + 1,000
        // = 1,800 ≥ 1,000). 1,800 > 800, so SET_≥20 %: BM = (300 × 0.4 + 200 × 0 + 3 × 100 × 0.9 + 1,000 × 1) ÷ 1,800
        // = 1,390 ÷ 1,800 = 0.77222… → 0.7722.
        PowerUnit[] units =
        [
            Unit("U7", 3_200m, 1.0m, 2000), Unit("U1", 300m, 0.4m, 2020), Unit("U2", 200m, 0m, 2019), Unit("U3", 100m, 0.9m, 2018),
            Unit("U4", 100m, 0.9m, 2017), Unit("U5", 100m, 0.9m, 2016), Unit("U6", 1_000m, 1.0m, 2015),
        ];
        BuildMarginSample sample = BuildMargin.SelectSample(units);
        Assert.Equal(BuildMarginSampleChoice.TwentyPercentOfGeneration, sample.Choice);
        Assert.Equal(new[] { "U1", "U2", "U3", "U4", "U5" }, sample.FiveMostRecentUnits.Select(u => u.Id));
        Assert.Equal(800m, sample.FiveMostRecentGenerationMegawattHours);
        Assert.Equal(1_800m, sample.TwentyPercentGenerationMegawattHours);
        Assert.Equal(5_000m, sample.SystemGenerationMegawattHours);
        Assert.Equal(0.7722m, BuildMargin.Calculate(sample).Round(4, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void SelectSample_FiveUnitsLarger_Chosen()
    {
        // Total 1,000; 20 % = 200 reached by U1 alone (300). SET_5 = 800 > 300: BM = (120 + 0 + 270) ÷ 800 = 0.4875.
        PowerUnit[] units =
        [
            Unit("U1", 300m, 0.4m, 2020), Unit("U2", 200m, 0m, 2019), Unit("U3", 100m, 0.9m, 2018), Unit("U4", 100m, 0.9m, 2017),
            Unit("U5", 100m, 0.9m, 2016), Unit("U6", 50m, 1.0m, 2015), Unit("U7", 150m, 1.0m, 2000),
        ];
        BuildMarginSample sample = BuildMargin.SelectSample(units);
        Assert.Equal(BuildMarginSampleChoice.FiveMostRecentUnits, sample.Choice);
        Assert.Equal(new[] { "U1" }, sample.TwentyPercentUnits.Select(u => u.Id));
        Assert.Equal(0.4875m, BuildMargin.Calculate(units).TonnesPerMegawattHour);
    }

    [Fact]
    public void SelectSample_SameDate_OrderedById()
    {
        PowerUnit[] units = [Unit("B", 10m, 1m, 2020), Unit("A", 10m, 1m, 2020), Unit("C", 80m, 1m, 2010)];
        BuildMarginSample sample = BuildMargin.SelectSample(units);
        Assert.Equal(new[] { "A", "B", "C" }, sample.FiveMostRecentUnits.Select(u => u.Id));
        Assert.Equal(new[] { "A", "B" }, sample.TwentyPercentUnits.Select(u => u.Id));
    }

    [Fact]
    public void SelectSample_NoCommissioningDate_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => BuildMargin.SelectSample([new PowerUnit("X", 1m, EmissionFactor.TonnesPerMegawattHour(1m), false)]));
        Assert.Equal("units", ex.ParamName);
        Assert.Contains("'X' has none", ex.Message, StringComparison.Ordinal);
    }
}
