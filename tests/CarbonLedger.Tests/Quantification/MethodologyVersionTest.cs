using System;
using CarbonLedger.Quantification;
using CarbonLedger.Tests.Contracts;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

public class MethodologyVersionTest
{
    [Theory]
    [InlineData("Ver2.0", 2, 0)]
    [InlineData("ver1.1", 1, 1)]
    [InlineData("3.0", 3, 0)]
    public void Parse_Valid(string text, int major, int minor)
    {
        Assert.Equal(new MethodologyVersion(major, minor), MethodologyVersion.Parse(text));
    }

    [Theory]
    [InlineData("Ver2")]
    [InlineData("Ver.0")]
    [InlineData("Ver2.x")]
    [InlineData("Ver-1.0")]
    public void Parse_Invalid_Throws(string text)
    {
        Assert.Throws<FormatException>(() => MethodologyVersion.Parse(text));
    }

    [Fact]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MethodologyVersion(1000, 0));
    }

    [Fact]
    public void Contract_EqualityAndOrdering()
    {
        ValueContract.AssertEquality(new MethodologyVersion(2, 0), MethodologyVersion.Parse("Ver2.0"), new MethodologyVersion(2, 1));
        ValueContract.AssertOrdering(new MethodologyVersion(1, 9), new MethodologyVersion(2, 0), new MethodologyVersion(2, 10), new MethodologyVersion(10, 0));
        Assert.Equal("Ver2.0", new MethodologyVersion(2, 0).ToString());
    }
}
