using System.Collections.Generic;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using NodaTime;

namespace CarbonLedger.Tests.Quantification;

/// <summary>Sites, periods and inputs shared by the quantification tests.</summary>
internal static class Fixtures
{
    internal static DateTimeZone Almaty => DateTimeZoneProviders.Tzdb["Asia/Almaty"];

    internal static MonitoringSite UlaanbaatarSite { get; } = new("MN-PV-1", DateTimeZoneProviders.Tzdb["Asia/Ulaanbaatar"]);

    internal static MonitoringSite AlmatySite { get; } = new("KZ001-PV", DateTimeZoneProviders.Tzdb["Asia/Almaty"]);

    internal static MonitoringSite UtcSite { get; } = new("UTC-SITE", DateTimeZone.Utc);

    internal static MonitoringPeriod Year2024 { get; } = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

    internal static ExAnteParameter Cop(decimal value, string source) => ExAnteParameter.Create(value, ParameterUnit.One, source);

    internal static MonitoredParameter Total(decimal value, ParameterUnit unit) =>
        MonitoredParameter.FromPeriodTotal(value, unit, MonitoringOption.C, "test meter");

    /// <summary>A Mongolian grid-connected PV project with one system.</summary>
    internal static SolarPvInput MongoliaPv(MonitoredParameter generation) =>
        new(JcmGridEmissionFactors.Mongolia, [new SolarPvSystem("PV-1", generation, GridConnectionCase.GridConnected)]);

    /// <summary>Back-to-back readings of equal length and amount from a start instant.</summary>
    internal static List<MeterReading> Regular(Instant start, Duration length, int count, decimal amount)
    {
        var readings = new List<MeterReading>(count);
        for (int i = 0; i < count; i++)
        {
            readings.Add(new MeterReading(start + (length * i), start + (length * (i + 1)), amount));
        }
        return readings;
    }

    /// <summary>Daily readings at a UTC site, one per listed day of January 2024.</summary>
    internal static MeterReadingSeries JanuaryDays(MonitoringPeriod period, IEnumerable<int> days, decimal amount)
    {
        var readings = new List<MeterReading>();
        foreach (int day in days)
        {
            Instant start = Instant.FromUtc(2024, 1, day, 0, 0);
            readings.Add(new MeterReading(start, start + Duration.FromDays(1), amount));
        }
        return MeterReadingSeries.Create(UtcSite, period, ParameterUnit.MegawattHour, readings);
    }
}
