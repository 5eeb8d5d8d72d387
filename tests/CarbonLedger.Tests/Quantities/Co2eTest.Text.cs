using System;
using System.Globalization;
using CarbonLedger.Quantities;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Quantities;

public partial class Co2eTest
{
    [Fact]
    public void ToString_Invariant_NumberSpaceUnit()
    {
        Assert.Equal("12.5 tCO2e", Co2e.FromTonnes(12.5m).ToString());
        Assert.Equal("-0.001 tCO2e", Co2e.FromTonnes(-0.001m).ToString());
        Assert.Equal("1,195.50 tCO2e", Co2e.FromTonnes(1195.5m).ToString("N2", null));
        Assert.Equal("1.195,50 tCO2e", Co2e.FromTonnes(1195.5m).ToString("N2", new CultureInfo("de-DE")));
    }

    [Fact]
    public void ToString_UnderOtherCurrentCulture_StaysInvariant()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal("12.5 tCO2e", Co2e.FromTonnes(12.5m).ToString());
            Assert.Equal(Co2e.FromTonnes(12.5m), Co2e.Parse("12.5 tCO2e"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void TryFormat_SmallBuffer_ReturnsFalse()
    {
        Span<char> small = stackalloc char[5];
        Assert.False(Co2e.FromTonnes(12.5m).TryFormat(small, out int written, default, null));
        Assert.Equal(0, written);
        Span<char> big = stackalloc char[32];
        Assert.True(Co2e.FromTonnes(12.5m).TryFormat(big, out written, default, null));
        Assert.Equal("12.5 tCO2e", big[..written].ToString());
    }

    [Theory]
    [InlineData("12.5 tCO2e", "12.5")]
    [InlineData("-3 tCO2e", "-3")]
    [InlineData("12500 kgCO2e", "12.5")]
    [InlineData("0.5 kgCO2e", "0.0005")]
    public void Parse_Valid_Exact(string text, string expectedTonnes)
    {
        Assert.Equal(decimal.Parse(expectedTonnes, CultureInfo.InvariantCulture), Co2e.Parse(text).Tonnes);
        Assert.True(Co2e.TryParse(text, out Co2e parsed));
        Assert.Equal(decimal.Parse(expectedTonnes, CultureInfo.InvariantCulture), parsed.Tonnes);
    }

    [Theory]
    [InlineData("12.5", "one space")]
    [InlineData("12.5 t", "Unit must be")]
    [InlineData("12.5 tco2e", "Unit must be")]
    [InlineData("1,000 tCO2e", "invariant-culture decimal")]
    [InlineData("1e3 tCO2e", "invariant-culture decimal")]
    [InlineData(" tCO2e", "invariant-culture decimal")]
    [InlineData("12.5  tCO2e", "Unit must be")]
    [InlineData("", "one space")]
    public void Parse_Invalid_FormatExceptionSaysWhy(string text, string expectedMessagePart)
    {
        var ex = Assert.Throws<FormatException>(() => Co2e.Parse(text));
        Assert.Contains(expectedMessagePart, ex.Message, StringComparison.Ordinal);
        Assert.False(Co2e.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Co2e.Parse(null!)).ParamName);
        Assert.False(Co2e.TryParse(null, out _));
    }

    [Fact]
    public void ParseFormat_RoundTrip_Property()
    {
        Gen.Decimal.Sample(d =>
        {
            Co2e value = Co2e.FromTonnes(d);
            Co2e parsed = Co2e.Parse(value.ToString());
            return parsed == value && parsed.Tonnes.Scale == d.Scale;
        }, iter: 20_000);
    }

    [Fact]
    public void Parse_RandomStrings_OnlyFormatException_Property()
    {
        Gen.String.Sample(s =>
        {
            try
            {
                Co2e.Parse(s);
            }
            catch (FormatException)
            {
            }
        }, iter: 20_000);
    }
}
