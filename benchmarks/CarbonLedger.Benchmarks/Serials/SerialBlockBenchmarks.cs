using System;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;

namespace CarbonLedger.Benchmarks.Serials;

/// <summary>Splits a block and merges it back, 1,000,000 times; results are per split+merge.</summary>
[MemoryDiagnoser]
public class SerialBlockBenchmarks
{
    private const int Operations = 1_000_000;

    private readonly SerialBlock block = SerialBlock.FromRange(1_000_001, 2_000_000);
    private readonly (long Start, long End) tuple = (1_000_001, 2_000_000);
    private readonly CreditSerialNumber serial =
        JcmSerialNumber.Create(RegistryId.Create(Country.Japan, 1), ProjectId.Parse("KZ001"), Vintage.FromYear(2025), 1, SerialBlock.FromRange(1_000_001, 2_000_000));

    /// <summary>The naive way: unchecked arithmetic on a (start, end) tuple.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long NaiveTuple()
    {
        long checksum = 0;
        for (int i = 1; i <= Operations; i++)
        {
            long cut = tuple.End - (i % 999_999) - 1;
            (long Start, long End) kept = (tuple.Start, cut);
            (long Start, long End) moved = (cut + 1, tuple.End);
            (long Start, long End) merged = (Math.Min(kept.Start, moved.Start), Math.Max(kept.End, moved.End));
            checksum += merged.End - merged.Start + moved.Start;
        }
        return checksum;
    }

    /// <summary>Checked <see cref="SerialBlock.SplitTail"/> then <see cref="SerialBlock.Merge"/>.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long SplitTailAndMerge()
    {
        long checksum = 0;
        for (int i = 1; i <= Operations; i++)
        {
            (SerialBlock kept, SerialBlock moved) = block.SplitTail((i % 999_999) + 1);
            SerialBlock merged = kept.Merge(moved);
            checksum += merged.Count + moved.Start;
        }
        return checksum;
    }

    /// <summary>Split and merge of full JCM serial numbers (fields inherited and compared).</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long SerialNumberSplitAndMerge()
    {
        long checksum = 0;
        for (int i = 1; i <= Operations; i++)
        {
            (CreditSerialNumber kept, CreditSerialNumber moved) = serial.SplitTail((i % 999_999) + 1);
            checksum += kept.Merge(moved).Count + moved.Block.Start;
        }
        return checksum;
    }
}
