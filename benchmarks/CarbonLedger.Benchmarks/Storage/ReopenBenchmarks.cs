using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Benchmarks.Registry;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Sqlite;
using CarbonLedger.Storage;

namespace CarbonLedger.Benchmarks.Storage;

/// <summary>
/// Reopening a SQLite store of 1,000,000 events (read, decode, verify the chain, rebuild), against
/// <c>Ledger.Replay</c> of the same events already in memory. Target: within 2×.
/// </summary>
[MemoryDiagnoser]
public class ReopenBenchmarks
{
    private IReadOnlyList<LedgerEvent> history = null!;
    private string folder = null!;
    private string file = null!;

    /// <summary>Events in the history.</summary>
    [Params(1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        history = BenchmarkRegistry.History(Events);
        folder = StoreBench.NewFolder();
        file = Path.Combine(folder, "registry.db");
        SqliteRegistryStore store = SqliteRegistryStore.OpenAsync(file).GetAwaiter().GetResult();
        foreach (LedgerEvent[] chunk in history.Chunk(100_000))
        {
            store.AppendAsync(StoreCommit.Create(BenchmarkRegistry.Registry, chunk.Select(StoredEvent.FromEvent), [])).GetAwaiter().GetResult();
        }
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>Baseline: <c>Ledger.Replay</c> of the events in memory (verify and rebuild).</summary>
    [Benchmark(Baseline = true)]
    public int Replay() => Ledger.Replay(history, new TickingClock()).Current.EventCount;

    /// <summary><c>Ledger.OpenAsync</c> on the store file: read, decode, verify and rebuild.</summary>
    [Benchmark]
    public int Reopen()
    {
        SqliteRegistryStore store = SqliteRegistryStore.OpenAsync(file, new SqliteStoreOptions { ReadOnly = true }).GetAwaiter().GetResult();
        try
        {
            return Ledger.OpenAsync(store, new TickingClock()).GetAwaiter().GetResult().Current.EventCount;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
