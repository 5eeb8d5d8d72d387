using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Sqlite;
using CarbonLedger.Storage;
using NodaTime;

// child random <store> <run> <workers>   random operations until killed; prints "ack <id> …" after each commit
// child hold <store>                     takes the writer lease, prints "holding", waits for stdin to close
// child append <store> <waitSeconds> <id> opens as a writer (waiting), transfers one credit, prints "appended"
//                                         or "locked: <message>" (exit 3)
Console.Out.Flush();
return args[0] switch
{
    "random" => await Child.Random(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)),
    "hold" => await Child.Hold(args[1]),
    "append" => await Child.Append(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args[3]),
    _ => 2,
};

internal static class Child
{
    internal static readonly RegistryId Jpn = RegistryId.Parse("JPN01");
    internal static readonly ActorId Admin = ActorId.Create("JPN01 administrator");
    internal static readonly ActorId Holder = ActorId.Create("Holder");
    private static readonly Lock Output = new();

    private static IClock Clock => new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 1, 5, 0, 0), Duration.FromMilliseconds(1));

    private static AccountId Acc(int n) => AccountId.Create(Jpn, n);

    private static void Say(string line)
    {
        lock (Output)
        {
            // Every line ends with " ." so that a line cut short by the kill is never read as an acknowledgement.
            Console.Out.Write(line + " .\n");
            Console.Out.Flush();
        }
    }

    internal static async Task<Ledger> OpenOrCreate(IRegistryStore store)
    {
        if ((await store.ReadEventsAsync(0, 1)).Count > 0)
        {
            return await Ledger.OpenAsync(store, Clock);
        }
        Ledger ledger = await Ledger.CreateAsync(store, Jpn, Admin, Clock);
        await ledger.ExecuteAsync(l =>
        {
            l.OpenAccount(OperationId.Create("open-1"), Admin, Account.Create(Acc(1), Holder, AccountType.EntityHolding));
            l.OpenAccount(OperationId.Create("open-2"), Admin, Account.Create(Acc(2), Holder, AccountType.EntityHolding));
            l.OpenAccount(OperationId.Create("open-3"), Admin, Account.Create(Acc(3), Holder, AccountType.EntityHolding));
            l.OpenAccount(OperationId.Create("open-4"), Admin, Account.Create(Acc(4), Admin, AccountType.Retirement));
            l.OpenAccount(OperationId.Create("open-5"), Admin, Account.Create(Acc(5), Admin, AccountType.Cancellation));
            return l.Issue(OperationId.Create("issue-0"), Admin, Acc(1), [Block(1, 100_000)]);
        });
        Say("ack open-1 open-2 open-3 open-4 open-5 issue-0");
        return ledger;
    }

    private static CreditBlock Block(long start, long end) =>
        CreditBlock.Create(SerialBlock.FromRange(start, end), CreditAttributes.Create(Jpn, ProjectId.Parse("KZ001"), 2025));

    internal static async Task<int> Random(string path, int run, int workers)
    {
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(path, new SqliteStoreOptions { WriterWait = TimeSpan.FromSeconds(30) });
        Ledger ledger = await OpenOrCreate(store);
        Say("ready");
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => Work(ledger, run, w))));
        return 0;
    }

    private static async Task Work(Ledger ledger, int run, int worker)
    {
        var random = new Random(run * 1_000 + worker);
        for (int n = 0; ; n++)
        {
            string id = $"r{run}-w{worker}-{n}";
            int from = random.Next(1, 4);
            int to = from % 3 + 1;
            try
            {
                switch (random.Next(10))
                {
                    case 0:
                        await ledger.RetireAsync(OperationId.Create(id), Holder, Acc(from), Acc(4), CreditSelection.ByQuantity(random.Next(1, 20)), "kill test", "test");
                        Say("ack " + id);
                        break;
                    case 1:
                        await ledger.CancelAsync(OperationId.Create(id), Holder, Acc(from), Acc(5), CreditSelection.ByQuantity(random.Next(1, 20)));
                        Say("ack " + id);
                        break;
                    case 2:
                        long start = 1_000_000_000L * (run + 1) + 10_000L * (worker * 100_000L + n);
                        await ledger.IssueAsync(OperationId.Create(id), Admin, Acc(from), [Block(start, start + random.Next(1, 5_000))]);
                        Say("ack " + id);
                        break;
                    case 3:
                    case 4:
                        // An explicit batch: all of it or none; its ids say how many it has.
                        int size = random.Next(2, 6);
                        string[] ids = Enumerable.Range(0, size).Select(k => $"b{id}-{k}-of-{size}").ToArray();
                        await ledger.ExecuteAsync(l =>
                        {
                            foreach (string b in ids)
                            {
                                l.Transfer(OperationId.Create(b), Holder, Acc(from), Acc(to), CreditSelection.ByQuantity(random.Next(1, 50)));
                            }
                            return 0;
                        });
                        Say("ack " + string.Join(' ', ids));
                        break;
                    default:
                        await ledger.TransferAsync(OperationId.Create(id), Holder, Acc(from), Acc(to), CreditSelection.ByQuantity(random.Next(1, 50)));
                        Say("ack " + id);
                        break;
                }
            }
            catch (RegistryException)
            {
                // Refused (for example not enough credits): nothing was applied, and nothing is acknowledged.
            }
        }
    }

    internal static async Task<int> Hold(string path)
    {
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(path);
        Ledger ledger = await OpenOrCreate(store);
        Say("holding");
        await Console.In.ReadToEndAsync();
        await ledger.CloseAsync();
        return 0;
    }

    internal static async Task<int> Append(string path, double waitSeconds, string id)
    {
        try
        {
            await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(path, new SqliteStoreOptions { WriterWait = TimeSpan.FromSeconds(waitSeconds) });
            Ledger ledger = await OpenOrCreate(store);
            await ledger.TransferAsync(OperationId.Create(id), Holder, Acc(1), Acc(2), CreditSelection.ByQuantity(1));
            await ledger.CloseAsync();
            Say("appended");
            return 0;
        }
        catch (RegistryStoreException ex) when (ex.Failure == StoreFailure.Locked)
        {
            Say("locked: " + ex.Message);
            return 3;
        }
    }
}
