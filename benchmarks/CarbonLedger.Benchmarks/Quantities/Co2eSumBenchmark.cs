using System;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Quantities;

namespace CarbonLedger.Benchmarks.Quantities;

/// <summary>
/// Summing 1,000,000 quantities as <see cref="Co2e"/> against the same sum over raw <see cref="decimal"/>.
/// Target: within 1.2× of the decimal loop, zero allocations.
/// </summary>
[MemoryDiagnoser]
public class Co2eSumBenchmark
{
    private const int Count = 1_000_000;
    private decimal[] raw = [];
    private Co2e[] quantities = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261128);
        raw = new decimal[Count];
        quantities = new Co2e[Count];
        for (int i = 0; i < Count; i++)
        {
            // Readings of 0.000 to 999.999 t with three decimals, like metered tonnes.
            decimal value = random.Next(0, 1_000_000) / 1000m;
            raw[i] = value;
            quantities[i] = Co2e.FromTonnes(value);
        }
    }

    [Benchmark(Baseline = true)]
    public decimal DecimalLoop()
    {
        decimal total = 0m;
        foreach (decimal value in raw)
        {
            total += value;
        }
        return total;
    }

    [Benchmark]
    public Co2e Co2eSumSpan() => Co2e.Sum(quantities.AsSpan());

    [Benchmark]
    public Co2e Co2eOperatorLoop()
    {
        Co2e total = Co2e.Zero;
        foreach (Co2e value in quantities)
        {
            total += value;
        }
        return total;
    }
}
