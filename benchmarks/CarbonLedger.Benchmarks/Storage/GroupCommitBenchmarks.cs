using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace CarbonLedger.Benchmarks.Storage;

/// <summary>
/// 64 durable single transfers: by 16 concurrent callers (4 each, so the writer commits them in groups), against the
/// same 64 one at a time. Target: the 16 callers at least 5× faster.
/// </summary>
[MemoryDiagnoser]
public class GroupCommitBenchmarks
{
    private const int Callers = 16;
    private const int PerCaller = 4;
    private StoreBench bench = null!;

    [GlobalSetup]
    public void Setup() => bench = StoreBench.Create(2 * Callers).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => bench.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Baseline: one caller, each transfer waiting for its own commit.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Callers * PerCaller)]
    public async Task<int> OneAtATime()
    {
        for (int i = 0; i < Callers * PerCaller; i++)
        {
            await bench.Transfer(2 * (i % Callers));
        }
        return bench.Ledger.Current.EventCount;
    }

    /// <summary>16 callers at once, each doing its transfers one after another.</summary>
    [Benchmark(OperationsPerInvoke = Callers * PerCaller)]
    public async Task<int> SixteenCallers()
    {
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(c => Task.Run(async () =>
        {
            for (int i = 0; i < PerCaller; i++)
            {
                await bench.Transfer(2 * c);
            }
        })));
        return bench.Ledger.Current.EventCount;
    }
}
