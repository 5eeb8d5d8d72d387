using System;
using System.Text.Json;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Serialization;
using CarbonLedger.Tests.Article6.Reporting;
using NodaTime.Testing;
using Xunit;

namespace CarbonLedger.Tests.Article6;

public class Article6JournalTest
{
    [Fact]
    public void Serialize_CapturedJournal_RoundTripsAndRestoresOnReplayedLedger()
    {
        var f = AefTablesTest.Scenario();
        foreach (Article6Registry live in new[] { f.Tha, f.Jpn })
        {
            string json = CarbonLedgerJson.Serialize(Article6Journal.Capture(live));
            Article6Journal back = CarbonLedgerJson.Deserialize<Article6Journal>(json);
            Assert.Equal(json, CarbonLedgerJson.Serialize(back));
            Assert.StartsWith("{\"approaches\":[{\"id\":\"CA0001\"", json, StringComparison.Ordinal);

            string history = LedgerJsonLines.ToJsonLines(live.Ledger.Current.Events);
            var events = LedgerJsonLines.FromJsonLines(history);
            Ledger ledger = Ledger.Replay(events, new FakeClock(events[^1].Instant));
            Article6Registry restored = back.Restore(ledger, live.Zone);

            Assert.Equal(live.Actions.Count, restored.Actions.Count);
            Assert.Equal(AefExport.ToCsv(AefTables.Authorizations(live)), AefExport.ToCsv(AefTables.Authorizations(restored)));
            Assert.Equal(AefExport.ToCsv(AefTables.Actions(live, 2026)), AefExport.ToCsv(AefTables.Actions(restored, 2026)));
            Assert.Equal(AefExport.ToCsv(AefTables.Holdings(live, 2026)), AefExport.ToCsv(AefTables.Holdings(restored, 2026)));
        }
        Assert.Equal(3, Article6Journal.Capture(f.Tha).Actions.Count);
        Assert.Single(Article6Journal.Capture(f.Tha).Authorizations);
    }

    [Fact]
    public void Deserialize_MissingActions_Throws()
    {
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<Article6Journal>("{\"approaches\":[],\"authorizations\":[]}"));
    }

    [Fact]
    public void Create_NullElement_ThrowsNamingParameter()
    {
        Assert.Equal("actions", Assert.Throws<ArgumentException>(() => Article6Journal.Create([], [], [null!])).ParamName);
        Assert.Throws<ArgumentNullException>(() => Article6Journal.Capture(null!));
    }
}
