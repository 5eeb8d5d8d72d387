using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CarbonLedger.PostgreSql;
using CarbonLedger.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CarbonLedger.Benchmarks.PostgreSql;

/// <summary>
/// One durable append of one transfer event to PostgreSQL, against the baseline the issue names: a raw INSERT + COMMIT
/// of the same bytes through Npgsql into a table of the same shape on the same server. And a batch of 1,000.
/// Needs CARBONLEDGER_PG_PRIMARY (eng/postgres/start.sh).
/// </summary>
[MemoryDiagnoser]
public class PostgreSqlAppendBenchmarks
{
    private List<StoredEvent> rows = null!;
    private string database = null!;
    private PostgreSqlRegistryStore store = null!;
    private NpgsqlConnection raw = null!;
    private int next;
    private long rawSequence;

    [GlobalSetup]
    public async Task Setup()
    {
        rows = BenchmarkServer.Rows(BenchmarkServer.History(400_000));
        database = BenchmarkServer.CreateDatabase();
        store = await PostgreSqlRegistryStore.OpenAsync(database, BenchmarkServer.Kaz);
        await store.AppendAsync(StoreCommit.Create(BenchmarkServer.Kaz, rows.GetRange(0, 3), []));
        next = 3;
        BenchmarkServer.Execute(database, """
            CREATE TABLE raw_events (registry text NOT NULL, sequence bigint NOT NULL, operation_id text NOT NULL,
                kind smallint NOT NULL, hash bytea NOT NULL, encoding bytea NOT NULL,
                PRIMARY KEY (registry, sequence), UNIQUE (registry, operation_id))
            """);
        raw = new NpgsqlConnection(database);
        await raw.OpenAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await raw.DisposeAsync();
        await store.DisposeAsync();
        BenchmarkServer.DropDatabase(database);
    }

    [Benchmark(Baseline = true, Description = "raw INSERT + COMMIT (Npgsql)")]
    public async Task<int> RawInsertCommit()
    {
        StoredEvent e = rows[3 + (int)(rawSequence % 100_000)];
        await using NpgsqlTransaction tx = await raw.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand(
            "INSERT INTO raw_events (registry, sequence, operation_id, kind, hash, encoding) VALUES ($1, $2, $3, $4, $5, $6)", raw, tx);
        cmd.Parameters.Add(new NpgsqlParameter { Value = "KAZ01" });
        cmd.Parameters.Add(new NpgsqlParameter { Value = rawSequence });
        cmd.Parameters.Add(new NpgsqlParameter { Value = "raw-" + rawSequence++ });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (short)e.Kind });
        cmd.Parameters.Add(new NpgsqlParameter { Value = e.Hash.ToArray(), NpgsqlDbType = NpgsqlDbType.Bytea });
        cmd.Parameters.Add(new NpgsqlParameter { Value = e.Encoding, NpgsqlDbType = NpgsqlDbType.Bytea });
        int n = await cmd.ExecuteNonQueryAsync();
        await tx.CommitAsync();
        return n;
    }

    [Benchmark(Description = "store: one event, one durable commit")]
    public async Task<int> StoreAppendOne()
    {
        await store.AppendAsync(StoreCommit.Create(BenchmarkServer.Kaz, rows.GetRange(next++, 1), []));
        return next;
    }

    [Benchmark(OperationsPerInvoke = 1_000, Description = "store: 1,000 events, one durable commit (per event)")]
    public async Task<int> StoreAppendBatch()
    {
        await store.AppendAsync(StoreCommit.Create(BenchmarkServer.Kaz, rows.GetRange(next, 1_000), []));
        next += 1_000;
        return next;
    }
}
