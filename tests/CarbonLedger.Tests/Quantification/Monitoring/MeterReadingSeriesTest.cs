using System;
using System.Linq;
using CarbonLedger.Quantification.Monitoring;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Monitoring;

public class MeterReadingSeriesTest
{
    private static readonly Duration Quarter = Duration.FromMinutes(15);

    [Fact]
    public void SumByVintage_AlmatyNewYearsEve2023_SplitsAtLocalMidnightUtcPlus6()
    {
        // Local midnight of 1 Jan 2024 in Almaty (then UTC+6) is 2023-12-31T18:00Z.
        var period = new MonitoringPeriod(new LocalDate(2023, 12, 31), new LocalDate(2024, 1, 1));
        var series = MeterReadingSeries.Create(Fixtures.AlmatySite, period, ParameterUnit.KilowattHour,
        [
            new MeterReading(Instant.FromUtc(2023, 12, 31, 17, 45), Instant.FromUtc(2023, 12, 31, 18, 0), 10m),
            new MeterReading(Instant.FromUtc(2023, 12, 31, 18, 0), Instant.FromUtc(2023, 12, 31, 18, 15), 20m),
        ]);
        var vintages = series.SumByVintage();
        Assert.Equal(2023, vintages[0].Year);
        Assert.Equal(10m, vintages[0].Amount);
        Assert.Equal(2024, vintages[1].Year);
        Assert.Equal(20m, vintages[1].Amount);
    }

