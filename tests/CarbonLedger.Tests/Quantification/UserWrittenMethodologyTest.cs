using System;
using System.Linq;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

/// <summary>
/// A methodology written against the public abstractions only, as a library user would: methane destroyed by a flare
/// (reference side, converted with the methodology's GWP set) minus the grid electricity the blower uses (project side,
/// with a declared conservative default for missing data).
/// </summary>
public sealed class MethaneFlaringMethodology(GwpSet gwpSet)
    : Methodology<MethaneFlaringInput>(MethodologyId.Parse("KZ_PM002"), MethodologyVersion.Parse("Ver1.0"), "Methane flaring", gwpSet)
{
    protected override PeriodEmissions Calculate(MethaneFlaringInput input, CalculationContext context)
    {
        Term methane = context.Monitored("MD_CH4,p", input.MethaneDestroyed, ParameterDimension.FuelMass, ParameterSide.Reference);
        Term gwp = context.GlobalWarmingPotential(GreenhouseGas.Methane);          // from the stated GWP set
        var blower = GapDefault.PerHour("P_blower", ExAnteParameter.Create(5m, ParameterUnit.Kilowatt, "nameplate"));
        Term electricity = context.Monitored("EC_PJ,p", input.Electricity, ParameterDimension.Energy, ParameterSide.Project, blower);
        Term factor = context.ExAnte("EF_grid", input.GridFactor, ParameterDimension.EmissionFactorPerEnergy);
        Co2e reference = context.Emissions("RE_p", "MD_CH4,p × GWP_CH4", methane * gwp);
        Co2e project = context.Emissions("PE_p", "EC_PJ,p × EF_grid", electricity * factor);
        return new PeriodEmissions(reference, project);
    }
}

public sealed record MethaneFlaringInput(MonitoredParameter MethaneDestroyed, MonitoredParameter Electricity, ExAnteParameter GridFactor);

public class UserWrittenMethodologyTest
{
    private static readonly ExAnteParameter GridFactor = ExAnteParameter.Create(0.9m, ParameterUnit.TonneCo2PerMegawattHour, "supplied KZ factor");

    private static MethaneFlaringInput Totals(decimal methaneTonnes, decimal electricityMegawattHours) => new(
        MonitoredParameter.FromPeriodTotal(methaneTonnes, ParameterUnit.Tonne, MonitoringOption.C, "flow meter and gas analyser"),
        MonitoredParameter.FromPeriodTotal(electricityMegawattHours, ParameterUnit.MegawattHour, MonitoringOption.B, "utility invoices"),
        GridFactor);

