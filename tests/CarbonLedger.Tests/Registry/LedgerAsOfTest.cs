using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>
/// <see cref="LedgerSnapshot.AsOf"/> continues from the last prefix state it rebuilt: every answer must equal a replay
/// of that prefix from scratch, and continuing must never change a snapshot handed out before.
/// </summary>
public class LedgerAsOfTest
{
    /// <summary>A ledger whose history has every kind of event, one day apart.</summary>
    private static LedgerFixture History()
    {
        var f = new LedgerFixture();
        var one = CreditSelection.ByQuantity(1);
        f.Issue(f.Gov, 1, 100);
        f.Issue(f.Gov, 101, 150, vintage: 2023, project: LedgerFixture.Id009);
        for (int round = 0; round < 6; round++)
        {
            f.Clock.AdvanceDays(1);
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(7));
            f.Clock.AdvanceDays(1);
            OperationId escrow = f.NextId();
            f.Ledger.Reserve(escrow, LedgerFixture.Mayekawa, f.Entity, CreditSelection.ByQuantity(2));
            f.Clock.AdvanceDays(1);
            f.Ledger.Cancel(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Omge, one);
            f.Clock.AdvanceDays(1);
            f.Ledger.Release(f.NextId(), LedgerFixture.Mayekawa, f.Entity, escrow);
            f.Clock.AdvanceDays(1);
            f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, one, "Japan", "NDC");
            f.Clock.AdvanceDays(1);
            f.Ledger.Mark(f.NextId(), LedgerFixture.Admin, f.Gov, CreditSelection.ByQuantity(3),
                CreditMarking.Authorize(AuthorizationStatus.AuthorizedForNdc));
            f.Clock.AdvanceDays(1);
            f.Ledger.Transfer(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Gov, CreditSelection.ByQuantity(2));
        }
        return f;
    }

    /// <summary>The state after the first <paramref name="count"/> events, replayed from scratch.</summary>
    private static string Replayed(LedgerSnapshot full, int count) =>
        LedgerSnapshotText.Of(Ledger.Replay(full.Events.Take(count).ToList(), new NodaTime.Testing.FakeClock(Instant.MaxValue - Duration.FromDays(1))).Current);

    private static long Applied(LedgerSnapshot s) => ((EventList)s.Events).PrefixStates.EventsApplied;

    [Fact]
    public void AsOf_LaterInstants_ContinueFromTheLastRebuildAndMatchAReplayFromScratch()
    {
        LedgerSnapshot full = History().Ledger.Current;
        IReadOnlyList<LedgerEvent> events = full.Events;
        var answers = new List<LedgerSnapshot>();
        long appliedBefore = Applied(full);
        for (int n = 3; n < events.Count; n += 5)
        {
            LedgerSnapshot then = full.AsOf(events[n - 1].Instant);
            Assert.Equal(n, then.EventCount);
            Assert.Equal(Replayed(full, n), LedgerSnapshotText.Of(then));
            answers.Add(then);
        }
        // Each answer continued from the one before (all are still held here): one replay of the longest prefix in all.
        Assert.Equal(answers[^1].EventCount, Applied(full) - appliedBefore);
        GC.KeepAlive(answers);
    }

    [Fact]
    public void AsOf_ContinuingFromAnEarlierAnswer_LeavesThatAnswerUnchanged()
    {
        LedgerSnapshot full = History().Ledger.Current;
        IReadOnlyList<LedgerEvent> events = full.Events;
        LedgerSnapshot early = full.AsOf(events[11].Instant);
        string before = LedgerSnapshotText.Of(early);
        LedgerSnapshot later = full.AsOf(events[^2].Instant);
        Assert.Equal(Replayed(full, events.Count - 1), LedgerSnapshotText.Of(later));
        Assert.Equal(before, LedgerSnapshotText.Of(early));
        Assert.Equal(Replayed(full, 12), before);
    }

    [Fact]
    public void AsOf_SamePrefixAgain_ReturnsTheSameSnapshotWithoutReplaying()
    {
        LedgerFixture f = History();
        IReadOnlyList<LedgerEvent> events = f.Ledger.Current.Events;
        Instant instant = events[20].Instant;
        LedgerSnapshot first = f.Ledger.AsOf(instant);
        long applied = Applied(first);
        // The same prefix: the event's own instant, an instant just before the next event, and from a newer snapshot.
        Assert.Same(first, f.Ledger.AsOf(instant));
        Assert.Same(first, f.Ledger.AsOf(events[21].Instant - Duration.Epsilon));
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1));
        Assert.Same(first, f.Ledger.Current.AsOf(instant));
        Assert.Equal(applied, Applied(first));
    }

    [Fact]
    public void AsOf_EarlierInstantAfterALaterOne_ReplaysFromTheFirstEvent()
    {
        LedgerSnapshot full = History().Ledger.Current;
        IReadOnlyList<LedgerEvent> events = full.Events;
        LedgerSnapshot late = full.AsOf(events[30].Instant);
        long applied = Applied(full);
        LedgerSnapshot early = full.AsOf(events[9].Instant);
        Assert.Equal(10, Applied(full) - applied);
        Assert.Equal(Replayed(full, 10), LedgerSnapshotText.Of(early));
        Assert.Equal(Replayed(full, 31), LedgerSnapshotText.Of(late));
        // Before the first event: the empty registry, whatever was remembered.
        Assert.Equal(0, full.AsOf(events[0].Instant - Duration.Epsilon).EventCount);
        GC.KeepAlive(late);
    }

    [Fact]
    public void AsOf_OnAFork_DoesNotShareRememberedStates()
    {
        LedgerFixture f = History();
        Ledger fork = f.Ledger.Fork();
        Instant instant = f.Ledger.Current.Events[15].Instant;
        LedgerSnapshot original = f.Ledger.AsOf(instant);
        LedgerSnapshot forked = fork.AsOf(instant);
        Assert.NotSame(original, forked);
        Assert.Equal(LedgerSnapshotText.Of(original), LedgerSnapshotText.Of(forked));
    }

    [Fact]
    public async Task AsOf_ManyReadersAtRandomInstants_EachGetsTheReplayedState()
    {
        LedgerSnapshot full = History().Ledger.Current;
        IReadOnlyList<LedgerEvent> events = full.Events;
        string[] expected = new string[events.Count + 1];
        for (int n = 1; n <= events.Count; n++)
        {
            expected[n] = Replayed(full, n);
        }
        Task[] readers = Enumerable.Range(0, 4).Select(seed => Task.Run(() =>
        {
            var random = new Random(seed);
            for (int i = 0; i < 200; i++)
            {
                int n = random.Next(1, events.Count);
                LedgerSnapshot then = full.AsOf(events[n - 1].Instant);
                Assert.Equal(n, then.EventCount);
                Assert.Equal(expected[n], LedgerSnapshotText.Of(then));
            }
        })).ToArray();
        await Task.WhenAll(readers);
    }

    /// <summary>
    /// Two readers asking at the same time both continue from the one remembered prefix state and both replay account
    /// openings. The account directory is shared along a lineage of states and has a single writer, so each
    /// continuation must take its own copy: written by both at once, it lost entries and an answer could not find an
    /// account it listed (found by a review, fixed).
    /// </summary>
    [Fact]
    public void AsOf_ConcurrentReadersContinuingFromOneRememberedState_NeverLoseAnAccount()
    {
        var f = new LedgerFixture();
        for (int i = 0; i < 3000; i++)
        {
            f.Open(100 + i, LedgerFixture.Mayekawa, AccountType.EntityHolding);
        }
        LedgerSnapshot full = f.Ledger.Current;
        IReadOnlyList<LedgerEvent> events = full.Events;
        // Before the fix this lost an account within a few hundred rounds (about a second).
        int rounds = 0;
        string? failure = null;
        while (failure is null && rounds < 1_000)
        {
            rounds++;
            // A fresh remembered state (and with it a fresh account directory) for this round.
            LedgerSnapshot seed = full.AsOf(events[1].Instant);
            Assert.Equal(2, seed.EventCount);
            using var barrier = new Barrier(2);
            LedgerSnapshot[] answers = new LedgerSnapshot[2];
            Thread[] readers = Enumerable.Range(0, 2).Select(t => new Thread(() =>
            {
                barrier.SignalAndWait();
                answers[t] = full.AsOf(events[events.Count - 2 - t].Instant);
            })).ToArray();
            foreach (Thread reader in readers)
            {
                reader.Start();
            }
            foreach (Thread reader in readers)
            {
                reader.Join();
            }
            foreach (LedgerSnapshot answer in answers)
            {
                foreach (Account account in answer.Accounts)
                {
                    if (!answer.HasAccount(account.Id))
                    {
                        failure = $"round {rounds}: a snapshot of {answer.EventCount} events lists {account.Id} but HasAccount says no";
                        break;
                    }
                }
            }
            GC.KeepAlive(seed);
        }
        Assert.True(failure is null, failure);
    }
}
