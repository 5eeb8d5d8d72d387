using System.Collections.Generic;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;

namespace CarbonLedger.Benchmarks.Registry;

/// <summary>A clock that moves one tick per reading, so every event has its own instant.</summary>
internal sealed class TickingClock : IClock
{
    private long ticks = Instant.FromUtc(2026, 1, 1, 0, 0).ToUnixTimeTicks();

    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(ticks++);
}

/// <summary>
/// Builds the registries the benchmarks use: <c>accounts</c> entity accounts, each with <c>blocksPerAccount</c>
/// blocks of 10,000 credits (with gaps between the blocks so they never merge).
/// </summary>
internal static class BenchmarkRegistry
{
    internal const long CreditsPerBlock = 10_000;

    internal static readonly RegistryId Registry = RegistryId.Parse("JPN01");
    internal static readonly ActorId Administrator = ActorId.Create("JPN01 administrator");

    internal static (Ledger Ledger, ActorId[] Holders, AccountId[] Accounts) Build(int accounts, int blocksPerAccount)
    {
        var ledger = Ledger.Create(Registry, Administrator, new TickingClock());
        var attributes = CreditAttributes.Create(Registry, ProjectId.Parse("KZ001"), 2024);
        var holders = new ActorId[accounts];
        var ids = new AccountId[accounts];
        var blocks = new List<CreditBlock>(blocksPerAccount);
        for (int a = 0; a < accounts; a++)
        {
            holders[a] = ActorId.Create("Holder " + a);
            ids[a] = AccountId.Create(Registry, a + 1);
            ledger.OpenAccount(OperationId.Create("open-" + a), Administrator, Account.Create(ids[a], holders[a], AccountType.EntityHolding));
            blocks.Clear();
            for (int b = 0; b < blocksPerAccount; b++)
            {
                long start = ((((long)a * blocksPerAccount) + b) * 2 * CreditsPerBlock) + 1;
                blocks.Add(CreditBlock.Create(SerialBlock.FromStartAndCount(start, CreditsPerBlock), attributes));
            }
            ledger.Issue(OperationId.Create("issue-" + a), Administrator, ids[a], blocks);
        }
        return (ledger, holders, ids);
    }

    /// <summary>A fixed random partner for every account (a permutation without fixed points), seeded.</summary>
    internal static int[] Partners(int accounts, int seed)
    {
        var random = new System.Random(seed);
        int[] order = new int[accounts];
        for (int i = 0; i < accounts; i++)
        {
            order[i] = i;
        }
        random.Shuffle(order);
        int[] partner = new int[accounts];
        for (int i = 0; i < accounts; i++)
        {
            partner[order[i]] = order[(i + 1) % accounts];
        }
        return partner;
    }

    /// <summary>A history of <paramref name="events"/> events: a registry of 1,000 accounts, then 1-credit splitting transfers.</summary>
    internal static IReadOnlyList<CarbonLedger.Registry.Events.LedgerEvent> History(int events)
    {
        const int accounts = 1_000;
        (Ledger ledger, ActorId[] holders, AccountId[] ids) = Build(accounts, 10);
        int[] partner = Partners(accounts, 7);
        var one = CreditSelection.ByQuantity(1);
        var random = new System.Random(11);
        for (int i = ledger.Current.EventCount; i < events; i++)
        {
            int from = random.Next(accounts);
            ledger.Transfer(OperationId.Create("t" + i), holders[from], ids[from], ids[partner[from]], one);
        }
        return ledger.Current.Events;
    }
}
