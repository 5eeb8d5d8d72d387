using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantification.Tool07;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Tool07;

public class OperatingMarginTest
{
    private static PowerUnit Unit(string id, decimal megawattHours, decimal factor, bool lcmr = false) =>
        new(id, megawattHours, EmissionFactor.TonnesPerMegawattHour(factor), lcmr);

    private static readonly PowerUnit[] System =
    [
        Unit("Coal-1", 600_000m, 1.0m),
        Unit("Gas-1", 400_000m, 0.45m),
        Unit("Hydro-1", 300_000m, 0m, lcmr: true),
    ];

    [Fact]
    public void SimpleOptionA_ExcludesLowCostMustRun()
    {
        // (600,000 × 1.0 + 400,000 × 0.45) ÷ 1,000,000 = 780,000 ÷ 1,000,000 = 0.78. LCMR share 300,000 ÷ 1,300,000 < 0.5.
        GridFactorCalculation om = OperatingMargin.SimpleOptionA(System);
        Assert.Equal(0.78m, om.TonnesPerMegawattHour);
        Assert.Equal(
            "EF_grid,OMsimple,y = Σ_m EG_m,y × EF_EL,m,y ÷ Σ_m EG_m,y = (EG_Coal-1,y × EF_EL,Coal-1,y + EG_Gas-1,y × EF_EL,Gas-1,y) ÷ (EG_Coal-1,y + EG_Gas-1,y) " +
            "= (600000 × 1 + 400000 × 0.45) ÷ (600000 + 400000) = 0.78 tCO2/MWh",
            om.Trace.FindStep("EF_grid,OMsimple,y")!.ToString());
        Assert.Equal(0.2308m, Math.Round(om.Trace.FindStep("share_LCMR,y")!.Value, 4, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void SimpleOptionA_LowCostMustRunHalf_Rejected()
    {
        // 1,000,000 ÷ 2,000,000 = exactly 50 %: not below 50 %, so the simple OM may not be used.
        var ex = Assert.Throws<ArgumentException>(() => OperatingMargin.SimpleOptionA(
            [Unit("Coal-1", 600_000m, 1.0m), Unit("Gas-1", 400_000m, 0.45m), Unit("Hydro-1", 1_000_000m, 0m, lcmr: true)]));
        Assert.Equal("units", ex.ParamName);
        Assert.StartsWith("Low-cost/must-run units supply 50 % of generation; the simple OM needs less than 50 %", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimpleOptionA_DuplicateIds_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OperatingMargin.SimpleOptionA([Unit("A", 1m, 1m), Unit("A", 1m, 1m)]));
        Assert.Equal("units", ex.ParamName);
    }

    [Fact]
    public void SimpleOptionB_FuelChainOverGeneration()
    {
        // Coal: 250,000 t × 25.8 GJ/t × 94.6 t/TJ = 610,170 t. Gas: 50,000 thousand m3 × 34 MJ/m3 × 56.1 t/TJ = 1,700 TJ × 56.1 = 95,370 t.
        // (610,170 + 95,370) ÷ 900,000 MWh = 705,540 ÷ 900,000 = 0.78393… → 0.7839.
        GridFactorCalculation om = OperatingMargin.SimpleOptionB(
        [
            new SystemFuelUse("Coal", 250_000m, ParameterUnit.Tonne, 25.8m, ParameterUnit.GigajoulePerTonne, EmissionFactor.TonnesPerTerajoule(94.6m)),
            new SystemFuelUse("Gas", 50_000m, ParameterUnit.ThousandCubicMetres, 34m, ParameterUnit.MegajoulePerCubicMetre, EmissionFactor.TonnesPerTerajoule(56.1m)),
        ], 900_000m, 100_000m);
        Assert.Equal(705_540m, om.Trace.FindStep("Σ_i FC_i,y × NCV_i,y × EF_CO2,i,y")!.Value);
        Assert.Equal(0.7839m, om.Round(4, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void SimpleOptionB_LowCostMustRunMajority_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => OperatingMargin.SimpleOptionB(
            [new SystemFuelUse("Coal", 1m, ParameterUnit.Tonne, 25.8m, ParameterUnit.GigajoulePerTonne, EmissionFactor.TonnesPerTerajoule(94.6m))],
            400_000m, 600_000m));
        Assert.Equal("lowCostMustRunGenerationMegawattHours", ex.ParamName);
    }

    [Fact]
    public void SystemFuelUse_VolumeWithNcvPerMass_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new SystemFuelUse("Gas", 1m, ParameterUnit.CubicMetre, 48m, ParameterUnit.GigajoulePerTonne, EmissionFactor.TonnesPerTerajoule(56.1m)));
        Assert.Equal("netCalorificValueUnit", ex.ParamName);
    }

    [Fact]
    public void SimpleAdjusted_LambdaTenthOfYear()
    {
        // λ = 876 ÷ 8760 = 0.1; OM = 0.9 × 0.78 + 0.1 × 0 = 0.702.
        GridFactorCalculation om = OperatingMargin.SimpleAdjusted(System, 876m);
        Assert.Equal(0.702m, om.TonnesPerMegawattHour);
        Assert.Equal(0.1m, om.Trace.FindStep("λ_y")!.Value);
    }

    [Fact]
    public void SimpleAdjusted_HoursBeyondYear_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => OperatingMargin.SimpleAdjusted(System, 8761m));
        Assert.Equal("lowCostMustRunHoursOnMargin", ex.ParamName);
    }

