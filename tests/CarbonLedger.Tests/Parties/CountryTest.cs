using System;
using System.Linq;
using CarbonLedger.Parties;
using Xunit;

namespace CarbonLedger.Tests.Parties;

public class CountryTest
{
    [Theory]
    [InlineData("KAZ", "KZ", "Kazakhstan")]
    [InlineData("MNG", "MN", "Mongolia")]
    [InlineData("IDN", "ID", "Indonesia")]
    [InlineData("THA", "TH", "Thailand")]
    [InlineData("VNM", "VN", "Viet Nam")]
    [InlineData("PHL", "PH", "Philippines")]
    [InlineData("KHM", "KH", "Cambodia")]
    [InlineData("MDV", "MV", "Maldives")]
    [InlineData("JPN", "JP", "Japan")]
    public void FromCode_EitherCode_SameCountry(string alpha3, string alpha2, string name)
    {
        Country byAlpha3 = Country.FromCode(alpha3);
        Country byAlpha2 = Country.FromCode(alpha2);

        Assert.Same(byAlpha3, byAlpha2);
        Assert.Equal(alpha2, byAlpha3.Alpha2);
        Assert.Equal(alpha3, byAlpha2.Alpha3);
        Assert.Equal(name, byAlpha3.Name);
        Assert.Same(byAlpha3, Country.FromAlpha3(alpha3.ToLowerInvariant()));
        Assert.Same(byAlpha3, Country.FromAlpha2(alpha2));
    }

    [Fact]
    public void All_Has249UniqueEntries()
    {
        Assert.Equal(249, Country.All.Count);
        Assert.Equal(249, Country.All.Select(c => c.Alpha2).Distinct().Count());
        Assert.Equal(249, Country.All.Select(c => c.Alpha3).Distinct().Count());
    }

    [Fact]
    public void KnownPartnerCountries_IncludeKazakhstanAndExcludeJapan()
    {
        Assert.Contains(Country.FromAlpha3("KAZ"), JcmPartnership.KnownPartnerCountries);
        Assert.DoesNotContain(Country.Japan, JcmPartnership.KnownPartnerCountries);
        Assert.True(JcmPartnership.KnownPartnerCountries.Count >= 28);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("XXX")]
    [InlineData("")]
    [InlineData("KAZA")]
    public void FromCode_Unknown_ThrowsNamingParameter(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Country.FromCode(code));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains("is not a known ISO 3166-1", ex.Message, StringComparison.Ordinal);
        Assert.False(Country.TryFromCode(code, out _));
    }

    [Fact]
    public void Equality_ByAlpha3()
    {
        Assert.Equal(Country.FromAlpha2("KZ"), Country.FromAlpha3("KAZ"));
        Assert.NotEqual(Country.Japan, Country.FromAlpha3("KAZ"));
        Assert.Equal("KAZ", Country.FromAlpha2("KZ").ToString());
    }
}
