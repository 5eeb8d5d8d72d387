using System;
using CarbonLedger.Projects;
using CarbonLedger.Tests.Contracts;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Projects;

public class ProjectIdTest
{
    [Theory]
    [InlineData("ID009", "ID", 9)]
    [InlineData("KZ001", "KZ", 1)]
    [InlineData("mn003", "MN", 3)]
    [InlineData("TH1234", "TH", 1234)]
    public void Parse_Valid_CountryAndNumber(string text, string country, int number)
    {
        ProjectId id = ProjectId.Parse(text);
        Assert.Equal(country, id.CountryAlpha2);
        Assert.Equal(number, id.Number);
        Assert.Equal(text.ToUpperInvariant(), id.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("KZ")]
    [InlineData("KZ01")]
    [InlineData("KZ000")]
    [InlineData("K1001")]
    [InlineData("KZ00A")]
    [InlineData("KZ1234567")]
    [InlineData("КZ001")]
    public void Parse_Invalid_FormatException(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ProjectId.Parse(text));
        Assert.Contains("two-letter country code", ex.Message, StringComparison.Ordinal);
        Assert.False(ProjectId.TryParse(text, out _));
    }

    [Fact]
    public void Create_PadsToThreeDigits()
    {
        Assert.Equal("KZ001", ProjectId.Create("kz", 1).Value);
        Assert.Equal("ID1234", ProjectId.Create("ID", 1234).Value);
    }

    [Fact]
    public void Create_BadArguments_NameParameter()
    {
        Assert.Equal("countryAlpha2", Assert.Throws<ArgumentException>(() => ProjectId.Create("KAZ", 1)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => ProjectId.Create("KZ", 0)).ParamName);
        Assert.Equal("countryAlpha2", Assert.Throws<ArgumentNullException>(() => ProjectId.Create(null!, 1)).ParamName);
    }

    [Fact]
    public void Contract_EqualityAndOrdering()
    {
        ValueContract.AssertEquality(ProjectId.Parse("KZ001"), ProjectId.Parse("kz001"), ProjectId.Parse("KZ002"), ProjectId.Parse("MN001"));
        ValueContract.AssertOrdering(ProjectId.Parse("ID009"), ProjectId.Parse("ID010"), ProjectId.Parse("ID100"), ProjectId.Parse("KZ001"));
    }

    [Fact]
    public void Default_IsEmpty()
    {
        Assert.Equal(string.Empty, default(ProjectId).ToString());
        Assert.Equal(0, default(ProjectId).Number);
    }

    [Fact]
    public void ParseFormat_RoundTrip_Property()
    {
        Gen.Select(Gen.Char['A', 'Z'], Gen.Char['A', 'Z'], Gen.Int[1, 999_999])
            .Sample((a, b, n) =>
            {
                ProjectId id = ProjectId.Create(new string([a, b]), n);
                return ProjectId.Parse(id.ToString()) == id && id.Number == n;
            }, iter: 5_000);
    }
}
