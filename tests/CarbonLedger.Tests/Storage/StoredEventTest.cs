using System;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Storage;
using CarbonLedger.Tests.Registry;
using Xunit;

namespace CarbonLedger.Tests.Storage;

public class StoredEventTest
{
    private static LedgerFixture BusyLedger()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Issue(f.Gov, 101, 150, vintage: 2023, project: LedgerFixture.Id009);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(60).ForProject(LedgerFixture.Kz001).ForVintage(2024));
        f.Ledger.Reserve(OperationId.Create("escrow-1"), LedgerFixture.Mayekawa, f.Entity, CreditSelection.ByQuantity(5));
        f.Ledger.Release(OperationId.Create("release-1"), LedgerFixture.Mayekawa, f.Entity, OperationId.Create("escrow-1"));
        f.Ledger.Cancel(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Omge, CreditSelection.Exactly(f.Range(95, 96)));
        f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(3).ForVintage(2024), "Japan — 日本", "NDC");
        f.Ledger.Mark(f.NextId(), LedgerFixture.Admin, f.Gov, CreditSelection.ByQuantity(4), CreditMarking.Authorize(AuthorizationStatus.AuthorizedForNdc).WithFirstTransferred(true));
        return f;
    }

    [Fact]
    public void ToEvent_EveryEventOfAHistory_DecodesToTheSameEncodingAndHash()
    {
        LedgerFixture f = BusyLedger();
        foreach (LedgerEvent e in f.Ledger.Current.Events)
        {
            StoredEvent row = StoredEvent.FromEvent(e);
            LedgerEvent back = row.ToEvent();
            Assert.Equal(e.GetType(), back.GetType());
            Assert.Equal(HashChain.Encode(e), HashChain.Encode(back));
            Assert.Equal(e.Hash, back.Hash);
            Assert.Equal(e.Hash, HashChain.ComputeHash(back));
            Assert.Equal(e.ToString(), back.ToString());
        }
    }

    [Fact]
    public void ToEvent_DecodedHistory_ReplaysToTheSameState()
    {
        LedgerFixture f = BusyLedger();
        LedgerEvent[] decoded = f.Ledger.Current.Events.Select(e => StoredEvent.FromEvent(e).ToEvent()).ToArray();
        Ledger replayed = Ledger.Replay(decoded, f.Clock, f.Ledger.Current.HeadHash);
        Assert.Equal(LedgerSnapshotText.Of(f.Ledger.Current), LedgerSnapshotText.Of(replayed.Current));
    }

    [Fact]
    public void ToEvent_TruncatedEncoding_FormatExceptionNamingTheByte()
    {
        LedgerFixture f = BusyLedger();
        LedgerEvent e = f.Ledger.Current.Events.Last(x => x is CreditsRetired);
        byte[] bytes = HashChain.Encode(e);
        for (int n = 0; n < bytes.Length; n++)
        {
            StoredEvent row = StoredEvent.FromRow(e.Sequence, e.OperationId.Value, e.Kind, e.Hash, bytes.AsSpan(0, n));
            FormatException ex = Assert.Throws<FormatException>(() => row.ToEvent());
            Assert.Matches("[Bb]yte [0-9]+", ex.Message);
        }
    }

    [Fact]
    public void ToEvent_TrailingBytes_FormatException()
    {
        LedgerEvent e = BusyLedger().Ledger.Current.Events[1];
        byte[] bytes = [.. HashChain.Encode(e), 0];
        StoredEvent row = StoredEvent.FromRow(e.Sequence, e.OperationId.Value, e.Kind, e.Hash, bytes);
        Assert.Contains("1 bytes after the end of the event", Assert.Throws<FormatException>(() => row.ToEvent()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToEvent_ColumnsDisagreeWithPayload_FormatExceptionNamingBoth()
    {
        LedgerEvent e = BusyLedger().Ledger.Current.Events[3];
        StoredEvent row = StoredEvent.FromRow(7, e.OperationId.Value, e.Kind, e.Hash, HashChain.Encode(e));
        FormatException ex = Assert.Throws<FormatException>(() => row.ToEvent());
        Assert.Contains("Stored event 7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("encoding of event 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoreCommit_EventsOutOfOrder_ArgumentExceptionNamingThem()
    {
        var events = BusyLedger().Ledger.Current.Events.Select(StoredEvent.FromEvent).ToArray();
        ArgumentException ex = Assert.Throws<ArgumentException>(() => StoreCommit.Create(LedgerFixture.Jpn, [events[1], events[3]], []));
        Assert.Contains("Event 3 does not follow event 1", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => StoreCommit.Create(LedgerFixture.Jpn, [], []));
    }

    [Fact]
    public void StoredRecord_BadStreamName_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => StoredRecord.Create("Article6", 0, null, []));
        Assert.Throws<ArgumentException>(() => StoredRecord.Create("", 0, null, []));
        Assert.Equal("article6.action", StoredRecord.Create("article6.action", 0, 3, "{}"u8).Stream);
    }
}