    [Fact]
    public void Quantify_Ar5_UsesMethodologyGwp()
    {
        // RE = 100 t CH4 × 28 = 2,800 t; PE = 20 MWh × 0.9 = 18 t; ER = 2,782 t.
        QuantificationResult result = new MethaneFlaringMethodology(GwpSet.Ar5).Quantify(Fixtures.Year2024, Fixtures.AlmatySite, Totals(100m, 20m));
        Assert.Equal(Co2e.FromTonnes(2_800m), result.ReferenceEmissions);
        Assert.Equal(Co2e.FromTonnes(18m), result.ProjectEmissions);
        Assert.Equal(2_782L, result.Credits);
        Assert.Equal(GwpSet.Ar5, result.GwpSet);
        Assert.Equal("RE_p = MD_CH4,p × GWP_CH4 = 100 × 28 = 2800 tCO2e", result.Trace.FindStep("RE_p")!.ToString());
        Assert.Contains("set AR5 stated by KZ_PM002 Ver1.0", result.Trace.FindParameter("GWP_CH4")!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantify_Ar6_DifferentGwp()
    {
        // RE = 100 × 27.9 = 2,790; ER = 2,772.
        QuantificationResult result = new MethaneFlaringMethodology(GwpSet.Ar6).Quantify(Fixtures.Year2024, Fixtures.AlmatySite, Totals(100m, 20m));
        Assert.Equal(2_772L, result.Credits);
    }

    [Fact]
    public void Quantify_MeterErrorOnMethane_SameCorrectionRulesAsBuiltIns()
    {
        // MPE 2 % on the reference side: 100 × 0.98 = 98 t CH4 × 28 = 2,744; ER = 2,726.
        var input = Totals(100m, 20m) with
        {
            MethaneDestroyed = MonitoredParameter.FromPeriodTotal(100m, ParameterUnit.Tonne, MonitoringOption.C, "flow meter", MeterAccuracy.ForAllReadings(0.02m)),
        };
        QuantificationResult result = new MethaneFlaringMethodology(GwpSet.Ar5).Quantify(Fixtures.Year2024, Fixtures.AlmatySite, input);
        Assert.Equal(2_726L, result.Credits);
        TraceCorrection correction = Assert.Single(result.Trace.Corrections);
        Assert.Equal(CorrectionKind.MaximumPermissibleError, correction.Kind);
        Assert.Equal(100m, correction.Before);
        Assert.Equal(98m, correction.After);
    }

    [Fact]
    public void Quantify_ReadingsAcrossAlmatyNewYear_VintagesFromReadingsWithGapDefault()
    {
        // Period 31 Dec 2024 – 1 Jan 2025 in Almaty (UTC+5). Methane: 3 t on 31 Dec local, 5 t on 1 Jan local.
        // Electricity: only the 2024 day is metered (1 MWh); the 2025 day is missing and filled with the blower's
        // 5 kW × 24 h = 0.12 MWh. Vintage 2024: RE 84, PE 0.9, ER 83.1; vintage 2025: RE 140, PE 0.108, ER 139.892.
        // Period: RE 224, PE 1.008, ER 222.992 → 222 credits, split 83.1 : 139.892 by largest remainder → 83 and 139.
        var period = new MonitoringPeriod(new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 1));
        Instant midnight2024 = Instant.FromUtc(2024, 12, 30, 19, 0);
        Instant midnight2025 = Instant.FromUtc(2024, 12, 31, 19, 0);
        Instant end = Instant.FromUtc(2025, 1, 1, 19, 0);
        var methane = MeterReadingSeries.Create(Fixtures.AlmatySite, period, ParameterUnit.Tonne,
            [new MeterReading(midnight2025, end, 5m), new MeterReading(midnight2024, midnight2025, 3m)]);
        var electricity = MeterReadingSeries.Create(Fixtures.AlmatySite, period, ParameterUnit.MegawattHour,
            [new MeterReading(midnight2024, midnight2025, 1m)]);
        var input = new MethaneFlaringInput(
            MonitoredParameter.FromReadings(methane, MonitoringOption.C, "flare meter"),
            MonitoredParameter.FromReadings(electricity, MonitoringOption.C, "blower meter"),
            GridFactor);
        QuantificationResult result = new MethaneFlaringMethodology(GwpSet.Ar5).Quantify(period, Fixtures.AlmatySite, input);
        Assert.Equal(VintageBasis.MeterReadings, result.VintageBasis);
        Assert.Equal(Co2e.FromTonnes(222.992m), result.EmissionReductions);
        Assert.Equal(222L, result.Credits);
        Assert.Equal(new[] { 2024, 2025 }, result.Vintages.Select(v => v.Year));
        Assert.Equal(Co2e.FromTonnes(83.1m), result.Vintages[0].EmissionReductions);
        Assert.Equal(Co2e.FromTonnes(139.892m), result.Vintages[1].EmissionReductions);
        Assert.Equal(new[] { 83L, 139L }, result.Vintages.Select(v => v.Credits));
        TraceCorrection gap = Assert.Single(result.Vintages[1].Trace.Corrections);
        Assert.Equal(CorrectionKind.MissingDataConservativeDefault, gap.Kind);
        Assert.Equal(0.12m, gap.After);
        Assert.StartsWith("vintage 2025", result.Vintages[1].Trace.Heading.Split("; ")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Quantify_MethodologyRecordsErItself_ThrowsSymbolReused()
    {
        var clash = new ClashingMethodology();
        var ex = Assert.Throws<ArgumentException>(() => clash.Quantify(Fixtures.Year2024, Fixtures.AlmatySite, Totals(1m, 1m)));
        Assert.Equal("symbol", ex.ParamName);
        Assert.Contains("ER_p", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantify_SameSymbolForTwoParameters_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DuplicateSymbolMethodology().Quantify(Fixtures.Year2024, Fixtures.AlmatySite, Totals(1m, 1m)));
        Assert.Equal("symbol", ex.ParamName);
    }

    private sealed class ClashingMethodology : Methodology<MethaneFlaringInput>
    {
        public ClashingMethodology()
            : base(MethodologyId.Parse("KZ_PM003"), new MethodologyVersion(1, 0), "Records ER_p itself", GwpSet.Ar5)
        {
        }

        protected override PeriodEmissions Calculate(MethaneFlaringInput input, CalculationContext context)
        {
            context.Emissions("ER_p", "wrong", Term.Constant(1m));
            return new PeriodEmissions(Co2e.FromTonnes(1m), Co2e.Zero);
        }
    }

    private sealed class DuplicateSymbolMethodology : Methodology<MethaneFlaringInput>
    {
        public DuplicateSymbolMethodology()
            : base(MethodologyId.Parse("KZ_PM004"), new MethodologyVersion(1, 0), "Uses one symbol twice", GwpSet.Ar5)
        {
        }

        protected override PeriodEmissions Calculate(MethaneFlaringInput input, CalculationContext context)
        {
            context.Monitored("X", input.MethaneDestroyed, ParameterDimension.FuelMass, ParameterSide.Reference);
            context.Monitored("X", input.Electricity, ParameterDimension.Energy, ParameterSide.Project);
            return new PeriodEmissions(Co2e.Zero, Co2e.Zero);
        }
    }
}
