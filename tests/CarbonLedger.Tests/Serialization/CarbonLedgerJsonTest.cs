using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Allocation;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serialization;
using CarbonLedger.Serials;
using CarbonLedger.Tests.Article6;
using CarbonLedger.Tests.Article6.Reporting;
using CsCheck;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Serialization;

public class CarbonLedgerJsonTest
{
    private static T RoundTrip<T>(T value, out string json)
    {
        json = CarbonLedgerJson.Serialize(value);
        return CarbonLedgerJson.Deserialize<T>(json);
    }

    private static void AssertRoundTrip<T>(T value)
    {
        Assert.Equal(value, RoundTrip(value, out string json));
        Assert.Equal(json, CarbonLedgerJson.Serialize(CarbonLedgerJson.Deserialize<T>(json)));
    }

    [Fact]
    public void Values_StableShape()
    {
        Assert.Equal("12.500", CarbonLedgerJson.Serialize(Co2e.FromTonnes(12.500m)));
        Assert.Equal("\"101-200\"", CarbonLedgerJson.Serialize(SerialBlock.FromRange(101, 200)));
        Assert.Equal("\"KAZ\"", CarbonLedgerJson.Serialize(Country.FromAlpha3("KAZ")));
        Assert.Equal("\"CA0001-THA01-TH001-2025-1-100\"", CarbonLedgerJson.Serialize(ItmoId.Parse("CA0001-THA01-TH001-2025-1-100")));
        Assert.Equal("\"2025\"", CarbonLedgerJson.Serialize(Vintage.FromYear(2025)));
        Assert.Equal("\"KAZ01:KZ001:1-10\"", CarbonLedgerJson.Serialize(SerialRange.Create(RegistryId.Parse("KAZ01"), ProjectId.Parse("KZ001"), SerialBlock.FromRange(1, 10))));
        Assert.Equal("\"firstTransfer\"", CarbonLedgerJson.Serialize(ItmoActionType.FirstTransfer));
        Assert.Equal("\"2026-01-05T00:00:00Z\"", CarbonLedgerJson.Serialize(Instant.FromUtc(2026, 1, 5, 0, 0)));
        Assert.Equal("{\"issuer\":\"THA01\",\"project\":\"TH001\",\"vintage\":2025,\"unitType\":\"JCM\",\"authorization\":\"authorizedForNdc\",\"firstTransferred\":true,\"start\":1,\"end\":10}",
            CarbonLedgerJson.Serialize(CreditBlock.Create(SerialBlock.FromRange(1, 10),
                CreditAttributes.Create(RegistryId.Parse("THA01"), ProjectId.Parse("TH001"), 2025, "JCM", AuthorizationStatus.AuthorizedForNdc, true))));
    }

