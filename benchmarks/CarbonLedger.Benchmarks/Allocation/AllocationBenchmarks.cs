using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Allocation;

namespace CarbonLedger.Benchmarks.Allocation;

/// <summary>
/// Splits 1,000,000 issuances among 4 recipients (the first JCM issuance's flat shares 27/40, 1/10, 1/8, 1/10).
/// Results are per allocation (OperationsPerInvoke). Target: at least 10 million allocations per second with no
/// allocation per call beyond the result.
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private static readonly decimal[] NaiveShares = [27m / 40m, 0.1m, 0.125m, 0.1m];

    private AllocationRule rule = null!;
    private long[] totals = null!;
    private long[] parts = null!;

    /// <summary>How many issuances are allocated per invocation.</summary>
    [Params(1_000_000)]
    public int Issuances { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        rule = AllocationRule.Create(
            AllocationEntry.Recipient("Government of Japan", Share.FromFraction(27, 40)).WithRoundUp(),
            AllocationEntry.Recipient("Mayekawa", Share.FromFraction(1, 10)),
            AllocationEntry.Recipient("Government of Indonesia", Share.FromFraction(1, 8)),
            AllocationEntry.Recipient("PT Adib", Share.FromFraction(1, 10)));
        var random = new Random(42);
        totals = Enumerable.Range(0, Issuances).Select(_ => random.NextInt64(1, 10_000_000)).ToArray();
        parts = new long[4];
    }

    /// <summary>The naive way: decimal products, floor, then LINQ to hand out the leftovers by remainder.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000_000)]
    public long NaiveDecimalLinq()
    {
        long checksum = 0;
        foreach (long total in totals)
        {
            decimal[] exact = NaiveShares.Select(s => s * total).ToArray();
            long[] whole = exact.Select(e => (long)decimal.Floor(e)).ToArray();
            long leftover = total - whole.Sum();
            foreach (int i in Enumerable.Range(0, whole.Length).OrderByDescending(i => exact[i] - whole[i]).Take((int)leftover))
            {
                whole[i]++;
            }
            checksum += whole[0];
        }
        return checksum;
    }

    /// <summary>CarbonLedger's largest remainder into a reused span: no allocation.</summary>
    [Benchmark(OperationsPerInvoke = 1_000_000)]
    public long LargestRemainderIntoSpan()
    {
        long checksum = 0;
        Span<long> destination = parts;
        foreach (long total in totals)
        {
            rule.Allocate(total, destination);
            checksum += destination[0];
        }
        return checksum;
    }

    /// <summary>CarbonLedger's largest remainder returning an <see cref="Apportionment"/> (allocates the result).</summary>
    [Benchmark(OperationsPerInvoke = 1_000_000)]
    public long LargestRemainderApportion()
    {
        long checksum = 0;
        foreach (long total in totals)
        {
            checksum += rule.Apportion(total).CreditsOf("Government of Japan");
        }
        return checksum;
    }
}
