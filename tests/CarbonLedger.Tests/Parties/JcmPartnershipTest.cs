using System;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
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

        Assert.Equal("JPN01", partnership.JapanRegistry.ToString());
        Assert.Equal("KAZ01", partnership.PartnerRegistry.ToString());
        Assert.Same(Country.Japan, partnership.JapanRegistry.Party);
        Assert.Same(Kazakhstan, partnership.PartnerRegistry.Party);
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
    public void WithRegistries_OwnPartiesNumbered01To99_Accepted()
    {
        var partnership = JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1));

        JcmPartnership changed = partnership.WithRegistries(RegistryId.Parse("JPN99"), RegistryId.Create(Kazakhstan, 2));

        Assert.Equal("JPN99", changed.JapanRegistry.ToString());
        Assert.Equal("KAZ02", changed.PartnerRegistry.ToString());
        Assert.Equal(RegistryId.Parse("KAZ02"), changed.RegistryOf(Kazakhstan));
        Assert.Equal("KAZ01", partnership.PartnerRegistry.ToString());
    }

    [Theory]
    [InlineData("IDN01", "is not a registry of KAZ")]
    [InlineData("JPN02", "is not a registry of KAZ")]
    [InlineData("XXX01", "is not a registry of KAZ")]
    [InlineData("KAZ00", "numbered 01 to 99")]
    public void WithRegistries_PartnerRegistryBreaksJcmRule_NamesParameterAndRule(string registry, string rule)
    {
        var partnership = JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1));

        var ex = Assert.Throws<ArgumentException>(() => partnership.WithRegistries(RegistryId.Parse("JPN01"), RegistryId.Parse(registry)));

        Assert.Equal("partnerRegistry", ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains(registry, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KAZ01", "is not a registry of JPN")]
    [InlineData("XXX01", "is not a registry of JPN")]
    [InlineData("JPN00", "numbered 01 to 99")]
    public void WithRegistries_JapanRegistryBreaksJcmRule_NamesParameterAndRule(string registry, string rule)
    {
        var partnership = JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1));

        var ex = Assert.Throws<ArgumentException>(() => partnership.WithRegistries(RegistryId.Parse(registry), RegistryId.Parse("KAZ01")));

        Assert.Equal("japanRegistry", ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithRegistries_DefaultRegistryId_NamesParameter()
    {
        var partnership = JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1));

        var japan = Assert.Throws<ArgumentException>(() => partnership.WithRegistries(default, RegistryId.Parse("KAZ01")));
        var partner = Assert.Throws<ArgumentException>(() => partnership.WithRegistries(RegistryId.Parse("JPN01"), default));

        Assert.Equal("japanRegistry", japan.ParamName);
        Assert.Equal("partnerRegistry", partner.ParamName);
        Assert.Contains("default registry id", partner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contract_RegistryIdAndPartnership()
    {
        ValueContract.AssertEquality(RegistryId.Parse("JPN01"), RegistryId.Create(Country.Japan, 1), RegistryId.Parse("JPN02"), default);
        ValueContract.AssertEquality(
            JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1)),
            JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1)),
            JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 2)),
            JcmPartnership.Create(Country.FromAlpha3("MNG"), new LocalDate(2024, 1, 1)),
            JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 1)).WithRegistries(RegistryId.Parse("JPN01"), RegistryId.Parse("KAZ02")));
    }
}
