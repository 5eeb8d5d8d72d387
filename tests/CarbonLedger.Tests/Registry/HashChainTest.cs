using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public class HashChainTest
{
    private static LedgerFixture History()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        OperationId reserve = f.NextId();
        f.Ledger.Reserve(reserve, LedgerFixture.Mayekawa, f.Entity, CreditSelection.Exactly(f.Range(71, 75)));
        f.Ledger.Release(f.NextId(), LedgerFixture.Mayekawa, f.Entity, reserve);
        f.Ledger.Retire(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Retirement, CreditSelection.ByQuantity(5), "Mayekawa", "Voluntary");
        f.Ledger.Mark(f.NextId(), LedgerFixture.Admin, f.Gov, CreditSelection.ByQuantity(10).ForVintage(2024), CreditMarking.Authorize(AuthorizationStatus.AuthorizedForNdcAndOimp).WithFirstTransferred(true));
        f.Ledger.Cancel(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Omge, CreditSelection.ByQuantity(2));
        return f;
    }

    [Fact]
    public void Verify_LiveHistory_ValidAndHeadMatches()
    {
        LedgerSnapshot s = History().Ledger.Current;
        ChainVerification v = HashChain.Verify(s.Events, s.HeadHash);
        Assert.True(v.IsValid, v.Message);
        Assert.Equal(s.Events[^1].Hash, s.HeadHash);
        Assert.All(s.Events, e => Assert.Equal(e.Hash, HashChain.ComputeHash(e)));
    }

    [Fact]
    public void Encode_GenesisEvent_MatchesDocumentedLayout()
    {
        var f = new LedgerFixture();
        LedgerEvent genesis = f.Ledger.Current.Events[0];
        var expected = new List<byte> { 1, 1 };
        expected.AddRange(new byte[32]);
        expected.AddRange(BigEndian(0L));
        expected.AddRange(BigEndian(genesis.Instant.ToUnixTimeTicks()));
        expected.Add(0);
        expected.AddRange(Str("genesis"));
        expected.AddRange(Str("JPN01 administrator"));
        expected.AddRange("JPN01"u8.ToArray());
        Assert.Equal(expected.ToArray(), HashChain.Encode(genesis));
        Assert.Equal(EventHash.FromBytes(SHA256.HashData(expected.ToArray())), genesis.Hash);
    }

    [Fact]
    public void Encode_TransferEvent_MatchesDocumentedLayout()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        CreditsTransferred e = f.Ledger.Transfer(OperationId.Create("T-1"), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        var expected = new List<byte> { 1, 4 };
        expected.AddRange(e.PreviousHash.ToArray());
        expected.AddRange(BigEndian(e.Sequence));
        expected.AddRange(BigEndian(e.Instant.ToUnixTimeTicks()));
        expected.Add(0);
        expected.AddRange(Str("T-1"));
        expected.AddRange(Str("Government of Japan"));
        expected.AddRange("JPN01"u8.ToArray());
        expected.AddRange(BigEndian(1L));
        expected.AddRange("JPN01"u8.ToArray());
        expected.AddRange(BigEndian(2L));
        expected.Add(1);
        expected.AddRange(BigEndian(30L));
        expected.AddRange([0, 0]);
        expected.AddRange(BigEndian32(1));
        expected.AddRange("JPN01"u8.ToArray());
        expected.AddRange(Str("KZ001"));
        expected.AddRange(BigEndian32(2024));
        expected.AddRange(Str("JCM"));
        expected.AddRange([0, 0]);
        expected.AddRange(BigEndian(71L));
        expected.AddRange(BigEndian(100L));
        Assert.Equal(expected.ToArray(), HashChain.Encode(e));
        Assert.Equal(EventHash.FromBytes(SHA256.HashData(expected.ToArray())), e.Hash);
    }

    [Fact]
    public void Encode_RetirementWithNonAsciiText_WritesUtf8LengthPrefixed()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        CreditsRetired e = f.Ledger.Retire(OperationId.Create("R-1"), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(5),
            "東京都 (Tokyo Metropolitan Government)", "Zéro émission nette 2050");
        byte[] encoded = HashChain.Encode(e);
        byte[] tail = [.. Str("東京都 (Tokyo Metropolitan Government)"), .. Str("Zéro émission nette 2050")];
        // The two texts close the encoding, as UTF-8 with a byte-count prefix (3 bytes per kanji, 2 per accented letter).
        Assert.Equal(tail, encoded[^tail.Length..]);
        Assert.Equal(9 + 32, BinaryPrimitives.ReadUInt16BigEndian(tail));
        Assert.Equal(EventHash.FromBytes(SHA256.HashData(encoded)), e.Hash);
    }

    [Fact]
    public void Verify_ExportedLineChanged_NamesChangedEvent()
    {
        string[] lines = Lines(History());
        lines[7] = lines[7].Replace("\"end\":100", "\"end\":101", StringComparison.Ordinal);
        ChainVerification v = HashChain.Verify(LedgerJsonLines.FromJsonLines(string.Join('\n', lines)));
        Assert.Equal((ChainProblem.Changed, 7, 7L), (v.Problem, v.Position, v.Sequence));
        Assert.StartsWith("Event 7 (CreditsIssued, operation op-6) was changed", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ExportedLineRemoved_NamesMissingEvent()
    {
        List<string> lines = Lines(History()).ToList();
        lines.RemoveAt(8);
        ChainVerification v = HashChain.Verify(LedgerJsonLines.FromJsonLines(string.Join('\n', lines)));
        Assert.Equal((ChainProblem.Removed, 8, 8L), (v.Problem, v.Position, v.Sequence));
        Assert.Equal("Events 8 to 8 were removed: position 8 holds event 9", v.Message);
    }

    [Fact]
    public void Verify_ExportedLinesSwapped_NamesReorderedEvents()
    {
        string[] lines = Lines(History());
        (lines[9], lines[10]) = (lines[10], lines[9]);
        ChainVerification v = HashChain.Verify(LedgerJsonLines.FromJsonLines(string.Join('\n', lines)));
        Assert.Equal((ChainProblem.Reordered, 9), (v.Problem, v.Position));
        Assert.Equal("Events were reordered: event 9 is at position 10, and position 9 holds event 10", v.Message);
    }

    [Fact]
    public void Verify_ExportedLineDuplicated_NamesInsertedEvent()
    {
        List<string> lines = Lines(History()).ToList();
        lines.Insert(10, lines[4]);
        ChainVerification v = HashChain.Verify(LedgerJsonLines.FromJsonLines(string.Join('\n', lines)));
        Assert.Equal((ChainProblem.Inserted, 10, 4L), (v.Problem, v.Position, v.Sequence));
    }

    [Fact]
    public void Verify_ForgedEventInsertedWithValidLink_NamesInsertedEvent()
    {
        LedgerFixture f = History();
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        var original = (CreditsTransferred)events[8];
        var forgedOther = new CreditsCancelled(original.Header, original.From, f.Cancellation, original.Selection, original.Blocks);
        forgedOther.SetHash(HashChain.ComputeHash(forgedOther));
        events.Insert(8, forgedOther);
        ChainVerification v = HashChain.Verify(events);
        Assert.Equal((ChainProblem.Inserted, 8), (v.Problem, v.Position));
    }

    [Fact]
    public void Verify_EventChangedAndRehashed_NamesChangedEvent()
    {
        LedgerFixture f = History();
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        var original = (CreditsRetired)events[11];
        var changed = new CreditsRetired(original.Header, original.From, original.To, original.Selection, original.Blocks, "Someone else", original.Purpose);
        changed.SetHash(HashChain.ComputeHash(changed));
        events[11] = changed;
        ChainVerification v = HashChain.Verify(events);
        Assert.Equal((ChainProblem.Changed, 11, 11L), (v.Problem, v.Position, v.Sequence));
        Assert.Equal("Event 11 was changed and its hash recomputed: event 12 no longer links to it", v.Message);
    }

    [Fact]
    public void Verify_EventsCutFromEnd_DetectedOnlyWithExpectedHead()
    {
        LedgerSnapshot s = History().Ledger.Current;
        List<LedgerEvent> cut = s.Events.Take(s.EventCount - 2).ToList();
        Assert.True(HashChain.Verify(cut).IsValid);
        Assert.Equal(ChainProblem.HeadMismatch, HashChain.Verify(cut, s.HeadHash).Problem);
    }

    [Fact]
    public void Replay_TamperedExport_RefusedWithVerification()
    {
        string[] lines = Lines(History());
        lines[1] = lines[1].Replace("Government of Japan", "Mayekawa", StringComparison.Ordinal);
        IReadOnlyList<LedgerEvent> events = LedgerJsonLines.FromJsonLines(string.Join('\n', lines));
        var ex = Assert.Throws<LedgerHistoryException>(() => Ledger.Replay(events, new LedgerFixture().Clock));
        Assert.Equal(ChainProblem.Changed, ex.Verification!.Problem);
        Assert.Equal(1L, ex.Sequence);
    }

    [Fact]
    public void Replay_RehashedButImpossibleEvent_RefusedNamingEvent()
    {
        LedgerFixture f = History();
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        var original = (CreditsTransferred)events[8];
        CreditsTransferred greedy = Greedy(original);
        var rehashed = new List<LedgerEvent>(events.Take(8)) { greedy };
        var ex = Assert.Throws<LedgerHistoryException>(() => Ledger.Replay(rehashed, f.Clock));
        Assert.Equal(8L, ex.Sequence);
        Assert.Null(ex.Verification);
    }

    [Fact]
    public void Replay_RehashedEventRepeatsAnOperationId_RefusedNamingBothEvents()
    {
        LedgerFixture f = History();
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        var original = (CreditsTransferred)events[8];
        var repeated = new CreditsTransferred(original.Header with { OperationId = events[5].OperationId }, original.From, original.To, original.Selection, original.Blocks);
        repeated.SetHash(HashChain.ComputeHash(repeated));
        var rehashed = new List<LedgerEvent>(events.Take(8)) { repeated };
        var ex = Assert.Throws<LedgerHistoryException>(() => Ledger.Replay(rehashed, f.Clock));
        Assert.Equal(8L, ex.Sequence);
        Assert.Null(ex.Verification);
        Assert.Contains($"Operation id {events[5].OperationId} was already used by event 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_ImpossibleEventBeforeRepeatedOperationId_EarliestProblemReported()
    {
        LedgerFixture f = History();
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        var original = (CreditsTransferred)events[8];
        CreditsTransferred greedy = Greedy(original);
        var repeated = new CreditsTransferred(original.Header with { Sequence = 9, OperationId = events[2].OperationId, PreviousHash = greedy.Hash },
            original.From, original.To, original.Selection, original.Blocks);
        repeated.SetHash(HashChain.ComputeHash(repeated));
        var rehashed = new List<LedgerEvent>(events.Take(8)) { greedy, repeated };
        Assert.True(HashChain.Verify(rehashed).IsValid);
        var ex = Assert.Throws<LedgerHistoryException>(() => Ledger.Replay(rehashed, f.Clock));
        Assert.Equal(8L, ex.Sequence);
        Assert.DoesNotContain("already used", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_LongHistory_ParallelAndSequentialReportTheSameFirstProblem()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 1_000_000);
        for (int i = 0; i < HashChain.ParallelThreshold + 1_000; i++)
        {
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1));
        }
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        Assert.True(HashChain.Verify(events, f.Ledger.Current.HeadHash).IsValid);

        List<LedgerEvent> late = Tampered(events, 8_600);
        ChainVerification v = HashChain.Verify(late);
        Assert.Equal((ChainProblem.Changed, 8_600), (v.Problem, v.Position));

        List<LedgerEvent> twice = Tampered(Tampered(events, 8_700), 8_300);
        Assert.Equal(8_300, HashChain.Verify(twice).Position);
        twice.RemoveAt(8_200);
        ChainVerification parallel = HashChain.Verify(twice);
        ChainVerification sequential = HashChain.VerifyCore(twice, null, parallel: false);
        Assert.Equal((ChainProblem.Removed, 8_200), (parallel.Problem, parallel.Position));
        Assert.Equal(sequential.Message, parallel.Message);
    }

    [Fact]
    public void Verify_RandomTampering_OnePassAndLinksFirstReportTheSameProblem()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 1_000);
        for (int i = 0; i < 40; i++)
        {
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1 + (i % 3)));
        }
        List<LedgerEvent> events = f.Ledger.Current.Events.ToList();
        int firstTransfer = events.FindIndex(e => e is CreditsTransferred);
        var random = new Random(23);
        var problems = new HashSet<ChainProblem>();
        for (int round = 0; round < 400; round++)
        {
            var copy = new List<LedgerEvent>(events);
            int edits = 1 + random.Next(2);
            for (int k = 0; k < edits; k++)
            {
                int at = random.Next(firstTransfer, copy.Count - 1);
                switch (random.Next(6))
                {
                    case 0:
                        copy = Tampered(copy, at);
                        break;
                    case 1:
                        copy[at] = Greedy((CreditsTransferred)copy[at]);
                        break;
                    case 2:
                        copy.RemoveAt(at);
                        break;
                    case 3:
                        (copy[at], copy[at + 1]) = (copy[at + 1], copy[at]);
                        break;
                    case 4:
                        copy.Insert(random.Next(1, copy.Count), copy[at]);
                        break;
                    default:
                        copy.RemoveRange(at, copy.Count - at);
                        break;
                }
                if (copy.Count - 1 <= firstTransfer || copy.Skip(firstTransfer).Any(e => e is not CreditsTransferred))
                {
                    break;
                }
            }
            EventHash head = events[^1].Hash;
            ChainVerification onePass = HashChain.VerifyCore(copy, head, parallel: false, linksFirst: false);
            ChainVerification linksFirst = HashChain.VerifyCore(copy, head, parallel: false, linksFirst: true);
            Assert.Equal((linksFirst.IsValid, linksFirst.Problem, linksFirst.Position, linksFirst.Message),
                (onePass.IsValid, onePass.Problem, onePass.Position, onePass.Message));
            if (!onePass.IsValid)
            {
                problems.Add(onePass.Problem);
            }
        }
        // The tampering reached every kind of problem, so both strategies were compared on each.
        Assert.Equal(
            new[] { ChainProblem.Changed, ChainProblem.Removed, ChainProblem.Reordered, ChainProblem.Inserted, ChainProblem.HeadMismatch }.Order(),
            problems.Order());
    }

    [Fact]
    public void Verify_NullPosition_RefusedNamingTheHistory_EvenAfterAnEarlierProblem()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 1_000);
        for (int i = 0; i < 6; i++)
        {
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1));
        }
        List<LedgerEvent> history = f.Ledger.Current.Events.ToList();
        // A changed transfer, a removed one after it, and a null at the end.
        List<LedgerEvent> events = Tampered(history, history.Count - 4);
        events.RemoveAt(history.Count - 2);
        events.Add(null!);
        foreach (bool linksFirst in new[] { false, true })
        {
            var ex = Assert.Throws<ArgumentException>(() => HashChain.VerifyCore(events, null, parallel: false, linksFirst));
            Assert.Equal("history", ex.ParamName);
            Assert.Contains($"Position {events.Count - 1} holds no event", ex.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>The transfer rewritten to move 500 credits its source never held, and hashed again.</summary>
    private static CreditsTransferred Greedy(CreditsTransferred original)
    {
        var greedy = new CreditsTransferred(original.Header, original.From, original.To, CreditSelection.ByQuantity(500),
            [original.Blocks[0].WithBlock(global::CarbonLedger.Serials.SerialBlock.FromRange(1, 500))]);
        greedy.SetHash(HashChain.ComputeHash(greedy));
        return greedy;
    }

    /// <summary>A copy of the history where the transfer at <paramref name="position"/> claims one more credit, keeping its old hash.</summary>
    private static List<LedgerEvent> Tampered(List<LedgerEvent> events, int position)
    {
        var copy = new List<LedgerEvent>(events);
        var t = (CreditsTransferred)copy[position];
        copy[position] = new CreditsTransferred(t.Header, t.From, t.To, CreditSelection.ByQuantity(2),
            [t.Blocks[0].WithBlock(global::CarbonLedger.Serials.SerialBlock.FromRange(t.Blocks[0].Block.Start - 1, t.Blocks[0].Block.End))]);
        return copy;
    }

    private static string[] Lines(LedgerFixture f) =>
        LedgerJsonLines.ToJsonLines(f.Ledger.Current.Events).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static byte[] BigEndian(long v)
    {
        byte[] b = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(b, v);
        return b;
    }

    private static byte[] BigEndian32(int v)
    {
        byte[] b = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(b, v);
        return b;
    }

    private static byte[] Str(string s)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(s);
        byte[] b = new byte[2 + utf8.Length];
        BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)utf8.Length);
        utf8.CopyTo(b, 2);
        return b;
    }
}
