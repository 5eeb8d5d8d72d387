using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Tests.Contracts;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification.Monitoring;

public class MeterReadingTest
{
    private static readonly Instant T0 = Instant.FromUtc(2024, 1, 1, 0, 0);

    [Fact]
    public void Constructor_NegativeEnergy_ThrowsNamingAmount()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeterReading(T0, T0 + Duration.FromMinutes(15), -0.5m));
        Assert.Equal("amount", ex.ParamName);
        Assert.StartsWith("Meter reading amount must not be negative; it is -0.5", ex.Message);
    }

    [Fact]
    public void Constructor_EndNotAfterStart_ThrowsNamingEnd()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeterReading(T0, T0, 1m));
        Assert.Equal("end", ex.ParamName);
    }

    [Fact]
    public void Constructor_SubTickInstant_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeterReading(T0 + Duration.FromNanoseconds(50), T0 + Duration.FromMinutes(15), 1m));
        Assert.Equal("start", ex.ParamName);
    }

    [Fact]
    public void Contract_Equality()
    {
        var a = new MeterReading(T0, T0 + Duration.FromMinutes(15), 1.0m);
        var b = new MeterReading(T0, T0 + Duration.FromMinutes(15), 1.00m);
        ValueContract.AssertEquality(a, b, new MeterReading(T0, T0 + Duration.FromMinutes(15), 2m), new MeterReading(T0, T0 + Duration.FromMinutes(30), 1m));
        Assert.Equal("[2024-01-01T00:00:00Z, 2024-01-01T00:15:00Z) 1", a.ToString());
    }
}
