using System;
using System.Linq;
using CarbonLedger.Import.Readings;
using CarbonLedger.Quantification.Monitoring;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Import.Readings;

public class MeterReadingBufferTest
{
    private static readonly MonitoringSite Site = new("KZ001", DateTimeZoneProviders.Tzdb["Asia/Almaty"]);
    private static readonly MonitoringPeriod Period = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    private static readonly Instant First = new LocalDateTime(2025, 1, 1, 0, 0).InZoneStrictly(Site.Zone).ToInstant();

    [Fact]
    public void ToSeries_ManyBlocks_KeepsEveryReadingInOrder()
    {
        var buffer = new MeterReadingBuffer();
        for (int i = 0; i < 10_000; i++)
        {
            buffer.Add(First + Duration.FromMinutes(15 * i), First + Duration.FromMinutes(15 * (i + 1)), 0.25m);
        }
        Assert.Equal(10_000, buffer.Count);

        MeterReadingSeries series = buffer.ToSeries(Site, Period, ParameterUnit.KilowattHour);

        Assert.Equal(10_000, series.Count);
        Assert.Equal(2_500m, series.Total);
        Assert.Equal(First + Duration.FromMinutes(15 * 9_999), series[9_999].Start);
        Assert.Equal(0, buffer.Count);
    }

    [Fact]
    public void ToSeries_OutOfOrder_SortsByStart()
    {
        var buffer = new MeterReadingBuffer();
        buffer.Add(First + Duration.FromHours(1), First + Duration.FromHours(2), 2m);
        buffer.Add(First, First + Duration.FromHours(1), 1m);

        MeterReadingSeries series = buffer.ToSeries(Site, Period, ParameterUnit.KilowattHour);

        Assert.Equal([1m, 2m], series.Select(r => r.Amount).ToArray());
    }

    [Fact]
    public void ToSeries_OverlappingReadings_ThrowsAsCreateDoes()
    {
        var buffer = new MeterReadingBuffer();
        buffer.Add(First, First + Duration.FromHours(2), 1m);
        buffer.Add(First + Duration.FromHours(1), First + Duration.FromHours(3), 1m);

        var ex = Assert.Throws<ArgumentException>(() => buffer.ToSeries(Site, Period, ParameterUnit.KilowattHour));
        Assert.StartsWith("Readings must not overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NegativeAmount_ThrowsAndKeepsNothing()
    {
        var buffer = new MeterReadingBuffer();
        Assert.Throws<ArgumentException>(() => buffer.Add(First, First + Duration.FromHours(1), -1m));
        Assert.Equal(0, buffer.Count);
    }
}
