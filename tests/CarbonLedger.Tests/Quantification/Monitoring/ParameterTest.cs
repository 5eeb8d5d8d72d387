using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Monitoring;

public class ParameterTest
{
    [Fact]
    public void ExAnteCreate_Negative_ThrowsNamingValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => ExAnteParameter.Create(-1m, ParameterUnit.One, "spec sheet"));
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void ExAnteCreate_BlankSource_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ExAnteParameter.Create(1m, ParameterUnit.One, " "));
        Assert.Equal("source", ex.ParamName);
    }

    [Fact]
    public void ExAnteCreate_UndefinedOption_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExAnteParameter.Create(1m, ParameterUnit.One, "x", (MonitoringOption)9));
    }

    [Fact]
    public void FromGridEmissionFactor_KilogramsPerKilowattHour_CanonicalTonnesPerMegawattHour()
    {
        var factor = EmissionFactor.PerEnergy(533m, Co2eMassUnit.Gram, ElectricEnergyUnit.KilowattHour);
        ExAnteParameter parameter = ExAnteParameter.FromGridEmissionFactor(factor, "diesel generator default", MonitoringOption.A);
        Assert.Equal(0.533m, parameter.Value);
        Assert.Equal(ParameterUnit.TonneCo2PerMegawattHour, parameter.Unit);
        Assert.Equal(MonitoringOption.A, parameter.Option);
    }

    [Fact]
    public void FromFuelEmissionFactor_TonnesPerTerajoule()
    {
        ExAnteParameter parameter = ExAnteParameter.FromFuelEmissionFactor(EmissionFactor.TonnesPerTerajoule(56.1m), "IPCC 2006 default");
        Assert.Equal(56.1m, parameter.CanonicalValue);
        Assert.Null(parameter.Option);
    }

    [Fact]
    public void MonitoredFromPeriodTotal_NegativeEnergy_ThrowsNamingTotal()
    {
        var ex = Assert.Throws<ArgumentException>(() => MonitoredParameter.FromPeriodTotal(-5m, ParameterUnit.MegawattHour, MonitoringOption.C, "meter"));
        Assert.Equal("total", ex.ParamName);
        Assert.StartsWith("Monitored total must not be negative; it is -5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonitoredFromPeriodTotal_FactorUnit_ThrowsNamingUnit()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            MonitoredParameter.FromPeriodTotal(5m, ParameterUnit.TonneCo2PerMegawattHour, MonitoringOption.C, "meter"));
        Assert.Equal("unit", ex.ParamName);
    }

    [Fact]
    public void MonitoredMissing_IsMissing()
    {
        var missing = MonitoredParameter.Missing(ParameterUnit.MegawattHour, MonitoringOption.C, "meter M-1 failed");
        Assert.True(missing.IsMissing);
        Assert.Null(missing.PeriodTotal);
        Assert.Null(missing.Readings);
    }

    [Fact]
    public void MeterAccuracyForAllReadings_ErrorOfOne_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeterAccuracy.ForAllReadings(1m));
        Assert.Equal("maximumPermissibleError", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => MeterAccuracy.ForAllReadings(-0.01m));
    }

    [Fact]
    public void MeterAccuracyForDelayedCalibrations_NoDelay_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeterAccuracy.ForDelayedCalibrations(0.01m, []));
        Assert.Equal("delays", ex.ParamName);
    }

    [Fact]
    public void MeterAccuracyForDelayedCalibrations_OverlappingWindows_Throws()
    {
        var a = new CalibrationDelay(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 10));
        var b = new CalibrationDelay(new LocalDate(2024, 3, 10), new LocalDate(2024, 3, 20));
        var ex = Assert.Throws<ArgumentException>(() => MeterAccuracy.ForDelayedCalibrations(0.01m, [b, a]));
        Assert.Equal("delays", ex.ParamName);
    }

    [Fact]
    public void MeterAccuracyForDelayedCalibrations_OrdersByDueDate()
    {
        var a = new CalibrationDelay(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 10));
        var b = new CalibrationDelay(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 2));
        MeterAccuracy accuracy = MeterAccuracy.ForDelayedCalibrations(0.005m, [b, a]);
        Assert.Equal(new[] { a, b }, accuracy.DelayedCalibrations);
        Assert.Equal("MPE 0.5 % on 2 delayed calibration(s)", accuracy.ToString());
    }

    [Fact]
    public void CalibrationDelay_CalibratedOnDueDate_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CalibrationDelay(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 1)));
        Assert.Equal("calibratedOn", ex.ParamName);
    }

    [Fact]
    public void CalibrationDelay_ToInterval_IncludesCalibrationDay()
    {
        var delay = new CalibrationDelay(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 5));
        Assert.Equal(new Interval(Instant.FromUtc(2024, 3, 1, 0, 0), Instant.FromUtc(2024, 3, 6, 0, 0)), delay.ToInterval(DateTimeZone.Utc));
    }
}
