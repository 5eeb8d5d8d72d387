using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Tests.Quantification.Methodologies;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

public class CorrectionTest
{
    private static readonly MonitoringPeriod TenDays = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 10));
    private static readonly MonitoringPeriod OneDay = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1));

    private static QuantificationResult Pv(MonitoringPeriod period, MonitoredParameter generation) =>
        SolarPvMethodology.MnAm003Ver2.Quantify(period, Fixtures.UtcSite, Fixtures.MongoliaPv(generation));

    [Fact]
    public void MaximumPermissibleError_ReferenceSide_ReducesOutput()
    {
        // 1,500 MWh less 0.5 %: 1,492.5 MWh × 0.797 = 1,189.5225 t → 1,189 credits.
        var generation = MonitoredParameter.FromPeriodTotal(1_500m, ParameterUnit.MegawattHour, MonitoringOption.C, "meter", MeterAccuracy.ForAllReadings(0.005m));
        QuantificationResult result = Pv(Fixtures.Year2024, generation);
        Assert.Equal(Co2e.FromTonnes(1_189.5225m), result.EmissionReductions);
        Assert.Equal(1_189L, result.Credits);
        TraceCorrection correction = Assert.Single(result.Trace.Corrections);
        Assert.Equal(CorrectionKind.MaximumPermissibleError, correction.Kind);
        Assert.Equal("EG_1,p", correction.Symbol);
        Assert.Equal(1_492.5m, correction.After);
        Assert.Equal("EG_1,p: MaximumPermissibleError — maximum permissible error 0.5 % applied against the project (Reference side, reduced): 1500 × 0.995: 1500 → 1492.5 MWh",
            correction.ToString());
        Assert.Equal(1_492.5m, result.Trace.FindParameter("EG_1,p")!.UsedValue);
    }

    [Fact]
    public void MaximumPermissibleError_ProjectSide_IncreasesInput()
    {
        // EC 50 MWh + 1 % = 50.5 MWh × 0.6 = 30.3 t; PE = 30.3 + 269.28 = 299.58; RE 480; ER 180.42 → 180.
        var electricity = MonitoredParameter.FromPeriodTotal(50m, ParameterUnit.MegawattHour, MonitoringOption.C, "meter", MeterAccuracy.ForAllReadings(0.01m));
        QuantificationResult result = AbsorptionChillerMethodologyTest.Methodology.Quantify(Fixtures.Year2024, Fixtures.UtcSite,
            AbsorptionChillerMethodologyTest.Input(4_000m, electricity, Fixtures.Total(100m, ParameterUnit.Tonne)));
        Assert.Equal(Co2e.FromTonnes(299.58m), result.ProjectEmissions);
        Assert.Equal(50.5m, Assert.Single(result.Trace.Corrections).After);
    }

    [Fact]
    public void DelayedCalibration_OnlyReadingsBetweenDueAndCalibration()
    {
        // Ten daily readings of 10 MWh. Calibration due 3 Jan, done 5 Jan: readings of 3, 4 and 5 Jan (30 MWh) take
        // the 2 % error: 100 − 30 × 0.02 = 99.4 MWh × 0.797 = 79.2218 t → 79 credits.
        var series = Fixtures.JanuaryDays(TenDays, Enumerable.Range(1, 10), 10m);
        var accuracy = MeterAccuracy.ForDelayedCalibrations(0.02m, [new CalibrationDelay(new LocalDate(2024, 1, 3), new LocalDate(2024, 1, 5))]);
        QuantificationResult result = Pv(TenDays, MonitoredParameter.FromReadings(series, MonitoringOption.C, "meter", accuracy));
        Assert.Equal(Co2e.FromTonnes(79.2218m), result.EmissionReductions);
        Assert.Equal(79L, result.Credits);
        TraceCorrection correction = Assert.Single(result.Trace.Corrections);
        Assert.Equal(CorrectionKind.DelayedCalibration, correction.Kind);
        Assert.Contains("to the 30 MWh read between calibration due and actual dates (due 2024-01-03, calibrated 2024-01-05)", correction.Description, StringComparison.Ordinal);
        Assert.Equal(99.4m, correction.After);
    }

    [Fact]
    public void DelayedCalibration_TwoWindows_NoReadingCountedTwice()
    {
        // Windows 2–3 Jan and 6–7 Jan: four readings (40 MWh) affected at 1 %: 100 − 0.4 = 99.6 MWh.
        var series = Fixtures.JanuaryDays(TenDays, Enumerable.Range(1, 10), 10m);
        var accuracy = MeterAccuracy.ForDelayedCalibrations(0.01m,
            [new CalibrationDelay(new LocalDate(2024, 1, 6), new LocalDate(2024, 1, 7)), new CalibrationDelay(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 3))]);
        QuantificationResult result = Pv(TenDays, MonitoredParameter.FromReadings(series, MonitoringOption.C, "meter", accuracy));
        Assert.Equal(99.6m, result.Trace.FindParameter("EG_1,p")!.UsedValue);
    }

    [Fact]
    public void DelayedCalibration_PeriodTotalTouchedByWindow_WholeTotalCorrected()
    {
        // A total cannot be dated, so the error applies to all of it: 1,000 × 0.99 = 990 MWh.
        var accuracy = MeterAccuracy.ForDelayedCalibrations(0.01m, [new CalibrationDelay(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 20))]);
        var generation = MonitoredParameter.FromPeriodTotal(1_000m, ParameterUnit.MegawattHour, MonitoringOption.C, "meter", accuracy);
        QuantificationResult result = Pv(Fixtures.Year2024, generation);
        Assert.Equal(990m, result.Trace.FindParameter("EG_1,p")!.UsedValue);
        Assert.Equal(CorrectionKind.DelayedCalibration, Assert.Single(result.Trace.Corrections).Kind);
    }

    [Fact]
    public void DelayedCalibration_WindowOutsidePeriod_NoCorrection()
    {
        var accuracy = MeterAccuracy.ForDelayedCalibrations(0.01m, [new CalibrationDelay(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 20))]);
        var generation = MonitoredParameter.FromPeriodTotal(1_000m, ParameterUnit.MegawattHour, MonitoringOption.C, "meter", accuracy);
        QuantificationResult result = Pv(Fixtures.Year2024, generation);
        Assert.Empty(result.Trace.Corrections);
        Assert.Equal(797L, result.Credits);
    }

    [Fact]
    public void Gap_ReferenceSide_CountsZeroAndIsTraced()
    {
        // Readings for 8 of 10 days (4 and 7 Jan missing): 80 MWh × 0.797 = 63.76 t; 48 h counted as zero.
        var series = Fixtures.JanuaryDays(TenDays, new[] { 1, 2, 3, 5, 6, 8, 9, 10 }, 10m);
        QuantificationResult result = Pv(TenDays, MonitoredParameter.FromReadings(series, MonitoringOption.C, "meter"));
        Assert.Equal(Co2e.FromTonnes(63.76m), result.EmissionReductions);
        TraceCorrection correction = Assert.Single(result.Trace.Corrections);
        Assert.Equal(CorrectionKind.MissingDataCountedAsZero, correction.Kind);
        Assert.Equal("2 gap(s) without readings totalling 48 h counted as zero on the reference side", correction.Description);
        Assert.Equal("8 readings, 2 gap(s) without readings totalling 48 h", result.Trace.FindParameter("EG_1,p")!.Basis);
    }

    [Fact]
    public void Gap_ReferenceParameterMissingAltogether_ZeroAndZeroCredits()
    {
        QuantificationResult result = Pv(Fixtures.Year2024, MonitoredParameter.Missing(ParameterUnit.MegawattHour, MonitoringOption.C, "meter stolen"));
        Assert.Equal(0L, result.Credits);
        Assert.Equal(CorrectionKind.MissingDataCountedAsZero, Assert.Single(result.Trace.Corrections).Kind);
    }

    [Fact]
    public void Gap_ProjectSide_FilledWithDeclaredDefault()
    {
        // One day. RE: 100 MWh cooling ÷ 5 × 0.6 = 12 t. Electricity: 22 hourly readings of 10 kWh (hours 10 and 11
        // missing) = 0.22 MWh, plus the default 15 kW × 2 h = 0.03 MWh → 0.25 MWh × 0.6 = 0.15 t.
        // Fuel 1 t × 0.048 × 56.1 = 2.6928 t. PE = 2.8428 t; ER = 9.1572 t → 9 credits.
        Instant midnight = Instant.FromUtc(2024, 1, 1, 0, 0);
        List<MeterReading> hourly = Fixtures.Regular(midnight, Duration.FromHours(1), 24, 10m);
        hourly.RemoveRange(10, 2);
        var series = MeterReadingSeries.Create(Fixtures.UtcSite, OneDay, ParameterUnit.KilowattHour, hourly);
        var input = new AbsorptionChillerInput(Fixtures.Total(100m, ParameterUnit.MegawattHour), Fixtures.Cop(5m, "reference"),
                MonitoredParameter.FromReadings(series, MonitoringOption.C, "auxiliary meter"),
                ExAnteParameter.Create(0.6m, ParameterUnit.TonneCo2PerMegawattHour, "grid"),
                AbsorptionChillerMethodologyTest.NaturalGas(Fixtures.Total(1m, ParameterUnit.Tonne)))
            .WithElectricityGapDefault(GapDefault.PerHour("P_rated,aux", ExAnteParameter.Create(15m, ParameterUnit.Kilowatt, "pump nameplate")));
        QuantificationResult result = AbsorptionChillerMethodologyTest.Methodology.Quantify(OneDay, Fixtures.UtcSite, input);
        Assert.Equal(Co2e.FromTonnes(2.8428m), result.ProjectEmissions);
        Assert.Equal(9L, result.Credits);
        TraceCorrection correction = Assert.Single(result.Trace.Corrections);
        Assert.Equal(CorrectionKind.MissingDataConservativeDefault, correction.Kind);
        Assert.Equal(0.22m, correction.Before);
        Assert.Equal(0.25m, correction.After);
        Assert.Equal("1 gap(s) without readings totalling 2 h filled with the conservative default P_rated,aux × hours = 0.015 MW × 2 h = 0.03 MWh",
            correction.Description);
        Assert.Equal(15m, result.Trace.FindParameter("P_rated,aux")!.StatedValue);
    }

    [Fact]
    public void Gap_ProjectSideWithoutDefault_ThrowsMissingMonitoringData()
    {
        var input = AbsorptionChillerMethodologyTest.Input(100m,
            MonitoredParameter.Missing(ParameterUnit.MegawattHour, MonitoringOption.C, "auxiliary meter failed"), Fixtures.Total(1m, ParameterUnit.Tonne));
        var ex = Assert.Throws<MissingMonitoringDataException>(() => AbsorptionChillerMethodologyTest.Methodology.Quantify(OneDay, Fixtures.UtcSite, input));
        Assert.IsAssignableFrom<InvalidOperationException>(ex);
        Assert.Equal("Project-side parameter EC_PJ,p of ID_AM022 Ver1.0 has no data for the whole period (24 h) in 2024-01-01..2024-01-01 at site UTC-SITE, " +
            "and the methodology declared no conservative default to fill it", ex.Message);
    }

    [Fact]
    public void Gap_ProjectParameterMissingAltogether_DefaultForWholePeriod()
    {
        // 15 kW × 24 h = 0.36 MWh.
        var input = AbsorptionChillerMethodologyTest.Input(100m,
                MonitoredParameter.Missing(ParameterUnit.MegawattHour, MonitoringOption.C, "auxiliary meter failed"), Fixtures.Total(1m, ParameterUnit.Tonne))
            .WithElectricityGapDefault(GapDefault.PerHour("P_rated,aux", ExAnteParameter.Create(15m, ParameterUnit.Kilowatt, "pump nameplate")));
        QuantificationResult result = AbsorptionChillerMethodologyTest.Methodology.Quantify(OneDay, Fixtures.UtcSite, input);
        Assert.Equal(0.36m, result.Trace.FindParameter("EC_PJ,p")!.UsedValue);
    }

    [Fact]
    public void Gap_DefaultRateOfWrongKind_ThrowsMismatchedUnits()
    {
        // A fuel-mass rate cannot fill a gap in electricity.
        var input = AbsorptionChillerMethodologyTest.Input(100m,
                MonitoredParameter.Missing(ParameterUnit.MegawattHour, MonitoringOption.C, "failed"), Fixtures.Total(1m, ParameterUnit.Tonne))
            .WithElectricityGapDefault(GapDefault.PerHour("FC_rated", ExAnteParameter.Create(15m, ParameterUnit.KilogramPerHour, "burner")));
        var ex = Assert.Throws<ArgumentException>(() => AbsorptionChillerMethodologyTest.Methodology.Quantify(OneDay, Fixtures.UtcSite, input));
        Assert.Equal("gapDefault", ex.ParamName);
    }

    [Fact]
    public void GapDefaultPerHour_NotARate_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => GapDefault.PerHour("P", ExAnteParameter.Create(15m, ParameterUnit.KilowattHour, "x")));
        Assert.Equal("rate", ex.ParamName);
    }

    [Fact]
    public void ChillerLessEfficientThanReference_ConsumptionTurnsProjectSide_MeterErrorIncreasesIt()
    {
        // COP 3 < 4: more consumption lowers ER, so the 1 % error raises EC: 100 → 101 MWh.
        var unit = new ChillerUnit("CH-1", MonitoredParameter.FromPeriodTotal(100m, ParameterUnit.MegawattHour, MonitoringOption.C, "meter", MeterAccuracy.ForAllReadings(0.01m)),
            Fixtures.Cop(3m, "x"), Fixtures.Cop(4m, "y"));
        var input = new HighEfficiencyChillerInput(ExAnteParameter.Create(0.5m, ParameterUnit.TonneCo2PerMegawattHour, "grid"), [unit]);
        QuantificationResult result = HighEfficiencyChillerMethodology.ThAm005Ver3.Quantify(Fixtures.Year2024, Fixtures.UtcSite, input);
        Assert.Equal(101m, result.Trace.FindParameter("EC_PJ,1,p")!.UsedValue);
    }
}