    [Fact]
    public void Values_RoundTripForRandomValues()
    {
        Gen.Decimal.Sample(d => AssertRoundTrip(Co2e.FromTonnes(d)));
        Gen.Select(Gen.Long[1, long.MaxValue / 2], Gen.Long[0, long.MaxValue / 2]).Sample((s, n) => AssertRoundTrip(SerialBlock.FromRange(s, s + n)));
        Gen.Int[0, Country.All.Count - 1].Sample(i => AssertRoundTrip(Country.All[i]));
        Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 99], Gen.Int[1, 999_999], Gen.Int[1990, 9999], Gen.Long[1, 1L << 40], Gen.Long[0, 1000]).Sample((ca, r, p, v, s, n) =>
            AssertRoundTrip(ItmoId.Create(CooperativeApproachId.FromNumber(ca), RegistryId.Create("THA", r), ProjectId.Create("TH", p), v, SerialBlock.FromRange(s, s + n))));
        Gen.Select(Gen.Int[Vintage.MinYear, Vintage.MaxYear], Gen.Int[0, 364], Gen.Bool).Sample((year, days, whole) =>
        {
            var start = new LocalDate(year, 1, 1).PlusDays(whole ? 0 : days / 2);
            AssertRoundTrip(whole ? Vintage.FromYear(year) : Vintage.FromDates(start, new LocalDate(year, 12, 31)));
        });
        Gen.Select(Gen.Long[0, 1000], Gen.Long[1, 1000]).Sample((n, d) => AssertRoundTrip(Share.FromFraction(n, d)));
        Gen.Select(Gen.Int[1990, 9999], Gen.Enum<AuthorizationStatus>(), Gen.Bool, Gen.Long[1, 1_000_000], Gen.Long[0, 1000]).Sample((v, a, f, s, n) =>
            AssertRoundTrip(CreditBlock.Create(SerialBlock.FromRange(s, s + n), CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), v, "JCM", a, f))));
    }

    [Theory]
    [InlineData("0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1")]
    [InlineData("VU-ITMO-11-356-2022-0-27-35")]
    [InlineData("JCM-KAZ01-KZ001-20250301_20251231-2-8838-9000")]
    public void CreditSerialNumber_RoundTripsAsText(string text)
    {
        CreditSerialNumber serial = CreditSerialNumber.Parse(text);
        Assert.Equal("\"" + text + "\"", CarbonLedgerJson.Serialize(serial));
        Assert.Equal(serial, CarbonLedgerJson.Deserialize<CreditSerialNumber>(CarbonLedgerJson.Serialize(serial)));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<CreditSerialNumber>("\"nope\""));
    }

    [Fact]
    public void RegistryId_WritesCanonicalTextAndReadsItBack()
    {
        Assert.Equal("\"JPN01\"", CarbonLedgerJson.Serialize(RegistryId.Create(Country.Japan, 1)));
        Assert.Equal("[\"JPN01\",\"KAZ01\"]", CarbonLedgerJson.Serialize(new[] { RegistryId.Parse("JPN01"), RegistryId.Parse("KAZ01") }));
        RegistryId read = CarbonLedgerJson.Deserialize<RegistryId>("\"KAZ01\"");
        Assert.Equal(RegistryId.Create(Country.FromAlpha3("KAZ"), 1), read);
        Assert.Same(Country.FromAlpha3("KAZ"), read.Party);
        Assert.Equal(RegistryId.Parse("JPN01"), CarbonLedgerJson.Deserialize<RegistryId>("\"jpn01\""));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<RegistryId>("\"JPN1\""));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<RegistryId>("1"));
    }

    [Fact]
    public void RegistryId_RoundTripsForRandomValues()
    {
        Gen.Select(Gen.Char['A', 'Z'], Gen.Char['A', 'Z'], Gen.Char['A', 'Z'], Gen.Int[0, 99])
            .Sample((a, b, c, n) => AssertRoundTrip(RegistryId.Create(new string([a, b, c]), n)));
        Gen.Int[0, Country.All.Count - 1].Sample(i => AssertRoundTrip(RegistryId.Create(Country.All[i], 1)));
    }

    [Fact]
    public void Options_HaveExactlyOneConverterForRegistryId()
    {
        Assert.Single(CarbonLedgerJson.Options.Converters, c => c.CanConvert(typeof(RegistryId)));
    }

    [Fact]
    public void LedgerEvents_RoundTripWithSameHash()
    {
        var f = AefTablesTest.Scenario();
        foreach (Ledger ledger in new[] { f.Tha.Ledger, f.Jpn.Ledger })
        {
            IReadOnlyList<LedgerEvent> events = ledger.Current.Events;
            string json = CarbonLedgerJson.Serialize(events);
            List<LedgerEvent> back = CarbonLedgerJson.Deserialize<List<LedgerEvent>>(json);
            Assert.Equal(events.Select(e => (e.Kind, e.Hash)), back.Select(e => (e.Kind, e.Hash)));
            Assert.True(HashChain.Verify(back).IsValid);
            Assert.Equal(json, CarbonLedgerJson.Serialize(back));
            LedgerEvent last = events[^1];
            Assert.Equal(last.Hash, RoundTrip(last, out _).Hash);
            foreach (CreditsIssued issued in events.OfType<CreditsIssued>())
            {
                Assert.Equal(issued.Hash, RoundTrip(issued, out _).Hash);
            }
            foreach (CreditTotals totals in ledger.Current.GetTotals())
            {
                CreditTotals t = RoundTrip(totals, out _);
                Assert.Equal(totals.ToString(), t.ToString());
            }
        }
    }

    [Fact]
    public void Article6Types_RoundTrip()
    {
        var f = AefTablesTest.Scenario();
        foreach (Authorization a in f.Tha.Authorizations)
        {
            AssertRoundTrip(a);
        }
        AssertRoundTrip(f.Approach);
        foreach (Article6Registry registry in new[] { f.Tha, f.Jpn })
        {
            string json = CarbonLedgerJson.Serialize(registry.Actions);
            List<ItmoAction> back = CarbonLedgerJson.Deserialize<List<ItmoAction>>(json);
            Assert.Equal(registry.Actions.Select(Article6Fixture.Describe), back.Select(Article6Fixture.Describe));
            Assert.Equal(json, CarbonLedgerJson.Serialize(back));
        }
        string action = CarbonLedgerJson.Serialize(f.Jpn.Actions[1]);
        Assert.StartsWith("{\"sequence\":1,\"party\":\"JPN\",\"type\":\"use\",\"subtype\":\"none\",\"instant\":\"2026-01-05T00:", action, StringComparison.Ordinal);
        Assert.Contains("\"itmo\":\"CA0001-THA01-TH001-2025-89-100\",\"unitType\":\"JCM\",\"authorization\":\"THA-2025-001\",\"purpose\":\"ndc\",\"firstTransferringParty\":\"THA\",\"usingParty\":\"JPN\",\"usePurpose\":\"ndc\",\"yearOfUse\":2030,", action, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_RoundTripForRandomActions()
    {
        Gen.Select(Gen.Bool, Gen.Int[2026, 2030], Gen.Long[1, 10_000], Gen.Int[2026, 2030]).Array[0, 20]
            .Select(Gen.Enum<AdjustmentMethod>(), Gen.Enum<MidpointRounding>(), Gen.Int[0, 6])
            .Sample((raw, method, rounding, places) =>
            {
                ItmoAction[] actions = raw.Select(r => r.Item1
                    ? ActionFactory.FirstTransfer(Country.Japan, r.Item2, r.Item3)
                    : ActionFactory.Use(Country.Japan, r.Item2, r.Item3, r.Item4)).ToArray();
                CorrespondingAdjustmentResult result = CorrespondingAdjustments.Calculate(actions, Country.Japan, method, NdcPeriod.Create(2026, 2030), places, rounding);
                CorrespondingAdjustmentResult back = RoundTrip(result, out string json);
                Assert.Equal(json, CarbonLedgerJson.Serialize(back));
                Assert.Equal(result.Cumulative, back.Cumulative);
                Assert.Equal(result.Average, back.Average);
                Assert.Equal(result.Steps.Select(s => s.ToString()), back.Steps.Select(s => s.ToString()));
                Assert.Equal(result.Years.Select(y => (y.Year, y.Net, y.Applied)), back.Years.Select(y => (y.Year, y.Net, y.Applied)));
            }, iter: 100);
    }

    [Fact]
    public void Reports_RoundTrip()
    {
        var f = AefTablesTest.Scenario();
        var activity = RegistryActivityReport.Create(f.Tha.Ledger.Current, DateTimeZone.Utc);
        string json = CarbonLedgerJson.Serialize(activity);
        Assert.Equal(json, CarbonLedgerJson.Serialize(CarbonLedgerJson.Deserialize<RegistryActivityReport>(json)));
        var progress = NdcProgressReport.Create(f.Jpn, Co2e.FromTonnes(100_000_000), 2030, 4, MidpointRounding.ToEven);
        json = CarbonLedgerJson.Serialize(progress);
        Assert.Contains("\"target\":100000000", json, StringComparison.Ordinal);
        Assert.Equal(json, CarbonLedgerJson.Serialize(CarbonLedgerJson.Deserialize<NdcProgressReport>(json)));
        var share = RetainedShareReport.Create(f.Tha.Ledger.Current, [f.Jpn.Ledger.Current], 2, MidpointRounding.ToEven);
        json = CarbonLedgerJson.Serialize(share);
        Assert.Contains("\"retainedShare\":\"7/10\"", json, StringComparison.Ordinal);
        Assert.Equal(json, CarbonLedgerJson.Serialize(CarbonLedgerJson.Deserialize<RetainedShareReport>(json)));
    }

    [Fact]
    public void Deserialize_Malformed_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<SerialBlock>("\"200-101\""));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<Country>("\"kaz\""));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<Co2e>("\"12 tCO2e\""));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<ItmoId>("\"CA0000-THA01-TH001-2025-1-2\""));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<CreditBlock>("{\"issuer\":\"THA01\",\"project\":\"TH001\",\"vintage\":1800,\"unitType\":\"JCM\",\"authorization\":\"notAuthorized\",\"firstTransferred\":false,\"start\":1,\"end\":2}"));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<CreditBlock>("{\"issuer\":\"THA01\"}"));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<LedgerEvent>("{\"sequence\":0}"));
        Assert.Throws<ArgumentNullException>(() => CarbonLedgerJson.Configure(null!));
        Assert.Throws<InvalidOperationException>(() => CarbonLedgerJson.Configure(CarbonLedgerJson.Options));
    }
}
