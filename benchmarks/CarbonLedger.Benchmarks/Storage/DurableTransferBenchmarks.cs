using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Storage;
using Microsoft.Data.Sqlite;

namespace CarbonLedger.Benchmarks.Storage;

/// <summary>
/// One durable transfer on a SQLite-backed registry (checked, hashed, appended and fsynced before the call returns),
/// against a raw <c>INSERT</c> + <c>COMMIT</c> of the same bytes into the same kind of SQLite file (WAL,
/// <c>synchronous=FULL</c>). Target: within 1.3×.
/// </summary>
[MemoryDiagnoser]
public class DurableTransferBenchmarks
{
    private StoreBench bench = null!;
    private SqliteConnection raw = null!;
    private SqliteCommand insert = null!;
    private StoredEvent row = null!;
    private string rawFolder = null!;
    private long sequence;

    [GlobalSetup]
    public void Setup()
    {
        bench = StoreBench.Create(2).GetAwaiter().GetResult();
        bench.Transfer(0).GetAwaiter().GetResult();
        row = bench.SampleRow();
        rawFolder = StoreBench.NewFolder();
        raw = StoreBench.RawConnection(rawFolder);
        insert = raw.CreateCommand();
        insert.CommandText = "INSERT INTO events (registry, sequence, operation_id, kind, hash, encoding) VALUES ($r, $s, $o, $k, $h, $e)";
        foreach (string name in (string[])["$r", "$s", "$o", "$k", "$h", "$e"])
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        insert.Dispose();
        raw.Dispose();
        Directory.Delete(rawFolder, recursive: true);
        bench.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Baseline: the same row's bytes inserted and committed by hand (fresh sequence and id each time).</summary>
    [Benchmark(Baseline = true)]
    public long RawInsertCommit()
    {
        long s = sequence++;
        using SqliteTransaction transaction = raw.BeginTransaction(deferred: false);
        insert.Transaction = transaction;
        insert.Parameters[0].Value = "JPN01";
        insert.Parameters[1].Value = s;
        insert.Parameters[2].Value = "raw" + s;
        insert.Parameters[3].Value = (long)row.Kind;
        insert.Parameters[4].Value = row.Hash.ToArray();
        insert.Parameters[5].Value = row.Encoding.ToArray();
        insert.ExecuteNonQuery();
        transaction.Commit();
        return s;
    }

    /// <summary>One transfer through <c>Ledger.TransferAsync</c>, acknowledged after its commit.</summary>
    [Benchmark]
    public async Task<long> DurableTransfer()
    {
        await bench.Transfer(0);
        return bench.Ledger.Current.EventCount;
    }
}
