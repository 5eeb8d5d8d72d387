using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>Review of the registry ledger (issue #5): probes for suspected bugs.</summary>
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

    private static string[] Lines(LedgerFixture f) =>
        LedgerJsonLines.ToJsonLines(f.Ledger.Current.Events).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Acquisition is into a holding account (DOMAIN §4); a retirement needs a beneficiary and purpose (issue #5). Fix: Ledger.Acquire / LedgerState.CheckAcquire and ApplyAcquire.</summary>
    [Fact(Skip = "bug: Acquire accepts credits into a terminal (retirement/cancellation) account, a retirement without beneficiary or purpose")]
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

    /// <summary>Two issuances of serials 1..long.MaxValue in two projects into one account: GetBalance returns -2. Fix: refuse (checked sum) in the issue/acquire/transfer checks before writing.</summary>
    [Fact(Skip = "bug: an account balance (HoldingNode.Credits) overflows past long.MaxValue and goes negative; transfers are then refused as insufficient")]
    public void P2_Issue_TwoFullRangeProjects_BalanceNeverOverflows()
    {
        var f = new LedgerFixture();
        f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [f.Block(1, long.MaxValue)]);
        Exception? ex = Record.Exception(() => f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [f.Block(1, long.MaxValue, project: LedgerFixture.Id009)]));
        long balance = f.Ledger.Current.GetBalance(f.Gov);
        Assert.True(ex is not null || balance > 0, $"balance {balance}");
    }

    /// <summary>Import does not apply Retire's text rules; the u16 length prefix in CanonicalWriter.Str then throws. Fix: validate beneficiary/purpose in LedgerJsonLines.FromRecord (or report Changed).</summary>
    [Fact(Skip = "bug: HashChain.Verify throws OverflowException on an imported beneficiary over 65,535 UTF-8 bytes instead of reporting the event")]
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

    /// <summary>A transfer line with an added beneficiary/purpose reads and verifies. Fix: LedgerJsonLines.FromRecord refuses fields that the kind does not use.</summary>
    [Fact(Skip = "bug: JSON Lines import silently drops fields that do not belong to the event kind, so an altered file still verifies")]
    public void P4_JsonLines_FieldOfAnotherKindAdded_Refused()
    {
        string[] lines = Lines(History());
        int transfer = Array.FindIndex(lines, l => l.Contains("\"kind\":\"creditsTransferred\"", StringComparison.Ordinal));
        lines[transfer] = lines[transfer].Replace("\"from\":", "\"beneficiary\":\"Someone\",\"purpose\":\"Offsetting\",\"from\":", StringComparison.Ordinal);
        Exception? ex = Record.Exception(() => HashChain.Verify(LedgerJsonLines.FromJsonLines(string.Join('\n', lines))).IsValid ? null : "invalid");
        Assert.IsType<FormatException>(ex);
    }

    /// <summary>LedgerState.TakePicked says it checks that the blocks are what the selection picked; CheckSelection compares only the sum. Fix: for exact selections compare the ranges; for quantities re-pick or check filters and order.</summary>
    [Fact(Skip = "bug: replay accepts a movement whose blocks are not what its selection names (only the credit count is compared)")]
    public void P5_Replay_BlocksContradictTheirSelection_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        LedgerEvent last = events[^1];
        var header = new EventHeader(last.Sequence + 1, last.Instant, OperationId.Create("forged"), LedgerFixture.GovJapan, last.Hash, default);
        var forged = new CreditsTransferred(header, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(1, 10)), [f.Block(91, 100)]);
        forged.SetHash(HashChain.ComputeHash(forged));
        events.Add(forged);
        Assert.Throws<LedgerHistoryException>(() => Ledger.Replay(events, f.Clock));
    }

    /// <summary>Event 0 with a non-zero previous hash, rehashed: verification says Event -1 was changed. Fix: HashChain.BrokenLink at i == 0.</summary>
    [Fact(Skip = "bug: HashChain.BrokenLink reports position and sequence -1 when event 0 was changed and rehashed")]
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

    /// <summary>HashChain.VerifyCore checks numbering before content at the structural position. Fix: when the event at the structural position fails its own hash, report Changed.</summary>
    [Theory(Skip = "bug: an edited sequence number (event no longer matches its hash) is reported as Removed or Inserted, not Changed")]
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
        var ledger = Ledger.Create(LedgerFixture.Jpn, LedgerFixture.Admin, clock);
        var gov = AccountId.Create(LedgerFixture.Jpn, 1);
        var entity = AccountId.Create(LedgerFixture.Jpn, 2);
        ledger.OpenAccount(OperationId.Create("o1"), LedgerFixture.Admin, Account.Create(gov, LedgerFixture.GovJapan, AccountType.GovernmentHolding));
        ledger.OpenAccount(OperationId.Create("o2"), LedgerFixture.Admin, Account.Create(entity, LedgerFixture.Mayekawa, AccountType.EntityHolding));
        var attributes = CreditAttributes.Create(LedgerFixture.Jpn, LedgerFixture.Kz001, 2024);
        ledger.Issue(OperationId.Create("i"), LedgerFixture.Admin, gov, [CreditBlock.Create(SerialBlock.FromRange(1, 100), attributes)]);
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

    /// <summary>Nested operations are refused only while an event is applied. Fix: Ledger refuses nested operations from lock entry to the end of Commit (or re-checks the id in Commit before appending).</summary>
    [Fact(Skip = "bug: an operation started from inside another (here by the IClock) commits the same operation id twice; the outer call throws ArgumentException after its event was appended")]
    public void P15_ClockStartsAnOperationWithTheSameId_IdNeverCommittedTwice()
    {
        var clock = new ReentrantClock(new FakeClock(LedgerFixture.Start, Duration.FromSeconds(1)));
        var ledger = Ledger.Create(LedgerFixture.Jpn, LedgerFixture.Admin, clock);
        var gov = AccountId.Create(LedgerFixture.Jpn, 1);
        var entity = AccountId.Create(LedgerFixture.Jpn, 2);
        ledger.OpenAccount(OperationId.Create("o1"), LedgerFixture.Admin, Account.Create(gov, LedgerFixture.GovJapan, AccountType.GovernmentHolding));
        ledger.OpenAccount(OperationId.Create("o2"), LedgerFixture.Admin, Account.Create(entity, LedgerFixture.Mayekawa, AccountType.EntityHolding));
        var attributes = CreditAttributes.Create(LedgerFixture.Jpn, LedgerFixture.Kz001, 2024);
        ledger.Issue(OperationId.Create("i1"), LedgerFixture.Admin, gov, [CreditBlock.Create(SerialBlock.FromRange(1, 100), attributes)]);
        ledger.Issue(OperationId.Create("i2"), LedgerFixture.Admin, entity, [CreditBlock.Create(SerialBlock.FromRange(101, 200), attributes)]);
        var x = OperationId.Create("x");
        clock.Once = () => ledger.Transfer(x, LedgerFixture.Mayekawa, entity, gov, CreditSelection.ByQuantity(3));
        Exception? outer = Record.Exception(() => ledger.Transfer(x, LedgerFixture.GovJapan, gov, entity, CreditSelection.ByQuantity(5)));
        LedgerSnapshot now = ledger.Current;
        Assert.Single(now.Events, e => e.OperationId == x);
        Assert.True(outer is null or RegistryException or InvalidOperationException, outer?.ToString());
        Assert.Equal(LedgerSnapshotText.Of(now), LedgerSnapshotText.Of(Ledger.Replay(now.Events, clock).Current));
    }
}