    [Fact]
    public void Average_IncludesLowCostMustRun()
    {
        // 780,000 t ÷ 1,300,000 MWh = 0.6.
        Assert.Equal(0.6m, OperatingMargin.Average(System).TonnesPerMegawattHour);
    }

    [Fact]
    public void DispatchData_WeightedByProjectGeneration()
    {
        // (10 × 0.8 + 30 × 0.6 + 0 × 1.0) ÷ 40 = 26 ÷ 40 = 0.65.
        GridFactorCalculation om = OperatingMargin.DispatchData(
        [
            new DispatchHour(10m, EmissionFactor.TonnesPerMegawattHour(0.8m)),
            new DispatchHour(30m, EmissionFactor.TonnesPerMegawattHour(0.6m)),
            new DispatchHour(0m, EmissionFactor.TonnesPerMegawattHour(1.0m)),
        ]);
        Assert.Equal(0.65m, om.TonnesPerMegawattHour);
    }

    [Fact]
    public void DispatchData_NoGeneration_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OperatingMargin.DispatchData([new DispatchHour(0m, EmissionFactor.TonnesPerMegawattHour(1m))]));
        Assert.Equal("hours", ex.ParamName);
    }

    [Fact]
    public void ExAnteThreeYearAverage_GenerationWeighted()
    {
        // (0.75 × 1,000 + 0.78 × 2,000 + 0.80 × 1,000) ÷ 4,000 = 3,110 ÷ 4,000 = 0.7775.
        GridFactorCalculation om = OperatingMargin.ExAnteThreeYearAverage(
        [
            new AnnualMargin(2017, EmissionFactor.TonnesPerMegawattHour(0.80m), 1_000m),
            new AnnualMargin(2015, EmissionFactor.TonnesPerMegawattHour(0.75m), 1_000m),
            new AnnualMargin(2016, EmissionFactor.TonnesPerMegawattHour(0.78m), 2_000m),
        ]);
        Assert.Equal(0.7775m, om.TonnesPerMegawattHour);
    }

    [Fact]
    public void ExAnteThreeYearAverage_GapInYears_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OperatingMargin.ExAnteThreeYearAverage(
        [
            new AnnualMargin(2014, EmissionFactor.TonnesPerMegawattHour(0.8m), 1m),
            new AnnualMargin(2016, EmissionFactor.TonnesPerMegawattHour(0.8m), 1m),
            new AnnualMargin(2017, EmissionFactor.TonnesPerMegawattHour(0.8m), 1m),
        ]));
        Assert.Equal("years", ex.ParamName);
        Assert.Throws<ArgumentException>(() => OperatingMargin.ExAnteThreeYearAverage([new AnnualMargin(2017, EmissionFactor.TonnesPerMegawattHour(0.8m), 1m)]));
    }

    [Fact]
    public void EmissionFactorFromEfficiency_CoalAt38Percent()
    {
        // 94.6 t/TJ × 0.0036 TJ/MWh ÷ 0.38 = 0.34056 ÷ 0.38 = 0.89621… tCO2/MWh.
        EmissionFactor<ElectricEnergyUnit> factor = PowerUnit.EmissionFactorFromEfficiency(EmissionFactor.TonnesPerTerajoule(94.6m), 0.38m);
        Assert.Equal(0.8962m, Math.Round(factor.TonnesPerCanonicalUnit, 4, MidpointRounding.AwayFromZero));
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerUnit.EmissionFactorFromEfficiency(EmissionFactor.TonnesPerTerajoule(94.6m), 0m));
    }

    [Fact]
    public void PowerUnit_NegativeGeneration_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Unit("A", -1m, 1m));
        Assert.Equal("netGenerationMegawattHours", ex.ParamName);
    }
}
