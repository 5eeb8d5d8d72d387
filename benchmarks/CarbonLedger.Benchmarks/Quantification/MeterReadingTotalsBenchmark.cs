using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Quantification.Monitoring;
using NodaTime;

namespace CarbonLedger.Benchmarks.Quantification;

/// <summary>
/// One year of 15-minute readings for many sites (1,000 sites × 35,040 readings = 35,040,000 readings): the period total
/// and the per-vintage totals of every site. The period runs from 2024-07-01 to 2025-06-30 at Asia/Almaty, so every site
/// has two vintages and the offset change of 2024-03-01 lies before it.
/// </summary>
/// <remarks>
/// <para>Baseline: a plain loop summing the same decimals with no notion of time — the floor any vintage-aware total
/// can reach. <see cref="SeriesPeriodAndVintageTotals"/> is CarbonLedger's way (local New Year boundaries computed
/// once per series as instants; each vintage is a contiguous slice found by binary search, then summed like the
/// floor). <see cref="NaivePerReadingLocalDate"/> converts every reading's instant to a local date, the approach the
/// series avoids. <see cref="CreateSeriesAndTotals"/> adds building and validating the series from the raw amounts.</para>
/// <para>Target from issue 3: at least 50 million readings per second on one core and within 2× of the baseline.
/// Memory: the raw amounts (560 MB) plus the series' own copies of amounts and start/end ticks (1.1 GB).</para>
/// </remarks>
[MemoryDiagnoser]
public class MeterReadingTotalsBenchmark
{
    /// <summary>Readings per site: 365 days × 96 quarter-hours.</summary>
    public const int ReadingsPerSite = 35_040;

    private static readonly Duration Quarter = Duration.FromMinutes(15);

    private readonly MonitoringPeriod period = new(new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30));
    private readonly MonitoringSite site = new("KZ-BENCH", DateTimeZoneProviders.Tzdb["Asia/Almaty"]);
    private Instant firstStart;
    private decimal[][] amounts = [];
    private MeterReadingSeries[] series = [];

    /// <summary>Number of sites (the size is 1,000).</summary>
    [Params(1_000)]
    public int Sites { get; set; }

    /// <summary>Builds deterministic amounts (0.000–0.999 kWh) and one series per site.</summary>
    [GlobalSetup]
    public void Setup()
    {
        firstStart = period.Start.AtStartOfDayInZone(site.Zone).ToInstant();
        amounts = new decimal[Sites][];
        series = new MeterReadingSeries[Sites];
        uint state = 2_463_534_242;
        for (int s = 0; s < Sites; s++)
        {
            var values = new decimal[ReadingsPerSite];
            for (int i = 0; i < values.Length; i++)
            {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                values[i] = new decimal((int)(state % 1000), 0, 0, false, 3);
            }
            amounts[s] = values;
            series[s] = MeterReadingSeries.FromRegularIntervals(site, period, ParameterUnit.KilowattHour, firstStart, Quarter, values);
        }
    }

    /// <summary>The floor: sum every site's decimals in a plain loop.</summary>
    [Benchmark(Baseline = true)]
    public decimal PlainDecimalLoop()
    {
        decimal total = 0m;
        foreach (decimal[] values in amounts)
        {
            decimal siteTotal = 0m;
            foreach (decimal amount in values)
            {
                siteTotal += amount;
            }
            total += siteTotal;
        }
        return total;
    }

    /// <summary>CarbonLedger: per-vintage totals by instant boundaries; the period total is their sum.</summary>
    [Benchmark]
    public decimal SeriesPeriodAndVintageTotals()
    {
        decimal total = 0m;
        foreach (MeterReadingSeries one in series)
        {
            foreach (VintageAmount vintage in one.SumByVintage())
            {
                total += vintage.Amount;
            }
        }
        return total;
    }

    /// <summary>The naive way: convert each reading's start instant to the site's local date and group by year.</summary>
    [Benchmark]
    public decimal NaivePerReadingLocalDate()
    {
        decimal total = 0m;
        DateTimeZone zone = site.Zone;
        foreach (decimal[] values in amounts)
        {
            var byYear = new Dictionary<int, decimal>();
            Instant start = firstStart;
            for (int i = 0; i < values.Length; i++)
            {
                int year = start.InZone(zone).Date.Year;
                byYear[year] = byYear.GetValueOrDefault(year) + values[i];
                start += Quarter;
            }
            foreach (decimal amount in byYear.Values)
            {
                total += amount;
            }
        }
        return total;
    }

    /// <summary>Building and validating each series from the raw amounts, then the per-vintage totals.</summary>
    [Benchmark]
    public decimal CreateSeriesAndTotals()
    {
        decimal total = 0m;
        foreach (decimal[] values in amounts)
        {
            MeterReadingSeries one = MeterReadingSeries.FromRegularIntervals(site, period, ParameterUnit.KilowattHour, firstStart, Quarter, values);
            foreach (VintageAmount vintage in one.SumByVintage())
            {
                total += vintage.Amount;
            }
        }
        return total;
    }
}
