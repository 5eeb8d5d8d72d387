using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;
using CarbonLedger.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CarbonLedger.Sqlite.Tests;

public class StoredLedgerTest
{
    private static readonly RegistryId Jpn = SampleHistory.Jpn;
    private static readonly ActorId Admin = SampleHistory.Admin;
    private static readonly ActorId Holder = SampleHistory.Holder;
    private static readonly AccountId A = AccountId.Create(Jpn, 1);
    private static readonly AccountId B = AccountId.Create(Jpn, 2);

    private static async Task<Ledger> CreateWithCredits(IRegistryStore store, long credits = 1_000)
    {
        Ledger ledger = await Ledger.CreateAsync(store, Jpn, Admin, SampleHistory.Clock());
        await ledger.OpenAccountAsync(OperationId.Create("open-1"), Admin, Account.Create(A, Holder, AccountType.GovernmentHolding));
        await ledger.OpenAccountAsync(OperationId.Create("open-2"), Admin, Account.Create(B, Holder, AccountType.EntityHolding));
        await ledger.IssueAsync(OperationId.Create("issue-1"), Admin, A,
            [CreditBlock.Create(SerialBlock.FromRange(1, credits), CreditAttributes.Create(Jpn, ProjectId.Parse("KZ001"), 2025))]);
        return ledger;
    }

    private static async Task<string> Reopened(string file)
    {
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(file, new SqliteStoreOptions { ReadOnly = true });
        Ledger ledger = await Ledger.OpenAsync(store, SampleHistory.Clock());
        return Describe(ledger);
    }

    private static string Describe(Ledger ledger)
    {
        LedgerSnapshot s = ledger.Current;
        return $"{s.EventCount} events, head {s.HeadHash}, A {s.GetBalance(A)}, B {s.GetBalance(B)}";
    }

    [Fact]
    public async Task Operations_CommittedThenReopened_SameStateAndChain()
    {
        using var temp = new TempStore();
        string live;
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            Ledger ledger = await CreateWithCredits(store);
            await ledger.TransferAsync(OperationId.Create("t-1"), Holder, A, B, CreditSelection.ByQuantity(10));
            await ledger.ReserveAsync(OperationId.Create("res-1"), Holder, A, CreditSelection.ByQuantity(5));
            await ledger.ReleaseAsync(OperationId.Create("rel-1"), Holder, A, OperationId.Create("res-1"));
            // A repeat returns the committed event and writes nothing.
            CreditsTransferred again = await ledger.TransferAsync(OperationId.Create("t-1"), Holder, A, B, CreditSelection.ByQuantity(10));
            Assert.Equal(4, again.Sequence);
            live = Describe(ledger);
            await ledger.CloseAsync();
        }
        Assert.Equal(live, await Reopened(temp.File));
        Assert.Contains("A 990, B 10", live, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynchronousOperation_OnStoredLedger_RefusedNamingTheAsyncWay()
    {
        using var temp = new TempStore();
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        Ledger ledger = await CreateWithCredits(store);
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() =>
            ledger.Transfer(OperationId.Create("t-1"), Holder, A, B, CreditSelection.ByQuantity(1)));
        Assert.Contains("Async", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1_000, ledger.Current.GetBalance(A));
        Assert.Equal(4, (await store.ReadEventsAsync(0, 100)).Count);
        await ledger.CloseAsync();
    }

    [Fact]
    public async Task Batch_OneOperationRefused_NothingOfTheBatchApplied()
    {
        using var temp = new TempStore();
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        Ledger ledger = await CreateWithCredits(store, credits: 100);
        string before = Describe(ledger);
        await Assert.ThrowsAsync<InsufficientCreditsException>(() => ledger.ExecuteAsync(l =>
        {
            l.Transfer(OperationId.Create("b-1"), Holder, A, B, CreditSelection.ByQuantity(60));
            l.Transfer(OperationId.Create("b-2"), Holder, A, B, CreditSelection.ByQuantity(30));
            return l.Transfer(OperationId.Create("b-3"), Holder, A, B, CreditSelection.ByQuantity(30));
        }));
        Assert.Equal(before, Describe(ledger));
        Assert.Equal(before, await ReopenedWhileOpen(temp.File));
        // The ids of the refused batch are free again, and the ledger goes on.
        IReadOnlyList<CreditsTransferred> batch = await ledger.ExecuteAsync(l => (IReadOnlyList<CreditsTransferred>)
            [l.Transfer(OperationId.Create("b-1"), Holder, A, B, CreditSelection.ByQuantity(60)),
             l.Transfer(OperationId.Create("b-2"), Holder, A, B, CreditSelection.ByQuantity(30))]);
        Assert.Equal([4L, 5L], batch.Select(e => e.Sequence));
        Assert.Equal(6, (await store.ReadEventsAsync(0, 100)).Count);
        await ledger.CloseAsync();
    }

    private static async Task<string> ReopenedWhileOpen(string file) => await Reopened(file);

