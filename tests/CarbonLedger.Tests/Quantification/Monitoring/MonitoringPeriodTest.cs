using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Tests.Contracts;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Monitoring;

public class MonitoringPeriodTest
{
    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingEnd()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MonitoringPeriod(new LocalDate(2024, 5, 2), new LocalDate(2024, 5, 1)));
        Assert.Equal("end", ex.ParamName);
        Assert.StartsWith("End date must not be earlier than the start date; the period runs from 2024-05-02 to 2024-05-01", ex.Message);
    }

    [Fact]
    public void Constructor_NonIsoCalendar_Throws()
    {
        var julian = new LocalDate(2024, 1, 1, CalendarSystem.Julian);
        var ex = Assert.Throws<ArgumentException>(() => new MonitoringPeriod(julian, julian.PlusDays(3)));
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void Constructor_SameDay_OneDayLong()
    {
        var period = new MonitoringPeriod(new LocalDate(2024, 2, 29), new LocalDate(2024, 2, 29));
        Assert.Equal(1, period.Length);
        Assert.False(period.SpansSeveralYears);
    }

    [Fact]
    public void Length_LeapYear_CountsBothEnds()
    {
        Assert.Equal(366, Fixtures.Year2024.Length);
    }

    [Fact]
    public void Contains_Ends_Included()
    {
        Assert.True(Fixtures.Year2024.Contains(new LocalDate(2024, 1, 1)));
        Assert.True(Fixtures.Year2024.Contains(new LocalDate(2024, 12, 31)));
        Assert.False(Fixtures.Year2024.Contains(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void SplitByCalendarYear_ThreeYears_InclusiveParts()
    {
        var period = new MonitoringPeriod(new LocalDate(2023, 7, 1), new LocalDate(2025, 3, 31));
        var parts = period.SplitByCalendarYear();
        Assert.Equal(3, parts.Count);
        Assert.Equal(new DateInterval(new LocalDate(2023, 7, 1), new LocalDate(2023, 12, 31)), parts[0]);
        Assert.Equal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), parts[1]);
        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)), parts[2]);
        Assert.Equal(184, parts[0].Length);
        Assert.Equal(90, parts[2].Length);
        Assert.True(period.SpansSeveralYears);
    }

    [Fact]
    public void ToInterval_Almaty_UsesLocalMidnightsWithOffsetChange()
    {
        // 2024-01-01 00:00 in Almaty is UTC+6; 2025-01-01 00:00 is UTC+5 (offset changed on 2024-03-01).
        Interval interval = Fixtures.Year2024.ToInterval(Fixtures.Almaty);
        Assert.Equal(Instant.FromUtc(2023, 12, 31, 18, 0), interval.Start);
        Assert.Equal(Instant.FromUtc(2024, 12, 31, 19, 0), interval.End);
    }

    [Fact]
    public void Contract_Equality()
    {
        var a = new MonitoringPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var b = MonitoringPeriod.FromDateInterval(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
        ValueContract.AssertEquality(a, b, new MonitoringPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 30)));
    }

    [Fact]
    public void ToString_IsoDates()
    {
        Assert.Equal("2024-01-01..2024-12-31", Fixtures.Year2024.ToString());
    }
}
