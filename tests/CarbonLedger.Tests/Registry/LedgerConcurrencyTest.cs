using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public class LedgerConcurrencyTest
{
    [Fact]
    public async Task Snapshots_ParallelReadersDuringWrites_NoTornReads()
    {
        var f = new LedgerFixture();
        AccountId[] holders = [f.Gov, f.Entity];
        ActorId[] actors = [LedgerFixture.GovJapan, LedgerFixture.Mayekawa];
        f.Issue(f.Gov, 1, 5_000);
        f.Issue(f.Entity, 10_001, 15_000, vintage: 2025);
        const long Issued = 10_000;
        const int Writes = 6_000;
        using var done = new CancellationTokenSource();
        var deadline = Stopwatch.StartNew();
        int reads = 0;

        void Reader()
        {
            int lastCount = 0;
            do
            {
                LedgerSnapshot s = f.Ledger.Current;
                long total = 0;
                foreach (Account a in s.Accounts)
                {
                    total += s.GetBalance(a.Id) + s.GetReservedBalance(a.Id);
                    long sum = 0;
                    foreach (CreditBlock b in s.GetHoldings(a.Id))
                    {
                        sum += b.Count;
                    }
                    Assert.Equal(s.GetBalance(a.Id), sum);
                }
                Assert.Equal(Issued, total);
                Assert.True(s.EventCount >= lastCount, "snapshots never go back");
                Assert.Equal(s.Events[^1].Hash, s.HeadHash);
                Assert.Equal(s.EventCount, s.Events.Count);
                lastCount = s.EventCount;
                Interlocked.Increment(ref reads);
            }
            while (!done.IsCancellationRequested && deadline.Elapsed < TimeSpan.FromSeconds(30));
        }

        Task[] readers = [Task.Run(Reader), Task.Run(Reader)];
        while (Volatile.Read(ref reads) < 2 && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Yield();
        }
        int readsBeforeWrites = Volatile.Read(ref reads);
        var random = new Random(3);
        for (int i = 0; i < Writes; i++)
        {
            int from = random.Next(2);
            int kind = random.Next(10);
            OperationId id = f.NextId();
            if (kind == 0 && f.Ledger.Current.GetBalance(holders[from]) > 3)
            {
                f.Ledger.Reserve(id, actors[from], holders[from], CreditSelection.ByQuantity(3));
            }
            else if (kind == 1 && f.Ledger.Current.Reservations.Count > 0)
            {
                Reservation r = f.Ledger.Current.Reservations[0];
                f.Ledger.Release(id, r.Account == f.Gov ? actors[0] : actors[1], r.Account, r.Id);
            }
            else if (f.Ledger.Current.GetBalance(holders[from]) > 0)
            {
                f.Ledger.Transfer(id, actors[from], holders[from], holders[1 - from], CreditSelection.ByQuantity(1 + random.Next(5)).InOrder((SelectionOrder)random.Next(2)));
            }
        }
        done.Cancel();
        await Task.WhenAll(readers);
        Assert.True(reads > readsBeforeWrites, $"readers ran during the writes ({readsBeforeWrites} reads before, {reads} in all)");
        Assert.True(HashChain.Verify(f.Ledger.Current.Events).IsValid);
    }

    [Fact]
    public async Task Snapshots_ReadersWhileWriterOpensAccountsAndWritesInPlace_EveryAccountFoundAndTotalsConserved()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 10_000);
        const int Opened = 3_000;
        using var done = new CancellationTokenSource();
        var deadline = Stopwatch.StartNew();
        int reads = 0;

        void Reader()
        {
            do
            {
                LedgerSnapshot s = f.Ledger.Current;
                long total = 0;
                foreach (Account a in s.Accounts)
                {
                    // Each lookup goes through the account directory, which the writer grows meanwhile.
                    Assert.Equal(a, s.GetAccount(a.Id));
                    total += s.GetBalance(a.Id);
                }
                Assert.Equal(10_000L, total);
                Interlocked.Increment(ref reads);
            }
            while (!done.IsCancellationRequested && deadline.Elapsed < TimeSpan.FromSeconds(30));
        }

        Task[] readers = [Task.Run(Reader), Task.Run(Reader)];
        for (int i = 0; i < Opened; i++)
        {
            // The writer never reads Current itself, so between the readers' snapshots it updates its nodes in place.
            var id = AccountId.Create(LedgerFixture.Jpn, 100 + i);
            f.Ledger.OpenAccount(f.NextId(), LedgerFixture.Admin, Account.Create(id, LedgerFixture.Mayekawa, AccountType.EntityHolding));
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, id, CreditSelection.ByQuantity(1));
        }
        done.Cancel();
        await Task.WhenAll(readers);
        LedgerSnapshot last = f.Ledger.Current;
        Assert.Equal(6 + Opened, last.Accounts.Count);
        Assert.Equal(10_000L - Opened, last.GetBalance(f.Gov));
        Assert.Equal(1L, last.GetBalance(AccountId.Create(LedgerFixture.Jpn, 100 + Opened - 1)));
        Assert.Throws<UnknownAccountException>(() => last.GetAccount(AccountId.Create(LedgerFixture.Jpn, 100 + Opened)));
        Assert.True(reads > 0);
    }
}