    [Fact]
    public async Task GroupCommit_ManyCallers_EachKeepsItsOwnOutcome()
    {
        using var temp = new TempStore();
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        Ledger ledger = await CreateWithCredits(store, credits: 100);
        // 40 callers at once; each asks for 3 credits, so 33 succeed and the last 7 are refused (in some order).
        Task<CreditsTransferred>[] calls = Enumerable.Range(0, 40)
            .Select(i => Task.Run(() => ledger.TransferAsync(OperationId.Create("c-" + i), Holder, A, B, CreditSelection.ByQuantity(3))))
            .ToArray();
        await Task.WhenAll(calls.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));
        Assert.Equal(33, calls.Count(c => c.IsCompletedSuccessfully));
        Assert.All(calls.Where(c => c.IsFaulted), c => Assert.IsType<InsufficientCreditsException>(c.Exception!.InnerException));
        Assert.Equal(99, ledger.Current.GetBalance(B));
        Assert.Equal(Describe(ledger), await Reopened(temp.File));
        await ledger.CloseAsync();
    }

    [Fact]
    public async Task CommitFails_GroupRolledBackAndLedgerGoesOn()
    {
        using var temp = new TempStore();
        var store = new FailingStore(await SqliteRegistryStore.OpenAsync(temp.File));
        await using (store)
        {
            Ledger ledger = await CreateWithCredits(store);
            string before = Describe(ledger);
            store.Fail = true;
            RegistryStoreException ex = await Assert.ThrowsAsync<RegistryStoreException>(() =>
                ledger.TransferAsync(OperationId.Create("t-1"), Holder, A, B, CreditSelection.ByQuantity(10)));
            Assert.Equal(StoreFailure.WriteFailed, ex.Failure);
            Assert.Equal(before, Describe(ledger));
            store.Fail = false;
            // The same id is free: the failed operation was not applied.
            CreditsTransferred e = await ledger.TransferAsync(OperationId.Create("t-1"), Holder, A, B, CreditSelection.ByQuantity(7));
            Assert.Equal(4, e.Sequence);
            Assert.Equal(7, ledger.Current.GetBalance(B));
            Assert.Equal(Describe(ledger), await Reopened(temp.File));
            await ledger.CloseAsync();
        }
    }

    [Fact]
    public async Task Cancellation_BeforeTheWriterApplies_NotApplied()
    {
        using var temp = new TempStore();
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        Ledger ledger = await CreateWithCredits(store);
        using var gate = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        // The first unit holds the writer until the second has been cancelled.
        Task<int> blocker = ledger.ExecuteAsync(_ => gate.Wait(TimeSpan.FromSeconds(30)) ? 1 : 0);
        Task<CreditsTransferred> cancelled = ledger.TransferAsync(OperationId.Create("t-1"), Holder, A, B, CreditSelection.ByQuantity(10), cancel.Token);
        await cancel.CancelAsync();
        gate.Set();
        Assert.Equal(1, await blocker);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(0, ledger.Current.GetBalance(B));
        Assert.Equal(4, (await store.ReadEventsAsync(0, 100)).Count);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ledger.TransferAsync(OperationId.Create("t-2"), Holder, A, B, CreditSelection.ByQuantity(10), cancel.Token));
        await ledger.CloseAsync();
    }

    [Fact]
    public async Task OpenAsync_EventRewrittenBehindTheStore_RefusedNamingItAndNothingWritten()
    {
        using var temp = new TempStore();
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            Ledger ledger = await CreateWithCredits(store);
            await ledger.TransferAsync(OperationId.Create("t-1"), Holder, A, B, CreditSelection.ByQuantity(10));
            await ledger.TransferAsync(OperationId.Create("t-2"), Holder, A, B, CreditSelection.ByQuantity(10));
            await ledger.CloseAsync();
            // Someone with the file drops the guard and moves event 4's instant (a low byte of its ticks, byte 49).
            using SqliteCommand command = store.Connection.CreateCommand();
            command.CommandText = "DROP TRIGGER events_no_update; UPDATE events SET encoding = substr(encoding, 1, 48) || (CASE WHEN substr(encoding, 49, 1) = x'01' THEN x'02' ELSE x'01' END) || substr(encoding, 50) WHERE sequence = 4";
            command.ExecuteNonQuery();
        }
        byte[] before = SHA256.HashData(await File.ReadAllBytesAsync(temp.File));
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            LedgerHistoryException ex = await Assert.ThrowsAsync<LedgerHistoryException>(() => Ledger.OpenAsync(store, SampleHistory.Clock()));
            Assert.Equal(4, ex.Sequence);
            Assert.Equal(ChainProblem.Changed, ex.Verification!.Problem);
            Assert.Contains("4", ex.Message, StringComparison.Ordinal);
        }
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(temp.File)));
    }

    [Fact]
    public async Task OpenAsync_PinnedHeadDoesNotMatch_Refused()
    {
        using var temp = new TempStore();
        EventHash pinned;
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            Ledger ledger = await CreateWithCredits(store);
            pinned = ledger.Current.HeadHash;
            await ledger.TransferAsync(OperationId.Create("t-1"), Holder, A, B, CreditSelection.ByQuantity(10));
            await ledger.CloseAsync();
        }
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File, new SqliteStoreOptions { ReadOnly = true }))
        {
            LedgerHistoryException ex = await Assert.ThrowsAsync<LedgerHistoryException>(() => Ledger.OpenAsync(store, SampleHistory.Clock(), pinned));
            Assert.Equal(ChainProblem.HeadMismatch, ex.Verification!.Problem);
            Ledger ok = await Ledger.OpenAsync(store, SampleHistory.Clock());
            Assert.Equal(5, ok.Current.EventCount);
        }
    }
}
