using System;
using CarbonLedger.Parties;
using CarbonLedger.Tests.Contracts;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Parties;

public class JcmPartnershipTest
{
    private static readonly Country Kazakhstan = Country.FromAlpha3("KAZ");

    [Fact]
    public void Create_DefaultRegistries_JapanAndPartner()
    {
        var partnership = JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1));

        Assert.Equal("JPN01", partnership.JapanRegistry.Value);
        Assert.Equal("KAZ01", partnership.PartnerRegistry.Value);
        Assert.Equal("Japan–Kazakhstan Joint Committee", partnership.JointCommitteeName);
        Assert.Equal(partnership.PartnerRegistry, partnership.RegistryOf(Kazakhstan));
        Assert.Equal(partnership.JapanRegistry, partnership.RegistryOf(Country.Japan));
    }

    [Fact]
    public void Create_WithJapan_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => JcmPartnership.Create(Country.Japan, new LocalDate(2024, 1, 1)));
        Assert.Equal("partner", ex.ParamName);
    }

    [Fact]
    public void RegistryOf_ThirdCountry_Throws()
    {
        var partnership = JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1));
        var ex = Assert.Throws<ArgumentException>(() => partnership.RegistryOf(Country.FromAlpha3("IDN")));
        Assert.Equal("country", ex.ParamName);
    }

    [Fact]
    public void WithRegistries_WrongParty_Throws()
    {
        var partnership = JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1));

        Assert.Equal("KAZ02", partnership.WithRegistries(PartyRegistryId.Parse("JPN01"), PartyRegistryId.Parse("KAZ02")).PartnerRegistry.Value);
        Assert.Throws<ArgumentException>(() => partnership.WithRegistries(PartyRegistryId.Parse("JPN01"), PartyRegistryId.Parse("IDN01")));
        Assert.Throws<ArgumentException>(() => partnership.WithRegistries(default, PartyRegistryId.Parse("KAZ01")));
    }

    [Theory]
    [InlineData("JPN00")]
    [InlineData("jpn01")]
    [InlineData("XXX01")]
    [InlineData("JPN1")]
    public void RegistryIdParse_Malformed_Throws(string text)
    {
        Assert.Throws<FormatException>(() => PartyRegistryId.Parse(text));
    }

    [Fact]
    public void RegistryId_Create_PadsNumber()
    {
        PartyRegistryId id = PartyRegistryId.Create(Kazakhstan, 3);
        Assert.Equal("KAZ03", id.ToString());
        Assert.Equal(3, id.Number);
        Assert.Same(Kazakhstan, id.Party);
        Assert.Throws<ArgumentOutOfRangeException>(() => PartyRegistryId.Create(Kazakhstan, 100));
    }

    [Fact]
    public void Contract_RegistryIdAndPartnership()
    {
        ValueContract.AssertEquality(PartyRegistryId.Parse("JPN01"), PartyRegistryId.Create(Country.Japan, 1), PartyRegistryId.Parse("JPN02"), default);
        ValueContract.AssertEquality(
            JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1)),
            JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1)),
            JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 2)),
            JcmPartnership.Create(Country.FromAlpha3("MNG"), new LocalDate(2024, 1, 1)));
    }
}
