using System;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Serialization;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public partial class LedgerTest
{
    private static LedgerFixture BusyLedger()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Issue(f.Gov, 101, 150, vintage: 2023, project: LedgerFixture.Id009);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(60));
        f.Ledger.Reserve(OperationId.Create("escrow-1"), LedgerFixture.Mayekawa, f.Entity, CreditSelection.ByQuantity(5));
        f.Ledger.Cancel(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Omge, CreditSelection.Exactly(f.Range(95, 96)));
        f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(3).ForVintage(2024), "Japan", "NDC");
        f.Ledger.Mark(f.NextId(), LedgerFixture.Admin, f.Gov, CreditSelection.ByQuantity(4), CreditMarking.Authorize(AuthorizationStatus.AuthorizedForNdc));
        return f;
    }

    [Fact]
    public void Replay_LiveHistory_RebuildsExactlyTheLiveState()
    {
        LedgerFixture f = BusyLedger();
        Ledger replayed = Ledger.Replay(f.Ledger.Current.Events, f.Clock, f.Ledger.Current.HeadHash);
        Assert.Equal(LedgerSnapshotText.Of(f.Ledger.Current), LedgerSnapshotText.Of(replayed.Current));
        Assert.NotNull(replayed.Current.FindReservation(OperationId.Create("escrow-1")));
    }

    [Fact]
    public void Replay_ThenRepeatOldOperation_ReturnsOriginalEventAndContinuesChain()
    {
        LedgerFixture f = BusyLedger();
        var first = (CarbonLedger.Registry.Events.CreditsReserved)f.Ledger.Current.Events.First(e => e.OperationId == OperationId.Create("escrow-1"));
        Ledger replayed = Ledger.Replay(f.Ledger.Current.Events, f.Clock);
        Assert.Same(first, replayed.Reserve(OperationId.Create("escrow-1"), LedgerFixture.Mayekawa, f.Entity, CreditSelection.ByQuantity(5)));
        replayed.Release(OperationId.Create("release-1"), LedgerFixture.Mayekawa, f.Entity, OperationId.Create("escrow-1"));
        Assert.True(HashChain.Verify(replayed.Current.Events).IsValid);
    }

    [Fact]
    public void JsonLines_RoundTrip_KeepsEveryEventAndHash()
    {
        LedgerFixture f = BusyLedger();
        string text = LedgerJsonLines.ToJsonLines(f.Ledger.Current.Events);
        var imported = LedgerJsonLines.FromJsonLines(text);
        Assert.Equal(f.Ledger.Current.EventCount, imported.Count);
        Assert.True(HashChain.Verify(imported, f.Ledger.Current.HeadHash).IsValid);
        Assert.Equal(text, LedgerJsonLines.ToJsonLines(imported));
        Assert.Equal(LedgerSnapshotText.Of(f.Ledger.Current), LedgerSnapshotText.Of(Ledger.Replay(imported, f.Clock).Current));
    }

    [Fact]
    public void JsonLines_TransferLine_HasDocumentedShape()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Transfer(OperationId.Create("T-1"), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        string line = LedgerJsonLines.ToJsonLines(f.Ledger.Current.Events).Split('\n')[8];
        using JsonDocument doc = JsonDocument.Parse(line);
        JsonElement root = doc.RootElement;
        Assert.Equal("creditsTransferred", root.GetProperty("kind").GetString());
        Assert.Equal("2026-01-05T00:00:08Z", root.GetProperty("instant").GetString());
        Assert.Equal("JPN01-1", root.GetProperty("from").GetString());
        Assert.Equal(30, root.GetProperty("selection").GetProperty("quantity").GetInt64());
        Assert.Equal("oldestVintageFirst", root.GetProperty("selection").GetProperty("order").GetString());
        JsonElement block = root.GetProperty("blocks")[0];
        Assert.Equal(("KZ001", 2024, "notAuthorized", 71L, 100L),
            (block.GetProperty("project").GetString(), block.GetProperty("vintage").GetInt32(), block.GetProperty("authorization").GetString(), block.GetProperty("start").GetInt64(), block.GetProperty("end").GetInt64()));
        Assert.Equal(64, root.GetProperty("hash").GetString()!.Length);
        Assert.False(root.TryGetProperty("beneficiary", out _));
    }

    [Fact]
    public void JsonLines_MalformedLine_FormatExceptionWithLineNumber()
    {
        LedgerFixture f = BusyLedger();
        string[] lines = LedgerJsonLines.ToJsonLines(f.Ledger.Current.Events).Split('\n');
        lines[2] = lines[2].Replace("\"account\":\"JPN01-2\"", "\"account\":\"JPN01-x\"", StringComparison.Ordinal);
        var ex = Assert.Throws<FormatException>(() => LedgerJsonLines.FromJsonLines(string.Join('\n', lines)));
        Assert.StartsWith("Line 3: Account id 'JPN01-x'", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Line 1:", Assert.Throws<FormatException>(() => LedgerJsonLines.FromJsonLines("{\"sequence\":0}")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Line 1:", Assert.Throws<FormatException>(() => LedgerJsonLines.FromJsonLines("not json")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_EarlierInstant_ShowsHoldingsAtThatTime()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Instant afterIssue = f.Ledger.Current.LastEventInstant;
        f.Clock.AdvanceDays(30);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(40));
        LedgerSnapshot then = f.Ledger.AsOf(afterIssue + Duration.FromDays(1));
        Assert.Equal(100L, then.GetBalance(f.Gov));
        Assert.Equal(0L, then.GetBalance(f.Entity));
        Assert.Equal(8, then.EventCount);
        Assert.Equal(60L, f.Ledger.Current.GetBalance(f.Gov));
        Assert.Equal(1, f.Ledger.AsOf(LedgerFixture.Start).EventCount);
        Assert.Equal(0, f.Ledger.AsOf(LedgerFixture.Start - Duration.FromSeconds(1)).EventCount);
        Assert.Same(f.Ledger.Current, f.Ledger.AsOf(Instant.MaxValue));
    }

    [Fact]
    public void Operation_ClockGoesBack_EventTakesLastInstant()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Instant last = f.Ledger.Current.LastEventInstant;
        f.Clock.Reset(LedgerFixture.Start - Duration.FromDays(1));
        var e = f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1));
        Assert.Equal(last, e.Instant);
    }
}
