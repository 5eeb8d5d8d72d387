using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CarbonLedger.PostgreSql;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Storage;
using NodaTime.Testing;
using Npgsql;

namespace CarbonLedger.Benchmarks.PostgreSql;

/// <summary>
/// Reopening a registry of 10^6 events from PostgreSQL (read every row, decode, verify the chain and rebuild the
/// state), against <see cref="Ledger.Replay"/> of the same events already in memory. Setup prints the bytes each event
/// takes in the database. Needs CARBONLEDGER_PG_PRIMARY (eng/postgres/start.sh).
/// </summary>
[MemoryDiagnoser]
public class PostgreSqlReopenBenchmarks
{
    private const int Events = 1_000_000;
    private List<LedgerEvent> history = null!;
    private EventHash head;
    private string database = null!;
    private FakeClock clock = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        Ledger ledger = BenchmarkServer.History(Events - 4);
        history = ledger.Current.Events.ToList();
        head = ledger.Current.HeadHash;
        clock = new FakeClock(ledger.Current.LastEventInstant);
        database = BenchmarkServer.CreateDatabase();
        List<StoredEvent> rows = BenchmarkServer.Rows(ledger);
        await using (PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(database, BenchmarkServer.Kaz))
        {
            for (int i = 0; i < rows.Count; i += 50_000)
            {
                await store.AppendAsync(StoreCommit.Create(BenchmarkServer.Kaz, rows.GetRange(i, Math.Min(50_000, rows.Count - i)), []));
            }
        }
        BenchmarkServer.Execute(database, "VACUUM ANALYZE carbonledger.events");
        await using var c = new NpgsqlConnection(database);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT pg_total_relation_size('carbonledger.events'), pg_relation_size('carbonledger.events'), avg(octet_length(encoding)) FROM carbonledger.events", c);
        await using NpgsqlDataReader r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        Console.WriteLine(FormattableString.Invariant(
            $"// PostgreSQL storage: {r.GetInt64(0) / (double)rows.Count:F1} bytes per event with indexes ({r.GetInt64(1) / (double)rows.Count:F1} table only; canonical encoding {r.GetDecimal(2):F1} bytes) over {rows.Count} events"));
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkServer.DropDatabase(database);

    [Benchmark(Baseline = true, Description = "Ledger.Replay in memory")]
    public Ledger ReplayInMemory() => Ledger.Replay(history, clock, head);

    [Benchmark(Description = "read 10^6 rows from PostgreSQL, decode, Ledger.Replay")]
    public async Task<Ledger> ReopenFromPostgreSql()
    {
        await using PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(database, BenchmarkServer.Kaz,
            new PostgreSqlStoreOptions { ReadOnly = true });
        var events = new List<LedgerEvent>(Events);
        while (true)
        {
            IReadOnlyList<StoredEvent> page = await store.ReadEventsAsync(events.Count, 100_000);
            foreach (StoredEvent row in page)
            {
                events.Add(row.ToEvent());
            }
            if (page.Count < 100_000)
            {
                break;
            }
        }
        return Ledger.Replay(events, clock, head);
    }
}
