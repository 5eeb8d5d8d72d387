using System;
using CarbonLedger.Quantification;
using CarbonLedger.Tests.Contracts;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

public class MethodologyIdTest
{
    [Fact]
    public void Parse_JcmLowerCase_UpperCasedAndDecoded()
    {
        MethodologyId id = MethodologyId.Parse("mn_am003");
        Assert.Equal("MN_AM003", id.Value);
        Assert.True(id.IsJcm);
        Assert.True(id.IsApproved);
        Assert.Equal("MN", id.CountryAlpha2);
    }

    [Fact]
    public void Parse_Proposed_NotApproved()
    {
        MethodologyId id = MethodologyId.Parse("KZ_PM001");
        Assert.True(id.IsJcm);
        Assert.False(id.IsApproved);
    }

    [Fact]
    public void Parse_CdmCode_Opaque()
    {
        MethodologyId id = MethodologyId.Parse("AMS-I.D.");
        Assert.False(id.IsJcm);
        Assert.Equal(string.Empty, id.CountryAlpha2);
        Assert.Equal("AMS-I.D.", id.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("MN AM003")]
    [InlineData("ab#")]
    public void Parse_Invalid_Throws(string text)
    {
        Assert.Throws<FormatException>(() => MethodologyId.Parse(text));
    }

    [Fact]
    public void Contract_EqualityAndOrdering()
    {
        ValueContract.AssertEquality(MethodologyId.Parse("MN_AM003"), MethodologyId.Parse("mn_am003"), MethodologyId.Parse("MN_AM002"));
        ValueContract.AssertOrdering(MethodologyId.Parse("ID_AM004"), MethodologyId.Parse("MN_AM003"), MethodologyId.Parse("TH_AM005"));
    }
}
