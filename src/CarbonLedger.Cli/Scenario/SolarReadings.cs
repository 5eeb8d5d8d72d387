using System;
using NodaTime;

namespace CarbonLedger.Cli.Scenario;

/// <summary>
/// Generates a year of 15-minute AC output readings of a solar PV plant, deterministically from a seed, in
/// <see cref="decimal"/> arithmetic only (so the figures are the same on every machine). The model is a smooth
/// daylight curve around local solar noon whose length and height follow the season, times a daily cloudiness
/// drawn from a SplitMix64 sequence. The data are ILLUSTRATIVE: shaped like a plant near Almaty, not measured.
/// </summary>
internal static class SolarReadings
{
    /// <summary>The reading interval.</summary>
    public static readonly Duration Interval = Duration.FromMinutes(15);

    private const decimal SolarNoonMinutes = 712m;   // about 11:52 local time at 76.9° E in UTC+5
    private const decimal PerformanceRatio = 0.75m;

    /// <summary>The readings (kWh per interval, rounded toward zero to whole Wh) from the first instant of the period.</summary>
    public static decimal[] Generate(LocalDate firstDay, int days, DateTimeZone zone, decimal capacityKilowatts, ulong seed)
    {
        int perDay = (int)(Duration.FromDays(1) / Interval);
        var amounts = new decimal[days * perDay];
        ulong state = seed;
        Instant start = firstDay.AtStartOfDayInZone(zone).ToInstant();
        decimal cloudiness = 0m;
        for (int i = 0; i < amounts.Length; i++)
        {
            Instant middle = start + (Interval * i) + (Interval / 2);
            ZonedDateTime local = middle.InZone(zone);
            if (i % perDay == 0)
            {
                decimal a = Unit(ref state);
                decimal b = Unit(ref state);
                cloudiness = 0.45m + (0.55m * Math.Max(a, b));
            }
            decimal season = Season(local.DayOfYear);
            decimal halfDay = 60m * (6.1m + (1.55m * season));
            decimal minutes = (local.Hour * 60m) + local.Minute + (local.Second / 60m);
            decimal u = (minutes - SolarNoonMinutes) / halfDay;
            decimal shape = Math.Max(0m, 1m - (u * u));
            decimal height = 0.62m + (0.19m * (season + 1m));
            decimal kwh = capacityKilowatts * 0.25m * height * shape * cloudiness * PerformanceRatio;
            amounts[i] = decimal.Round(kwh, 3, MidpointRounding.ToZero);
        }
        return amounts;
    }

    /// <summary>+1 at the June solstice, −1 half a year away, a parabola in between.</summary>
    private static decimal Season(int dayOfYear)
    {
        decimal x = (dayOfYear - 172m) / 182.5m;
        if (x < -1m)
        {
            x += 2m;
        }
        return 1m - (2m * x * x);
    }

    /// <summary>The next SplitMix64 value as a decimal in [0, 1).</summary>
    private static decimal Unit(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) / 9007199254740992m;
    }
}
