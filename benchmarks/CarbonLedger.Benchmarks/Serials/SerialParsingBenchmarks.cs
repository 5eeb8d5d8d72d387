using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Serials;

namespace CarbonLedger.Benchmarks.Serials;

/// <summary>
/// Parses and formats 1,000,000 serial strings of the five schemes (equal mix); results are per string, with the
/// allocations per operation in the report.
/// </summary>
[MemoryDiagnoser]
public class SerialParsingBenchmarks
{
    private const int Operations = 1_000_000;

    private string[] texts = null!;
    private CreditSerialNumber[] parsed = null!;

    /// <summary>How many strings are parsed or formatted per invocation.</summary>
    [Params(Operations)]
    public int Strings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] templates =
        [
            "0001-{0:D6}-{1:D6}-VCS-VCU-003-VER-US-0003-01012020-31122020-1",
            "GS1-1-IN-GS4533-2-2020-22653-{0}-{1}",
            "ACR-US-192-2010-203-{0}-{1}",
            "VU-ITMO-11-356-2022-0-{0}-{1}",
            "JCM-JPN01-KZ001-2025-1-{0}-{1}",
        ];
        var random = new Random(7);
        texts = Enumerable.Range(0, Strings).Select(i =>
        {
            long start = random.NextInt64(1, 900_000);
            return string.Format(CultureInfo.InvariantCulture, templates[i % templates.Length], start, start + random.Next(0, 99_999));
        }).ToArray();
        parsed = texts.Select(CreditSerialNumber.Parse).ToArray();
    }

    /// <summary>The naive way: <see cref="string.Split(char, StringSplitOptions)"/> and parse the two block numbers, no validation.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long NaiveSplit()
    {
        long checksum = 0;
        foreach (string text in texts)
        {
            string[] fields = text.Split('-');
            int at = fields[0] == "JCM" || fields[0] == "ACR" || fields[0] == "GS1" || fields[0].Length == 2 ? fields.Length - 2 : 1;
            checksum += long.Parse(fields[at + 1], CultureInfo.InvariantCulture) - long.Parse(fields[at], CultureInfo.InvariantCulture) + 1;
        }
        return checksum;
    }

    /// <summary>Full validating parse (scheme detection, every field checked).</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long Parse()
    {
        long checksum = 0;
        foreach (string text in texts)
        {
            checksum += CreditSerialNumber.Parse(text).Count;
        }
        return checksum;
    }

    /// <summary>Formatting to the canonical text.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long Format()
    {
        long checksum = 0;
        foreach (CreditSerialNumber serial in parsed)
        {
            checksum += serial.ToString().Length;
        }
        return checksum;
    }
}
