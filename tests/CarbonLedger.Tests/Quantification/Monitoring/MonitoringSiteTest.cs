using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Tests.Contracts;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Monitoring;

public class MonitoringSiteTest
{
    [Fact]
    public void Constructor_BlankId_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MonitoringSite(" ", DateTimeZone.Utc));
        Assert.Equal("id", ex.ParamName);
    }

    [Fact]
    public void LocalDateOf_AlmatyNewYearsEve2024_StaysInOldYearAfterOffsetChange()
    {
        // 18:30Z on 31 Dec 2024 is 23:30 local (UTC+5); under the old UTC+6 it would have been 00:30 on 1 Jan 2025.
        Assert.Equal(new LocalDate(2024, 12, 31), Fixtures.AlmatySite.LocalDateOf(Instant.FromUtc(2024, 12, 31, 18, 30)));
        Assert.Equal(new LocalDate(2025, 1, 1), Fixtures.AlmatySite.LocalDateOf(Instant.FromUtc(2024, 12, 31, 19, 0)));
    }

    [Fact]
    public void Contract_Equality()
    {
        ValueContract.AssertEquality(
            new MonitoringSite("A", Fixtures.Almaty), new MonitoringSite("A", DateTimeZoneProviders.Tzdb["Asia/Almaty"]),
            new MonitoringSite("B", Fixtures.Almaty), new MonitoringSite("A", DateTimeZone.Utc));
    }
}
