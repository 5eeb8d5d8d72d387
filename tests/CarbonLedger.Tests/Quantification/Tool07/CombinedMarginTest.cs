using System;
using CarbonLedger.Quantification.Tool07;
using CarbonLedger.Quantities;
using CarbonLedger.Tests.Contracts;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Tool07;

public class CombinedMarginTest
{
    private static readonly EmissionFactor<ElectricEnergyUnit> MindanaoOm = EmissionFactor.TonnesPerMegawattHour(0.7797m);
    private static readonly EmissionFactor<ElectricEnergyUnit> MindanaoBm = EmissionFactor.TonnesPerMegawattHour(0.8045m);

    [Fact]
    public void Calculate_MindanaoWindSolar_0Point7859()
    {
        // Philippine DOE, Mindanao grid 2015–2017: OM 0.7797, BM 0.8045; wind/solar weights 0.75/0.25.
        GridFactorCalculation cm = CombinedMargin.Calculate(MindanaoOm, MindanaoBm, CombinedMarginWeights.For(GridProjectType.WindOrSolar, 1));
        Assert.Equal(0.7859m, cm.Round(4, MidpointRounding.AwayFromZero));
        Assert.Equal(0.7859m, cm.TonnesPerMegawattHour);
        Assert.Equal("EF_grid,CM,y = w_OM × EF_grid,OM,y + w_BM × EF_grid,BM,y = 0.75 × 0.7797 + 0.25 × 0.8045 = 0.7859 tCO2/MWh",
            cm.Trace.FindStep("EF_grid,CM,y")!.ToString());
    }

    [Fact]
    public void Calculate_MindanaoOtherProjects_0Point7921()
    {
        GridFactorCalculation cm = CombinedMargin.Calculate(MindanaoOm, MindanaoBm, CombinedMarginWeights.For(GridProjectType.Other, 1));
        Assert.Equal(0.7921m, cm.Round(4, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Calculate_OtherProjectSecondCreditingPeriod_QuarterThreeQuarters()
    {
        // 0.25 × 0.7797 + 0.75 × 0.8045 = 0.194925 + 0.603375 = 0.7983.
        GridFactorCalculation cm = CombinedMargin.Calculate(MindanaoOm, MindanaoBm, CombinedMarginWeights.For(GridProjectType.Other, 2));
        Assert.Equal(0.7983m, cm.TonnesPerMegawattHour);
    }

    [Fact]
    public void Weights_WindSolarEveryPeriod()
    {
        Assert.Equal(CombinedMarginWeights.WindAndSolar, CombinedMarginWeights.For(GridProjectType.WindOrSolar, 3));
        Assert.Equal(0.25m, CombinedMarginWeights.For(GridProjectType.Other, 3).OperatingMargin);
        Assert.Equal(0.75m, CombinedMarginWeights.For(GridProjectType.Other, 3).BuildMargin);
    }

    [Fact]
    public void Weights_NotSummingToOne_ThrowsNamingRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => CombinedMarginWeights.Create(0.6m, 0.3m));
        Assert.Equal("buildMargin", ex.ParamName);
        Assert.StartsWith("Weights must sum to exactly 1; they sum to 0.9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CombinedMarginWeights.Create(1.2m, -0.2m));
        Assert.Throws<ArgumentOutOfRangeException>(() => CombinedMarginWeights.For(GridProjectType.Other, 4));
    }

    [Fact]
    public void Weights_Contract()
    {
        ValueContract.AssertEquality(CombinedMarginWeights.Create(0.5m, 0.5m), CombinedMarginWeights.Default, CombinedMarginWeights.WindAndSolar);
        Assert.Equal("w_OM 0.75, w_BM 0.25", CombinedMarginWeights.WindAndSolar.ToString());
    }

    [Fact]
    public void Calculate_FromCalculations_ChainsTraces()
    {
        GridFactorCalculation om = OperatingMargin.Average([new PowerUnit("A", 100m, EmissionFactor.TonnesPerMegawattHour(0.8m), false)]);
        GridFactorCalculation bm = OperatingMargin.Average([new PowerUnit("B", 100m, EmissionFactor.TonnesPerMegawattHour(0.4m), false)]);
        GridFactorCalculation cm = CombinedMargin.Calculate(om, bm, CombinedMarginWeights.Default);
        Assert.Equal(0.6m, cm.TonnesPerMegawattHour);
        Assert.Equal("average OM", cm.Trace.FindParameter("EF_grid,OM,y")!.Source);
        Assert.StartsWith("CDM TOOL07 combined margin: test data", cm.ToParameter("test data").Source, StringComparison.Ordinal);
    }
}
