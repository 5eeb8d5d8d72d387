using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Registry.State;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>Findings of a review of the registry ledger (issue #5): bugs it found (fixed) and behaviour it pinned.</summary>
public class ReviewFindingsTest
{
    private static readonly ActorId KazAdmin = ActorId.Create("KAZ01 administrator");

    private static LedgerFixture History()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        f.Ledger.Retire(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Retirement, CreditSelection.ByQuantity(5), "Mayekawa", "Voluntary");
        f.Ledger.Cancel(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Omge, CreditSelection.ByQuantity(2));
        return f;
    }

    /// <summary>The ledger's history and one more transfer written by something else, chained and hashed as the ledger would.</summary>
    private static (List<LedgerEvent> Events, LedgerEvent Forged) WithForged(LedgerFixture f, ActorId actor, Func<EventHeader, LedgerEvent> create)
    {
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        LedgerEvent last = events[^1];
        LedgerEvent forged = create(new EventHeader(last.Sequence + 1, last.Instant, OperationId.Create("forged"), actor, last.Hash, default));
        forged.SetHash(HashChain.ComputeHash(forged));
        events.Add(forged);
        return (events, forged);
    }

    /// <summary>A ledger on <paramref name="clock"/> with a government and an entity account, serials 1–100 issued to the first.</summary>
    private static (Ledger Ledger, AccountId Gov, AccountId Entity, CreditAttributes Attributes) TwoAccounts(IClock clock)
    {
        var ledger = Ledger.Create(LedgerFixture.Jpn, LedgerFixture.Admin, clock);
        var gov = AccountId.Create(LedgerFixture.Jpn, 1);
        var entity = AccountId.Create(LedgerFixture.Jpn, 2);
        ledger.OpenAccount(OperationId.Create("o1"), LedgerFixture.Admin, Account.Create(gov, LedgerFixture.GovJapan, AccountType.GovernmentHolding));
        ledger.OpenAccount(OperationId.Create("o2"), LedgerFixture.Admin, Account.Create(entity, LedgerFixture.Mayekawa, AccountType.EntityHolding));
        var attributes = CreditAttributes.Create(LedgerFixture.Jpn, LedgerFixture.Kz001, 2024);
        ledger.Issue(OperationId.Create("i1"), LedgerFixture.Admin, gov, [CreditBlock.Create(SerialBlock.FromRange(1, 100), attributes)]);
        return (ledger, gov, entity, attributes);
    }

    private static string[] Lines(LedgerFixture f) =>
        LedgerJsonLines.ToJsonLines(f.Ledger.Current.Events).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Acquisitions arrive in non-terminal accounts (DOMAIN §4): straight into a retirement account they would be a retirement without beneficiary or purpose.</summary>
    [Fact]
    public void P1_Acquire_IntoRetirementAccount_Refused()
    {
        var kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        var jpn = new LedgerFixture();
        kaz.Issue(kaz.Gov, 1, 100);
        CreditsTransferredOut outgoing = kaz.Ledger.TransferOut(OperationId.Create("to-retirement"), LedgerFixture.GovJapan, kaz.Gov, jpn.Retirement, CreditSelection.ByQuantity(10));
        string before = LedgerSnapshotText.Of(jpn.Ledger.Current);
        Exception? ex = Record.Exception(() => jpn.Ledger.Acquire(LedgerFixture.Admin, outgoing));
        Assert.IsType<AccountTypeException>(ex);
        Assert.Equal(before, LedgerSnapshotText.Of(jpn.Ledger.Current));
    }

    /// <summary>An account's available balance is a long: credits that would take it past long.MaxValue are refused before anything is written.</summary>
    [Fact]
    public void P2_Issue_TwoFullRangeProjects_BalanceNeverOverflows()
    {
        var f = new LedgerFixture();
        f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [f.Block(1, long.MaxValue)]);
        string before = LedgerSnapshotText.Of(f.Ledger.Current);
        var ex = Assert.Throws<ArgumentException>(() => f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [f.Block(1, long.MaxValue, project: LedgerFixture.Id009)]));
        Assert.Equal("blocks", ex.ParamName);
        Assert.Contains("more than the 9223372036854775807 one account can hold", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, LedgerSnapshotText.Of(f.Ledger.Current));
        Assert.Equal(long.MaxValue, f.Ledger.Current.GetBalance(f.Gov));
    }

    /// <summary>The same limit for transfers, releases and acquisitions into a full account, live and in a replay.</summary>
    [Fact]
    public void P2b_TransferReleaseAndAcquireIntoAFullAccount_Refused()
    {
        var f = new LedgerFixture();
        f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [f.Block(1, long.MaxValue)]);
        f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Entity, [f.Block(1, 10, project: LedgerFixture.Id009)]);
        f.Ledger.Reserve(OperationId.Create("escrow"), LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(5));
        f.Ledger.Transfer(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Gov, CreditSelection.ByQuantity(5));
        string before = LedgerSnapshotText.Of(f.Ledger.Current);
        Assert.Equal("credits", Assert.Throws<ArgumentException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Gov, CreditSelection.ByQuantity(1))).ParamName);
        Assert.Equal("reservation", Assert.Throws<ArgumentException>(() =>
            f.Ledger.Release(f.NextId(), LedgerFixture.GovJapan, f.Gov, OperationId.Create("escrow"))).ParamName);
        Assert.Equal(before, LedgerSnapshotText.Of(f.Ledger.Current));

        var kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        kaz.Issue(kaz.Gov, 1, 10);
        CreditsTransferredOut outgoing = kaz.Ledger.TransferOut(f.NextId(), LedgerFixture.GovJapan, kaz.Gov, f.Gov, CreditSelection.ByQuantity(1));
        Assert.Equal("outgoing", Assert.Throws<ArgumentException>(() => f.Ledger.Acquire(LedgerFixture.Admin, outgoing)).ParamName);
        Assert.Equal(before, LedgerSnapshotText.Of(f.Ledger.Current));

        // A history that overflows anyway (written by something else, hashes recomputed) does not replay.
        (List<LedgerEvent> events, LedgerEvent forged) = WithForged(f, LedgerFixture.Mayekawa, header => new CreditsTransferred(header, f.Entity, f.Gov, CreditSelection.ByQuantity(1), [f.Block(5, 5, project: LedgerFixture.Id009)]));
        var replay = Assert.Throws<LedgerHistoryException>(() => Ledger.Replay(events, f.Clock));
        Assert.Equal(forged.Sequence, replay.Sequence);
    }

    /// <summary>Import applies Retire's text rules, so an over-long beneficiary is refused with its line instead of breaking the encoding's length prefix.</summary>
    [Fact]
    public void P3_Verify_ImportedBeneficiaryTooLongForEncoding_ReportsInsteadOfThrowing()
    {
        string[] lines = Lines(History());
        int retired = Array.FindIndex(lines, l => l.Contains("\"beneficiary\":\"Mayekawa\"", StringComparison.Ordinal));
        lines[retired] = lines[retired].Replace("\"beneficiary\":\"Mayekawa\"", "\"beneficiary\":\"" + new string('x', 70_000) + "\"", StringComparison.Ordinal);
        Exception? ex = Record.Exception(() =>
        {
            IReadOnlyList<LedgerEvent> events = LedgerJsonLines.FromJsonLines(string.Join('\n', lines));
            ChainVerification v = HashChain.Verify(events);
            Assert.Equal((ChainProblem.Changed, retired), (v.Problem, v.Position));
        });
        Assert.True(ex is null or FormatException, ex?.ToString());
    }

    /// <summary>A line that fills a field its kind of event does not have (dropped unseen by the hash) is refused.</summary>
    [Fact]
    public void P4_JsonLines_FieldOfAnotherKindAdded_Refused()
    {
        string[] lines = Lines(History());
        int transfer = Array.FindIndex(lines, l => l.Contains("\"kind\":\"creditsTransferred\"", StringComparison.Ordinal));
        lines[transfer] = lines[transfer].Replace("\"from\":", "\"beneficiary\":\"Someone\",\"purpose\":\"Offsetting\",\"from\":", StringComparison.Ordinal);
        Exception? ex = Record.Exception(() => HashChain.Verify(LedgerJsonLines.FromJsonLines(string.Join('\n', lines))).IsValid ? null : "invalid");
        Assert.IsType<FormatException>(ex);
    }

    /// <summary>A replayed movement must carry exactly the blocks its selection picks, not only as many credits.</summary>
    [Fact]
    public void P5_Replay_BlocksContradictTheirSelection_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        (List<LedgerEvent> events, LedgerEvent forged) = WithForged(f, LedgerFixture.GovJapan, header => new CreditsTransferred(header, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(1, 10)), [f.Block(91, 100)]));
        Assert.Throws<LedgerHistoryException>(() => Ledger.Replay(events, f.Clock));
    }

    /// <summary>The same for quantity selections: the blocks must be the ones picking takes (oldest first, split at the tail), not merely as many.</summary>
    [Theory]
    [InlineData("91-100", true)]
    [InlineData("1-10", false)]
    [InlineData("91-95,96-100", false)]
    [InlineData("91-99", false)]
    public void P5b_Replay_QuantityPickMustBeWhatPickingTakes(string ranges, bool replays)
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        CreditBlock[] blocks = ranges.Split(',').Select(r => f.Block(long.Parse(r.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(r.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        (List<LedgerEvent> events, LedgerEvent forged) = WithForged(f, LedgerFixture.GovJapan, header => new CreditsTransferred(header, f.Gov, f.Entity, CreditSelection.ByQuantity(10), [.. blocks]));
        Exception? ex = Record.Exception(() => Ledger.Replay(events, f.Clock));
        if (replays)
        {
            Assert.Null(ex);
        }
        else
        {
            Assert.Equal(forged.Sequence, Assert.IsType<LedgerHistoryException>(ex).Sequence);
        }
    }

    /// <summary>Event 0 with a non-zero previous hash, rehashed, is reported as event 0 changed (it said event -1).</summary>
    [Fact]
    public void P6_Verify_FirstEventPreviousHashChangedAndRehashed_NamesEventZero()
    {
        LedgerFixture f = History();
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        var genesis = (RegistryCreated)events[0];
        var forged = new RegistryCreated(genesis.Header with { PreviousHash = genesis.Hash }, genesis.Registry);
        forged.SetHash(HashChain.ComputeHash(forged));
        events[0] = forged;
        ChainVerification v = HashChain.Verify(events);
        Assert.False(v.IsValid);
        Assert.Equal((ChainProblem.Changed, 0, 0L), (v.Problem, v.Position, v.Sequence));
    }

    /// <summary>An edited sequence number (the event no longer matches its hash) is reported as a change, not as a removal or an insertion.</summary>
    [Theory]
    [InlineData(9)]
    [InlineData(3)]
    public void P7_Verify_SequenceNumberEditedInExport_ReportedAsChanged(int newSequence)
    {
        string[] lines = Lines(History());
        lines[6] = lines[6].Replace("\"sequence\":6,", $"\"sequence\":{newSequence},", StringComparison.Ordinal);
        ChainVerification v = HashChain.Verify(LedgerJsonLines.FromJsonLines(string.Join('\n', lines)));
        Assert.Equal((ChainProblem.Changed, 6), (v.Problem, v.Position));
    }

    private sealed class ListClock(params Instant[] instants) : IClock
    {
        private int next;

        public Instant GetCurrentInstant() => instants[Math.Min(next++, instants.Length - 1)];
    }

    /// <summary>Pins (not covered elsewhere): sub-tick, ancient, minimum and maximum instants survive export, import and replay with the chain intact.</summary>
    [Fact]
    public void P8_JsonLines_SubTickAndAncientInstants_RoundTripWithChainIntact()
    {
        Instant subTick = Instant.FromUtc(2026, 1, 5, 0, 0) + Duration.FromNanoseconds(123_456_789);
        Instant ancient = Instant.FromUtc(-500, 3, 1, 12, 0) + Duration.FromNanoseconds(7);
        foreach (Instant t in new[] { subTick, ancient, Instant.MinValue, Instant.MaxValue })
        {
            var ledger = Ledger.Create(LedgerFixture.Jpn, LedgerFixture.Admin, new ListClock(t));
            ledger.OpenAccount(OperationId.Create("o"), LedgerFixture.Admin, Account.Create(AccountId.Create(LedgerFixture.Jpn, 1), LedgerFixture.GovJapan, AccountType.GovernmentHolding));
            string text = LedgerJsonLines.ToJsonLines(ledger.Current.Events);
            IReadOnlyList<LedgerEvent> read = LedgerJsonLines.FromJsonLines(text);
            Assert.Equal(t, read[1].Instant);
            Assert.True(HashChain.Verify(read, ledger.Current.HeadHash).IsValid);
            Assert.Equal(LedgerSnapshotText.Of(ledger.Current), LedgerSnapshotText.Of(Ledger.Replay(read, new ListClock(t)).Current));
        }
    }

    private sealed class ThrowingClock(IClock inner) : IClock
    {
        public bool Throw { get; set; }

        public Instant GetCurrentInstant() => Throw ? throw new TimeoutException("clock down") : inner.GetCurrentInstant();
    }

    /// <summary>Pins (not covered elsewhere): a clock that throws after unsealed in-place writes leaves state and ids untouched, without a rebuild.</summary>
    [Fact]
    public void P9_ClockThrows_AfterUnsealedWrites_NothingChangedAndIdStaysFree()
    {
        var clock = new ThrowingClock(new FakeClock(LedgerFixture.Start, Duration.FromSeconds(1)));
        (Ledger ledger, AccountId gov, AccountId entity, CreditAttributes attributes) = TwoAccounts(clock);
        ledger.Transfer(OperationId.Create("t0"), LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(3));
        var twin = Ledger.Replay(ledger.Current.Events, new FakeClock(LedgerFixture.Start));
        ledger.Transfer(OperationId.Create("t1"), LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(3));
        twin.Transfer(OperationId.Create("t1"), LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(3));
        clock.Throw = true;
        Assert.Throws<TimeoutException>(() => ledger.Transfer(OperationId.Create("t2"), LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(5)));
        Assert.Throws<TimeoutException>(() => ledger.OpenAccount(OperationId.Create("o3"), LedgerFixture.Admin, Account.Create(AccountId.Create(LedgerFixture.Jpn, 3), LedgerFixture.Mayekawa, AccountType.Buffer)));
        Assert.Throws<TimeoutException>(() => ledger.Issue(OperationId.Create("i2"), LedgerFixture.Admin, gov, [CreditBlock.Create(SerialBlock.FromRange(101, 200), attributes)]));
        clock.Throw = false;
        Assert.Equal(0, ledger.RestoreCount);
        Assert.Equal(97L - 3, ledger.Current.GetBalance(gov));
        Assert.False(ledger.Current.HasAccount(AccountId.Create(LedgerFixture.Jpn, 3)));
        ledger.Transfer(OperationId.Create("t2"), LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(5));
        ledger.Issue(OperationId.Create("i2"), LedgerFixture.Admin, gov, [CreditBlock.Create(SerialBlock.FromRange(101, 200), attributes)]);
        Assert.Equal(189L, ledger.Current.GetBalance(gov));
    }

    private sealed class PeekingClock(IClock inner) : IClock
    {
        public Ledger? Ledger { get; set; }

        public List<(LedgerSnapshot Snapshot, string Text)> Seen { get; } = [];

        public Instant GetCurrentInstant()
        {
            if (Ledger is { } l)
            {
                LedgerSnapshot s = l.Current;
                Seen.Add((s, LedgerSnapshotText.Of(s)));
            }
            return inner.GetCurrentInstant();
        }
    }

    /// <summary>Pins (not covered elsewhere): a clock that reads Current inside every operation (sealing mid-operation) sees snapshots that never change, and the result equals a twin's.</summary>
    [Fact]
    public void P10_ClockReadsCurrentDuringEveryOperation_SnapshotsNeverChangeAndStateMatchesTwin()
    {
        var clock = new PeekingClock(new FakeClock(LedgerFixture.Start, Duration.FromSeconds(1)));
        var ledger = Ledger.Create(LedgerFixture.Jpn, LedgerFixture.Admin, clock);
        var twin = Ledger.Create(LedgerFixture.Jpn, LedgerFixture.Admin, new FakeClock(LedgerFixture.Start, Duration.FromSeconds(1)));
        clock.Ledger = ledger;
        var gov = AccountId.Create(LedgerFixture.Jpn, 1);
        var entity = AccountId.Create(LedgerFixture.Jpn, 2);
        var attributes = CreditAttributes.Create(LedgerFixture.Jpn, LedgerFixture.Kz001, 2024);
        foreach (Ledger l in new[] { ledger, twin })
        {
            l.OpenAccount(OperationId.Create("o1"), LedgerFixture.Admin, Account.Create(gov, LedgerFixture.GovJapan, AccountType.GovernmentHolding));
            l.OpenAccount(OperationId.Create("o2"), LedgerFixture.Admin, Account.Create(entity, LedgerFixture.Mayekawa, AccountType.EntityHolding));
            l.Issue(OperationId.Create("i"), LedgerFixture.Admin, gov, [CreditBlock.Create(SerialBlock.FromRange(1, 1000), attributes)]);
            for (int i = 0; i < 60; i++)
            {
                l.Transfer(OperationId.Create("t" + i), LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(1 + (i % 4)));
                if (i % 5 == 0)
                {
                    l.Transfer(OperationId.Create("b" + i), LedgerFixture.Mayekawa, entity, gov, CreditSelection.ByQuantity(1));
                }
            }
        }
        Assert.All(clock.Seen, s => Assert.Equal(s.Text, LedgerSnapshotText.Of(s.Snapshot)));
        Assert.Equal(LedgerSnapshotText.Of(twin.Current), LedgerSnapshotText.Of(ledger.Current));
    }

    /// <summary>Pins (not covered elsewhere): events clamped to one instant by a clock that went back are all in AsOf of that instant and none is in AsOf of the nanosecond before.</summary>
    [Fact]
    public void P11_AsOf_EventsClampedToOneInstant_AllOrNoneIncluded()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Instant last = f.Ledger.Current.LastEventInstant;
        f.Clock.Reset(LedgerFixture.Start - Duration.FromDays(1));
        for (int i = 0; i < 3; i++)
        {
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1));
        }
        LedgerSnapshot now = f.Ledger.Current;
        Assert.Equal(4, now.Events.Count(e => e.Instant == last));
        LedgerSnapshot at = f.Ledger.AsOf(last);
        Assert.Equal(now.EventCount, at.EventCount);
        Assert.Equal(97L, at.GetBalance(f.Gov));
        LedgerSnapshot before = f.Ledger.AsOf(last - Duration.Epsilon);
        Assert.Equal(now.EventCount - 4, before.EventCount);
        Assert.Equal(0L, before.GetBalance(f.Gov));
    }

    /// <summary>
    /// Pins (not covered elsewhere): the canonical encoding writes a lone surrogate as U+FFFD, so a beneficiary "A\uD800B"
    /// would hash like "A\uFFFDB"; that tamper must not get through import. It does not: System.Text.Json refuses the
    /// lone surrogate and the reader reports the line.
    /// </summary>
    [Fact]
    public void P12_Import_LoneSurrogateReplacingReplacementCharacter_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(5), "A\uFFFDB", "NDC");
        string text = LedgerJsonLines.ToJsonLines(f.Ledger.Current.Events);
        string tampered = text.Replace("A\\uFFFDB", "A\\uD800B", StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(text, tampered);
        var ex = Assert.Throws<FormatException>(() => LedgerJsonLines.FromJsonLines(tampered));
        Assert.StartsWith("Line 9:", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Pins (not covered elsewhere): splitting, joining and sending serials at the long.MaxValue boundary, domestically and internationally, conserves and joins.</summary>
    [Fact]
    public void P13_MaxValueBoundary_SplitMoveBackAndAcquire_JoinsAndConserves()
    {
        var kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        var jpn = new LedgerFixture();
        kaz.Issue(kaz.Gov, long.MaxValue - 9, long.MaxValue);
        kaz.Ledger.Transfer(kaz.NextId(), LedgerFixture.GovJapan, kaz.Gov, kaz.Entity, CreditSelection.ByQuantity(1));
        Assert.Equal([$"{long.MaxValue}-{long.MaxValue}@2024"], kaz.Holdings(kaz.Entity));
        kaz.Ledger.Transfer(kaz.NextId(), LedgerFixture.Mayekawa, kaz.Entity, kaz.Gov, CreditSelection.Exactly(SerialRange.Create(LedgerFixture.Kaz, LedgerFixture.Kz001, SerialBlock.FromRange(long.MaxValue, long.MaxValue))));
        Assert.Equal([$"{long.MaxValue - 9}-{long.MaxValue}@2024"], kaz.Holdings(kaz.Gov));
        InternationalTransfer.Execute(kaz.Ledger, jpn.Ledger, OperationId.Create("x1"), LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(1));
        InternationalTransfer.Execute(jpn.Ledger, kaz.Ledger, OperationId.Create("x2"), LedgerFixture.GovJapan, jpn.Gov, kaz.Gov, CreditSelection.ByQuantity(1));
        InternationalTransfer.Execute(kaz.Ledger, jpn.Ledger, OperationId.Create("x3"), LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(2));
        Assert.Equal([$"{long.MaxValue - 1}-{long.MaxValue}@2024"], jpn.Holdings(jpn.Gov));
        Assert.Equal([$"{long.MaxValue - 9}-{long.MaxValue - 2}@2024"], kaz.Holdings(kaz.Gov));
        Assert.All(kaz.Ledger.Current.GetTotals(), t => Assert.True(t.IsConserved));
        Assert.All(jpn.Ledger.Current.GetTotals(), t => Assert.True(t.IsConserved));
        Assert.Equal(LedgerSnapshotText.Of(kaz.Ledger.Current), LedgerSnapshotText.Of(Ledger.Replay(kaz.Ledger.Current.Events, kaz.Clock).Current));
    }

    private sealed class ReentrantClock(IClock inner) : IClock
    {
        public Action? Once { get; set; }

        public Instant GetCurrentInstant()
        {
            Action? run = Once;
            Once = null;
            run?.Invoke();
            return inner.GetCurrentInstant();
        }
    }

    /// <summary>An operation started by the ledger's own clock, inside another operation, is refused (it was committed under the same id as the outer one).</summary>
    [Fact]
    public void P15_ClockStartsAnOperationWithTheSameId_IdNeverCommittedTwice()
    {
        var clock = new ReentrantClock(new FakeClock(LedgerFixture.Start, Duration.FromSeconds(1)));
        (Ledger ledger, AccountId gov, AccountId entity, CreditAttributes attributes) = TwoAccounts(clock);
        ledger.Issue(OperationId.Create("i2"), LedgerFixture.Admin, entity, [CreditBlock.Create(SerialBlock.FromRange(101, 200), attributes)]);
        var x = OperationId.Create("x");
        clock.Once = () => ledger.Transfer(x, LedgerFixture.Mayekawa, entity, gov, CreditSelection.ByQuantity(3));
        string before = LedgerSnapshotText.Of(ledger.Current);
        Exception? outer = Record.Exception(() => ledger.Transfer(x, LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(5)));
        // The operation started by the clock is refused, which fails the outer one too: nothing is committed.
        Assert.IsType<InvalidOperationException>(outer);
        Assert.Contains("inside the ledger's clock", outer.Message, StringComparison.Ordinal);
        LedgerSnapshot now = ledger.Current;
        Assert.Equal(before, LedgerSnapshotText.Of(now));
        Assert.DoesNotContain(now.Events, e => e.OperationId == x);
        // The id stays free, and the ledger goes on and replays to the same state.
        ledger.Transfer(x, LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(5));
        Assert.Single(ledger.Current.Events, e => e.OperationId == x);
        Assert.Equal(LedgerSnapshotText.Of(ledger.Current), LedgerSnapshotText.Of(Ledger.Replay(ledger.Current.Events, clock).Current));
    }

    /// <summary>
    /// When rebuilding the writer's state after a failure fails too, the half-updated state must never be read or
    /// published: reads and operations refuse while the rebuild keeps failing, and the ledger carries on from exactly
    /// its committed state once it succeeds.
    /// </summary>
    [Fact]
    public void P16_RebuildAfterAFailureFailsToo_HalfUpdatedStateNeverPublished_RecoversLater()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        _ = f.Ledger.Current;
        // Committed but not sealed: updated in place.
        OperationId firstId = f.NextId();
        CreditsTransferred first = f.Ledger.Transfer(firstId, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(10));
        f.Ledger.FaultInjector = s =>
        {
            if (s == LedgerStep.SourceUpdated)
            {
                throw new InvalidOperationException("injected fault");
            }
        };
        f.Ledger.RestoreFaultInjector = () => throw new OutOfMemoryException("injected rebuild failure");
        Assert.Equal("injected fault", Assert.Throws<InvalidOperationException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(5))).Message);
        f.Ledger.FaultInjector = null;

        // A repeat of the committed transfer reads only the history: it still returns its event.
        Assert.Same(first, f.Ledger.Transfer(firstId, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(10)));
        var read = Assert.Throws<InvalidOperationException>(() => f.Ledger.Current);
        Assert.IsType<OutOfMemoryException>(read.InnerException);
        Assert.IsType<OutOfMemoryException>(Assert.Throws<InvalidOperationException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1))).InnerException);

        f.Ledger.RestoreFaultInjector = null;
        LedgerSnapshot now = f.Ledger.Current;
        Assert.Equal(90L, now.GetBalance(f.Gov));
        Assert.Equal(10L, now.GetBalance(f.Entity));
        Assert.Equal(LedgerSnapshotText.Of(Ledger.Replay(now.Events, f.Clock).Current), LedgerSnapshotText.Of(now));
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(5));
        Assert.Equal(85L, f.Ledger.Current.GetBalance(f.Gov));
    }
}
