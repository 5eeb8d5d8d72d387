using System;
using CarbonLedger.Allocation;
using CarbonLedger.Article6;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Utility;
using Xunit;

namespace CarbonLedger.Tests.Utility;

/// <summary>
/// Issue #15, defect 6: text becomes a number only when it is exactly the number. .NET's own parsers accept trailing
/// NUL characters and round decimal text with more digits than <see cref="decimal"/> holds; ours refuse both.
/// </summary>
public class NumberTextTest
{
    public static TheoryData<string, Func<string, object>> TrailingNul => new()
    {
        { "KAZ01-1\0", static s => AccountId.Parse(s) },
        { "101-200\0", static s => SerialBlock.Parse(s) },
        { "1/2\0", static s => Share.Parse(s) },
        { "0.5\0", static s => Share.Parse(s) },
        { "50%\0", static s => Share.Parse(s) },
        { "12\0 tCO2e", static s => Co2e.Parse(s) },
        { "Ver1.0\0", static s => MethodologyVersion.Parse(s) },
        { "Ver1\0.0", static s => MethodologyVersion.Parse(s) },
        { "KZ001\0", static s => ProjectId.Parse(s) },
        { "CA0001-THA01-TH001-2025-101-200\0", static s => ItmoId.Parse(s) },
    };

    [Theory]
    [MemberData(nameof(TrailingNul))]
    public void Parse_TrailingNul_Refused(string text, Func<string, object> parse) =>
        Assert.Throws<FormatException>(() => parse(text));

    [Fact]
    public void ShareParse_MoreDigitsThanDecimalHolds_RefusedNotRounded()
    {
        Assert.Throws<FormatException>(() => Share.Parse("0.50000000000000000000000000001"));
        Assert.False(Share.TryParse("0.50000000000000000000000000001%", out _));
        // 28 fractional digits are exact and still read.
        Assert.Equal(Share.FromFraction(1, 2), Share.Parse("0.5000000000000000000000000000"));
    }

    [Fact]
    public void Co2eParse_MoreDigitsThanDecimalHolds_RefusedNotRounded()
    {
        Assert.Throws<FormatException>(() => Co2e.Parse("0.00000000000000000000000000001 tCO2e"));
        Assert.Throws<FormatException>(() => Co2e.Parse("79228162514264337593543950335.5 tCO2e"));
        Assert.Throws<FormatException>(() => Co2e.Parse("1.00000000000000000000000000001 tCO2e"));
        Assert.Equal(Co2e.FromTonnes(79228162514264337593543950335m), Co2e.Parse("79228162514264337593543950335 tCO2e"));
        Assert.Equal(Co2e.FromTonnes(-1.5m), Co2e.Parse("-1.500000000000000000000000000000000000 tCO2e"));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("000.000", "0")]
    [InlineData("12.50", "12.5")]
    [InlineData("-3", "-3")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("7922816251426433759354395033.5", "7922816251426433759354395033.5")]
    public void TryParseDecimal_ExactText_Read(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            NumberText.TryParseDecimal(text, allowSign: true, out decimal value) ? value : -999m);

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1e3")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1,5")]
    [InlineData("1\0")]
    [InlineData("١")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("7922816251426433759354395033.55")]
    public void TryParseDecimal_NotExactlyADecimal_Refused(string text) =>
        Assert.False(NumberText.TryParseDecimal(text, allowSign: true, out _));

    [Theory]
    [InlineData("1e3", 1000)]
    [InlineData("1.5E-1", 0.15)]
    [InlineData("-25e-2", -0.25)]
    public void IsExact_ExponentText_ComparesTheValue(string text, double value) =>
        Assert.True(NumberText.IsExact(text, (decimal)value));

    [Theory]
    [InlineData("1e-29")]
    [InlineData("0.100000000000000000000000000001")]
    [InlineData("1e99999999999999999999")]
    public void IsExact_TextRoundedAway_False(string text) =>
        Assert.False(NumberText.IsExact(text, decimal.Parse("0.1", System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("123", true, 123)]
    [InlineData("9223372036854775807", true, long.MaxValue)]
    [InlineData("9223372036854775808", false, 0)]
    [InlineData("12\0", false, 0)]
    [InlineData("+1", false, 0)]
    [InlineData("", false, 0)]
    [InlineData("٣", false, 0)]
    public void TryParseDigits_OnlyAsciiDigits(string text, bool ok, long expected)
    {
        Assert.Equal(ok, NumberText.TryParseDigits(text, out long value));
        Assert.Equal(expected, value);
    }
}
