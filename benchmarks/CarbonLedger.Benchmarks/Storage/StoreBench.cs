using System;
using System.IO;
using System.Threading.Tasks;
using CarbonLedger.Benchmarks.Registry;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Sqlite;
using CarbonLedger.Storage;
using Microsoft.Data.Sqlite;

namespace CarbonLedger.Benchmarks.Storage;

/// <summary>
/// A store-backed registry for the storage benchmarks, in a fresh SQLite file on the machine's disk (not tmpfs, so
/// every commit pays its fsync): two accounts per caller, each holding plenty of credits.
/// </summary>
internal sealed class StoreBench : IAsyncDisposable
{
    private readonly string folder;
    private int next;

    private StoreBench(string folder, SqliteRegistryStore store, Ledger ledger, AccountId[] accounts, ActorId holder)
    {
        this.folder = folder;
        Store = store;
        Ledger = ledger;
        Accounts = accounts;
        Holder = holder;
    }

    internal SqliteRegistryStore Store { get; }

    internal Ledger Ledger { get; }

    internal AccountId[] Accounts { get; }

    internal ActorId Holder { get; }

    internal static string NewFolder()
    {
        string folder = Path.Combine(Environment.GetEnvironmentVariable("BENCH_STORE_DIR") ?? Path.Combine(Directory.GetCurrentDirectory(), "bench-stores"),
            Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    internal static async Task<StoreBench> Create(int accounts)
    {
        string folder = NewFolder();
        SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(Path.Combine(folder, "registry.db"));
        Ledger ledger = await Ledger.CreateAsync(store, BenchmarkRegistry.Registry, BenchmarkRegistry.Administrator, new TickingClock());
        var holder = ActorId.Create("Holder");
        var ids = new AccountId[accounts];
        await ledger.ExecuteAsync(l =>
        {
            for (int a = 0; a < accounts; a++)
            {
                ids[a] = AccountId.Create(l.Registry, a + 1);
                l.OpenAccount(OperationId.Create("open-" + a), l.Administrator, Account.Create(ids[a], holder, AccountType.EntityHolding));
                l.Issue(OperationId.Create("issue-" + a), l.Administrator, ids[a],
                    [CreditBlock.Create(SerialBlock.FromStartAndCount(1 + a * 100_000_000L, 100_000_000L), CreditAttributes.Create(l.Registry, ProjectId.Parse("KZ001"), 2024))]);
            }
            return 0;
        });
        return new StoreBench(folder, store, ledger, ids, holder);
    }

    /// <summary>A fresh operation id.</summary>
    internal OperationId NextId() => OperationId.Create("t" + System.Threading.Interlocked.Increment(ref next));

    /// <summary>One durable transfer of one credit from account <paramref name="a"/> to its neighbour.</summary>
    internal Task Transfer(int a) =>
        Ledger.TransferAsync(NextId(), Holder, Accounts[a], Accounts[a ^ 1], CreditSelection.ByQuantity(1));

    /// <summary>A raw SQLite connection on a file of the same kind (WAL, synchronous=FULL) with the events table's shape.</summary>
    internal static SqliteConnection RawConnection(string folder)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "raw.db")};Pooling=False");
        connection.Open();
        using SqliteCommand setup = connection.CreateCommand();
        setup.CommandText = """
            PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
            CREATE TABLE events (registry TEXT NOT NULL, sequence INTEGER NOT NULL, operation_id TEXT NOT NULL, kind INTEGER NOT NULL,
                hash BLOB NOT NULL, encoding BLOB NOT NULL, UNIQUE (registry, sequence), UNIQUE (registry, operation_id));
            """;
        setup.ExecuteNonQuery();
        return connection;
    }

    /// <summary>The stored row of one transfer event, as the raw baselines insert it.</summary>
    internal StoredEvent SampleRow() => StoredEvent.FromEvent(Ledger.Current.Events[^1]);

    public async ValueTask DisposeAsync()
    {
        await Ledger.CloseAsync();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operating system's temporary-file cleanup.
        }
    }
}