    [Fact]
    public void SumByVintage_AlmatyNewYearsEve2024_SplitsAtLocalMidnightUtcPlus5()
    {
        // Since 2024-03-01 Almaty is UTC+5: local midnight of 1 Jan 2025 is 2024-12-31T19:00Z. The reading at
        // 18:00Z–18:15Z is 23:00–23:15 local on 31 Dec and stays in 2024 (under UTC+6 it would fall in 2025).
        var period = new MonitoringPeriod(new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 1));
        var series = MeterReadingSeries.Create(Fixtures.AlmatySite, period, ParameterUnit.KilowattHour,
        [
            new MeterReading(Instant.FromUtc(2024, 12, 31, 18, 0), Instant.FromUtc(2024, 12, 31, 18, 15), 1m),
            new MeterReading(Instant.FromUtc(2024, 12, 31, 18, 45), Instant.FromUtc(2024, 12, 31, 19, 0), 2m),
            new MeterReading(Instant.FromUtc(2024, 12, 31, 19, 0), Instant.FromUtc(2024, 12, 31, 19, 15), 4m),
        ]);
        var vintages = series.SumByVintage();
        Assert.Equal(3m, vintages[0].Amount);
        Assert.Equal(4m, vintages[1].Amount);
        Assert.Equal(new LocalDate(2024, 12, 31), vintages[0].Dates.End);
    }

    [Fact]
    public void SumByVintage_ReadingStraddlesNewYear_SplitProRataByDuration()
    {
        // One reading from 22:00 on 31 Dec to 04:00 on 1 Jan (UTC site): 2 of its 6 hours fall in 2024.
        var period = new MonitoringPeriod(new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 1));
        var series = MeterReadingSeries.Create(Fixtures.UtcSite, period, ParameterUnit.MegawattHour,
            [new MeterReading(Instant.FromUtc(2024, 12, 31, 22, 0), Instant.FromUtc(2025, 1, 1, 4, 0), 9m)]);
        var vintages = series.SumByVintage();
        Assert.Equal(3m, vintages[0].Amount);
        Assert.Equal(6m, vintages[1].Amount);
        Assert.Equal(9m, series.Total);
    }

    [Fact]
    public void SumByVintage_ThirdsThatDoNotDivide_PartsStillAddUpExactly()
    {
        // 1 MWh over 3 hours with the boundary after 1 hour: 0.333… and the rest, which add up to exactly 1.
        var period = new MonitoringPeriod(new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 1));
        var series = MeterReadingSeries.Create(Fixtures.UtcSite, period, ParameterUnit.MegawattHour,
            [new MeterReading(Instant.FromUtc(2024, 12, 31, 23, 0), Instant.FromUtc(2025, 1, 1, 2, 0), 1m)]);
        var vintages = series.SumByVintage();
        Assert.Equal(0.3333333333333333333333333333m, vintages[0].Amount);
        Assert.Equal(1m, vintages[0].Amount + vintages[1].Amount);
    }

    [Fact]
    public void Create_ReadingsInAnyOrder_SortedByStart()
    {
        Instant t = Instant.FromUtc(2024, 1, 1, 0, 0);
        var series = MeterReadingSeries.Create(Fixtures.UtcSite, Fixtures.Year2024, ParameterUnit.KilowattHour,
            [new MeterReading(t + Quarter, t + (Quarter * 2), 2m), new MeterReading(t, t + Quarter, 1m)]);
        Assert.Equal(1m, series[0].Amount);
        Assert.Equal(2m, series[1].Amount);
        Assert.Equal(new[] { 1m, 2m }, series.Select(r => r.Amount));
    }

    [Fact]
    public void Create_ReadingBeforePeriod_ThrowsOutsidePeriod()
    {
        // Almaty's period starts at 2023-12-31T18:00Z, so a reading at 17:45Z lies outside it.
        var ex = Assert.Throws<ArgumentException>(() => MeterReadingSeries.Create(Fixtures.AlmatySite, Fixtures.Year2024, ParameterUnit.KilowattHour,
            [new MeterReading(Instant.FromUtc(2023, 12, 31, 17, 45), Instant.FromUtc(2023, 12, 31, 18, 0), 1m)]));
        Assert.Equal("readings", ex.ParamName);
        Assert.Contains("lies outside monitoring period 2024-01-01..2024-12-31", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2023-12-31T18:00:00Z to 2024-12-31T19:00:00Z", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ReadingAfterPeriod_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeterReadingSeries.Create(Fixtures.UtcSite, Fixtures.Year2024, ParameterUnit.KilowattHour,
            [new MeterReading(Instant.FromUtc(2024, 12, 31, 23, 50), Instant.FromUtc(2025, 1, 1, 0, 5), 1m)]));
        Assert.Equal("readings", ex.ParamName);
    }

    [Fact]
    public void Create_OverlappingReadings_Throws()
    {
        Instant t = Instant.FromUtc(2024, 1, 1, 0, 0);
        var ex = Assert.Throws<ArgumentException>(() => MeterReadingSeries.Create(Fixtures.UtcSite, Fixtures.Year2024, ParameterUnit.KilowattHour,
            [new MeterReading(t, t + (Quarter * 2), 1m), new MeterReading(t + Quarter, t + (Quarter * 3), 1m)]));
        Assert.Equal("readings", ex.ParamName);
        Assert.StartsWith("Readings must not overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RateUnit_ThrowsMismatchedUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeterReadingSeries.Create(Fixtures.UtcSite, Fixtures.Year2024, ParameterUnit.Kilowatt, []));
        Assert.Equal("unit", ex.ParamName);
    }

    [Fact]
    public void Gaps_MissingQuarterAndTail_Listed()
    {
        var period = new MonitoringPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1));
        Instant t = Instant.FromUtc(2024, 1, 1, 0, 0);
        var series = MeterReadingSeries.Create(Fixtures.UtcSite, period, ParameterUnit.KilowattHour,
            [new MeterReading(t, t + Quarter, 1m), new MeterReading(t + (Quarter * 2), t + (Quarter * 3), 1m)]);
        Assert.Equal(
            new[] { new Interval(t + Quarter, t + (Quarter * 2)), new Interval(t + (Quarter * 3), t + Duration.FromDays(1)) },
            series.Gaps);
    }

    [Fact]
    public void FromRegularIntervals_FullDay_NoGapsAndTotal()
    {
        var period = new MonitoringPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1));
        decimal[] amounts = Enumerable.Repeat(0.25m, 96).ToArray();
        var series = MeterReadingSeries.FromRegularIntervals(Fixtures.UtcSite, period, ParameterUnit.KilowattHour,
            Instant.FromUtc(2024, 1, 1, 0, 0), Quarter, amounts);
        Assert.Equal(96, series.Count);
        Assert.Equal(24m, series.Total);
        Assert.Empty(series.Gaps);
        Assert.Equal(Instant.FromUtc(2024, 1, 1, 23, 45), series[95].Start);
    }

    [Fact]
    public void FromRegularIntervals_NegativeAmount_ThrowsNamingAmounts()
    {
        var period = new MonitoringPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1));
        var ex = Assert.Throws<ArgumentException>(() => MeterReadingSeries.FromRegularIntervals(Fixtures.UtcSite, period, ParameterUnit.KilowattHour,
            Instant.FromUtc(2024, 1, 1, 0, 0), Quarter, [1m, -1m]));
        Assert.Equal("amounts", ex.ParamName);
    }

    [Fact]
    public void FromRegularIntervals_RunsPastPeriodEnd_ThrowsNamingFirstStart()
    {
        var period = new MonitoringPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1));
        var ex = Assert.Throws<ArgumentException>(() => MeterReadingSeries.FromRegularIntervals(Fixtures.UtcSite, period, ParameterUnit.KilowattHour,
            Instant.FromUtc(2024, 1, 1, 0, 0), Quarter, Enumerable.Repeat(1m, 97).ToArray()));
        Assert.Equal("firstStart", ex.ParamName);
        Assert.Contains("lies outside monitoring period 2024-01-01..2024-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRegularIntervals_NegativeZero_Accepted()
    {
        var period = new MonitoringPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1));
        var series = MeterReadingSeries.FromRegularIntervals(Fixtures.UtcSite, period, ParameterUnit.KilowattHour,
            Instant.FromUtc(2024, 1, 1, 0, 0), Quarter, [new decimal(0, 0, 0, true, 1)]);
        Assert.Equal(0m, series.Total);
    }

    [Fact]
    public void FromRegularIntervals_ZeroInterval_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeterReadingSeries.FromRegularIntervals(Fixtures.UtcSite, Fixtures.Year2024, ParameterUnit.KilowattHour,
            Instant.FromUtc(2024, 1, 1, 0, 0), Duration.Zero, [1m]));
        Assert.Equal("interval", ex.ParamName);
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var series = MeterReadingSeries.Create(Fixtures.UtcSite, Fixtures.Year2024, ParameterUnit.KilowattHour, []);
        Assert.Throws<ArgumentOutOfRangeException>(() => series[0]);
        Assert.Equal(new[] { new Interval(Instant.FromUtc(2024, 1, 1, 0, 0), Instant.FromUtc(2025, 1, 1, 0, 0)) }, series.Gaps);
    }
}
