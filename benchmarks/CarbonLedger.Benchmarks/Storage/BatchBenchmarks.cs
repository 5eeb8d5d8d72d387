using System.IO;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Registry;
using CarbonLedger.Storage;
using Microsoft.Data.Sqlite;

namespace CarbonLedger.Benchmarks.Storage;

/// <summary>
/// An explicit batch of 1,000 transfers in one all-or-nothing durable transaction (<c>Ledger.ExecuteAsync</c>), against
/// raw inserts of 1,000 rows of the same bytes in one transaction. Target: at least 100,000 durable transfers per
/// second, that is at most 10 ms per batch.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Size = 1_000;
    private StoreBench bench = null!;
    private SqliteConnection raw = null!;
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
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        raw.Dispose();
        Directory.Delete(rawFolder, recursive: true);
        bench.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Baseline: 1,000 rows of the same bytes inserted by hand in one committed transaction.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Size)]
    public long RawInsertBatch()
    {
        using SqliteTransaction transaction = raw.BeginTransaction(deferred: false);
        using SqliteCommand insert = raw.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO events (registry, sequence, operation_id, kind, hash, encoding) VALUES ($r, $s, $o, $k, $h, $e)";
        foreach (string name in (string[])["$r", "$s", "$o", "$k", "$h", "$e"])
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        for (int i = 0; i < Size; i++)
        {
            long s = sequence++;
            insert.Parameters[0].Value = "JPN01";
            insert.Parameters[1].Value = s;
            insert.Parameters[2].Value = "raw" + s;
            insert.Parameters[3].Value = (long)row.Kind;
            insert.Parameters[4].Value = row.Hash.ToArray();
            insert.Parameters[5].Value = row.Encoding.ToArray();
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return sequence;
    }

    /// <summary>1,000 transfers in one <c>ExecuteAsync</c> unit, acknowledged after their single commit.</summary>
    [Benchmark(OperationsPerInvoke = Size)]
    public int Batch() => bench.Ledger.ExecuteAsync(l =>
    {
        var one = CreditSelection.ByQuantity(1);
        for (int i = 0; i < Size; i++)
        {
            l.Transfer(bench.NextId(), bench.Holder, bench.Accounts[i & 1], bench.Accounts[(i & 1) ^ 1], one);
        }
        return l.Current.EventCount;
    }).GetAwaiter().GetResult();
}
