using System;
using System.Collections.Generic;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Cli.Quantify;
using CarbonLedger.Quantification.Monitoring;
using Sylvan.Data.Csv;

namespace CarbonLedger.Benchmarks.Import;

/// <summary>
/// The readings path of <c>quantify</c> (streamed CSV, fields parsed from their bytes, every check, 32-byte columns,
/// series per meter) on 1,000 meters × one year of 15-minute readings (35,040,000 rows), against bare tokenising of
/// the same file with Sylvan.Data.Csv (every field of every row touched, nothing parsed or kept).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class MonitoringCsvBenchmark
{
    private const int Meters = 1_000;
    private string file = "";
    private MonitoredSpec[] specs = [];

    [GlobalSetup]
    public void Setup()
    {
        file = BenchmarkFiles.ReadingsCsv(Meters);
        specs = BenchmarkFiles.Specs(Meters);
    }

    [GlobalCleanup]
    public void Cleanup() =>
        Console.WriteLine($"// peak working set of this benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");

    [Benchmark(Baseline = true, Description = "Sylvan: tokenise only")]
    public long SylvanTokenise()
    {
        using CsvDataReader csv = CsvDataReader.Create(file);
        long chars = 0;
        while (csv.Read())
        {
            for (int i = 0; i < 5; i++)
            {
                chars += csv.GetFieldSpan(i).Length;
            }
        }
        return chars;
    }

    [Benchmark(Description = "CarbonLedger: read readings")]
    public int ReadReadings()
    {
        IReadOnlyDictionary<string, MeterReadingSeries> series = ReadingsCsv.Read(file, BenchmarkFiles.Site, BenchmarkFiles.Period, specs, static _ => { });
        int count = 0;
        foreach (MeterReadingSeries s in series.Values)
        {
            count += s.Count;
        }
        return count;
    }
}
