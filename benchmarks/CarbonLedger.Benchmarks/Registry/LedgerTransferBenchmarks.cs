using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Registry;

namespace CarbonLedger.Benchmarks.Registry;

/// <summary>
/// Block-splitting transfers of one credit on one writer thread, on a registry of 1,000 blocks (10 accounts) and of
/// 1,000,000 blocks (10,000 accounts); both have 100 blocks per account, so the difference is the registry's size.
/// Each account always sends to the same partner, so received tails join and the holdings stay the same size.
/// Every iteration starts from a fresh copy of the registry (<c>Fork</c>, not measured), which is sealed: the writer
/// copies every node it touches for the first time and updates it in place afterwards. An iteration runs 100,000
/// transfers, so on the large registry every account pays its first-touch copies once per iteration: the rate of a
/// writer whose state is sealed (a snapshot read) once per 100,000 transfers. No reader takes snapshots meanwhile;
/// <see cref="LedgerSplitTransfersSnapshotEach"/> reads one per transfer, and
/// <see cref="LedgerSplitTransfersLongRunning"/> keeps one ledger across iterations (a writer nobody reads, which
/// seals on its own every 1,048,576 events).
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class LedgerTransferBenchmarks
{
    /// <summary>Transfers per measured invocation.</summary>
    public const int Transfers = 100_000;

    private const int BlocksPerAccount = 100;

    private Ledger baseLedger = null!;
    private Ledger ledger = null!;
    private ActorId[] holders = null!;
    private AccountId[] accounts = null!;
    private int[] from = null!;
    private int[] to = null!;
    private OperationId[] ids = null!;
    private readonly CreditSelection one = CreditSelection.ByQuantity(1);
    private List<(long Start, long End)>[] baseNaive = null!;
    private Ledger? longRunning;
    private OperationId[] longRunningIds = null!;
    private int batch;
    private List<(long Start, long End)>[] naive = null!;

    /// <summary>Blocks in the registry.</summary>
    [Params(1_000, 1_000_000)]
    public int Blocks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int accountCount = Blocks / BlocksPerAccount;
        (baseLedger, holders, accounts) = BenchmarkRegistry.Build(accountCount, BlocksPerAccount);
        int[] partner = BenchmarkRegistry.Partners(accountCount, 3);
        var random = new System.Random(5);
        from = new int[Transfers];
        to = new int[Transfers];
        ids = new OperationId[Transfers];
        for (int i = 0; i < Transfers; i++)
        {
            from[i] = random.Next(accountCount);
            to[i] = partner[from[i]];
            ids[i] = OperationId.Create("bench-" + i);
        }
        baseNaive = new List<(long, long)>[accountCount];
        foreach (CarbonLedger.Registry.Events.LedgerEvent e in baseLedger.Current.Events)
        {
            if (e is CarbonLedger.Registry.Events.CreditsIssued issued)
            {
                int a = (int)issued.To.Number - 1;
                baseNaive[a] = [];
                foreach (CreditBlock b in issued.Blocks)
                {
                    baseNaive[a].Add((b.Block.Start, b.Block.End));
                }
            }
        }
    }

    [IterationSetup(Targets = [nameof(MutableListsNoHistory), nameof(LedgerSplitTransfers), nameof(LedgerSplitTransfersSnapshotEach)])]
    public void Fresh()
    {
        ledger = baseLedger.Fork();
        naive = new List<(long, long)>[baseNaive.Length];
        for (int i = 0; i < naive.Length; i++)
        {
            naive[i] = new List<(long, long)>(baseNaive[i]);
        }
    }

    /// <summary>
    /// Before each iteration of <see cref="LedgerSplitTransfersLongRunning"/>: the first one forks the registry, later
    /// ones continue the same ledger with fresh operation ids (made here, not measured).
    /// </summary>
    [IterationSetup(Target = nameof(LedgerSplitTransfersLongRunning))]
    public void NextBatch()
    {
        if (longRunning is null)
        {
            longRunning = baseLedger.Fork();
            longRunningIds = new OperationId[Transfers];
        }
        batch++;
        for (int i = 0; i < Transfers; i++)
        {
            longRunningIds[i] = OperationId.Create("long-" + batch + "-" + i);
        }
    }

    /// <summary>Baseline: the same splits on mutable per-account lists of blocks, with no checks, history or hashing.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Transfers)]
    public long MutableListsNoHistory()
    {
        long moved = 0;
        for (int i = 0; i < Transfers; i++)
        {
            List<(long Start, long End)> source = naive[from[i]];
            (long start, long end) = source[0];
            if (start == end)
            {
                source.RemoveAt(0);
            }
            else
            {
                source[0] = (start, end - 1);
            }
            naive[to[i]].Add((end, end));
            moved++;
        }
        return moved;
    }

    /// <summary>The ledger: checked, authorised, idempotent, hash-chained and published as a new snapshot per transfer.</summary>
    [Benchmark(OperationsPerInvoke = Transfers)]
    public long LedgerSplitTransfers() => Run(ledger, ids);

    /// <summary>
    /// The same transfers with a reader taking <c>Current</c> after each one (a reporting service following every
    /// commit): each transfer then seals, and the next copies the paths it changes, as a fully persistent structure.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Transfers)]
    public long LedgerSplitTransfersSnapshotEach()
    {
        long last = 0;
        for (int i = 0; i < Transfers; i++)
        {
            ledger.Transfer(ids[i], holders[from[i]], accounts[from[i]], accounts[to[i]], one);
            last = ledger.Current.EventCount;
        }
        return last;
    }

    /// <summary>
    /// The same transfers on one ledger that runs on from iteration to iteration: after the warm-up iterations every
    /// account's nodes belong to the writer and are updated in place, as in a long-running writer that no reader
    /// interrupts (it still seals on its own every 1,048,576 events).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Transfers)]
    public long LedgerSplitTransfersLongRunning() => Run(longRunning!, longRunningIds);

    private long Run(Ledger writer, OperationId[] operations)
    {
        long last = 0;
        for (int i = 0; i < Transfers; i++)
        {
            last = writer.Transfer(operations[i], holders[from[i]], accounts[from[i]], accounts[to[i]], one).Sequence;
        }
        return last;
    }
}
