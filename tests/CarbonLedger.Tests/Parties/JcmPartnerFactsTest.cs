using System;
using System.IO;
using System.Linq;
using System.Text;
using CarbonLedger.Parties;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Parties;

public class JcmPartnerFactsTest
{
    [Fact]
    public void All_EveryFactHasItsSourceAndEverySourceItsFact()
    {
        Assert.All(JcmPartnerFacts.All, f =>
        {
            Assert.Equal(f.Order is null, f.OrderSource is null);
            Assert.Equal(f.SignedOn is null, f.SignedOnSource is null);
        });
        Assert.Equal(30, JcmPartnerFacts.All.Count);
        Assert.Equal(Enumerable.Range(1, 29), JcmPartnerFacts.All.Where(f => f.Order is not null).Select(f => f.Order!.Value));
    }

    [Fact]
    public void Find_Kazakhstan_IsTwentyEighthWithoutAPublishedDate()
    {
        JcmPartnerFact kazakhstan = JcmPartnerFacts.Find(Country.FromAlpha3("KAZ"));

        Assert.Equal(28, kazakhstan.Order);
        Assert.Null(kazakhstan.SignedOn);
        Assert.Equal("https://www.mofa.go.jp/ic/ch/page1we_000105.html", kazakhstan.OrderSource!.Url!.ToString());
        Assert.Equal("Kazakhstan: partner 28, signing date not published", kazakhstan.ToString());
    }

    [Fact]
    public void Find_MongoliaAndTanzania_HaveSourcedDates()
    {
        Assert.Equal(new LocalDate(2013, 1, 8), JcmPartnerFacts.Find(Country.FromAlpha3("MNG")).SignedOn);
        JcmPartnerFact tanzania = JcmPartnerFacts.Find(Country.FromAlpha3("TZA"));
        Assert.Equal(new LocalDate(2025, 5, 28), tanzania.SignedOn);
        Assert.Null(tanzania.Order);
    }

    [Fact]
    public void Find_NotAPartner_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => JcmPartnerFacts.Find(Country.FromAlpha3("FRA")));
        Assert.StartsWith("France (FRA) is not a JCM partner country", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromPublishedFacts_DatedPartner_UsesTheSourcedDate()
    {
        JcmPartnership ukraine = JcmPartnership.FromPublishedFacts(Country.FromAlpha3("UKR"));

        Assert.Equal(new LocalDate(2024, 2, 19), ukraine.SignedOn);
    }

    [Fact]
    public void FromPublishedFacts_Kazakhstan_RefusesToGuessTheDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => JcmPartnership.FromPublishedFacts(Country.FromAlpha3("KAZ")));

        Assert.StartsWith("No source in CarbonLedger's data gives the date Japan and Kazakhstan signed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FactWithoutSource_IsRefused()
    {
        const string json = """
            { "sources": {}, "gridFactors": [],
              "partners": [ { "country": "KAZ", "order": 28, "orderSource": null, "signedOn": null, "signedOnSource": null } ] }
            """;

        var ex = Assert.Throws<InvalidDataException>(() => JcmPartnerFacts.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Equal("JCM partner data: KAZ has a fact without a source or a source without a fact", ex.Message);
    }

    [Fact]
    public void Parse_UnknownSource_IsRefused()
    {
        const string json = """
            { "sources": {}, "gridFactors": [],
              "partners": [ { "country": "MNG", "order": 1, "orderSource": "nowhere", "signedOn": null, "signedOnSource": null } ] }
            """;

        var ex = Assert.Throws<InvalidDataException>(() => JcmPartnerFacts.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Equal("JCM partner data: source 'nowhere' (orderSource) is not among the sources", ex.Message);
    }
}
