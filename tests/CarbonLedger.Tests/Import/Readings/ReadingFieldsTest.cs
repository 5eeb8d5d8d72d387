using System.Globalization;
using System.Text;
using CarbonLedger.Import.Readings;
using CsCheck;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace CarbonLedger.Tests.Import.Readings;

public class ReadingFieldsTest
{
    [Theory]
    [InlineData("2025-07-01T00:15:00+05:00", "2025-06-30T19:15:00Z")]
    [InlineData("2024-02-29T23:59:59-03:30", "2024-03-01T03:29:59Z")]
    [InlineData("2025-01-01T00:00:00.5Z", "2025-01-01T00:00:00.5Z")]
    [InlineData("2025-01-01T00:00:00.1234567+00:00", "2025-01-01T00:00:00.1234567Z")]
    [InlineData("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z")]
    public void TryParseInstant_ValidText_ReturnsInstant(string text, string utc)
    {
        Assert.True(ReadingFields.TryParseInstant(Encoding.UTF8.GetBytes(text), out Instant instant));
        Assert.Equal(InstantPattern.ExtendedIso.Parse(utc).Value, instant);
    }

    [Theory]
    [InlineData("2025-02-29T00:00:00Z")]
    [InlineData("2025-13-01T00:00:00Z")]
    [InlineData("2025-07-01 00:15:00+05:00")]
    [InlineData("2025-07-01T00:15:00")]
    [InlineData("2025-07-01T00:15:00+5:00")]
    [InlineData("2025-07-01T00:15:00.12345678Z")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void TryParseInstant_InvalidText_ReturnsFalse(string text)
    {
        Assert.False(ReadingFields.TryParseInstant(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void TryParseInstant_AnyInstant_AgreesWithNodaTimeRfc3339()
    {
        Gen.Select(Gen.Long[-10_000_000_000L, 20_000_000_000L], Gen.Int[-18 * 4, 18 * 4], Gen.Int[0, 9_999_999])
            .Sample((seconds, quarterHours, ticks) =>
            {
                Instant instant = Instant.FromUnixTimeSeconds(seconds).PlusTicks(ticks % 3 == 0 ? 0 : ticks);
                var offset = Offset.FromSeconds(quarterHours * 15 * 60);
                string text = OffsetDateTimePattern.Rfc3339.Format(instant.WithOffset(offset));
                Assert.True(ReadingFields.TryParseInstant(Encoding.UTF8.GetBytes(text), out Instant parsed), text);
                Assert.Equal(OffsetDateTimePattern.Rfc3339.Parse(text).Value.ToInstant(), parsed);
            });
    }

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("+7", "7")]
    [InlineData("1.500", "1.500")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("123456789012345678901234.5678", "123456789012345678901234.5678")]
    public void TryParseAmount_ValidText_ReturnsExactDecimal(string text, string expected)
    {
        Assert.True(ReadingFields.TryParseAmount(Encoding.UTF8.GetBytes(text), out decimal value));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData("12 kWh")]
    [InlineData("--1")]
    [InlineData(".")]
    [InlineData("")]
    public void TryParseAmount_InvalidText_ReturnsFalse(string text)
    {
        Assert.False(ReadingFields.TryParseAmount(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void TryParseAmount_AnyDecimal_AgreesWithDecimalTryParse()
    {
        Gen.Decimal.Sample(d =>
        {
            string text = d.ToString(CultureInfo.InvariantCulture);
            Assert.True(ReadingFields.TryParseAmount(Encoding.UTF8.GetBytes(text), out decimal parsed), text);
            Assert.Equal(decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), parsed);
            Assert.Equal(text, parsed.ToString(CultureInfo.InvariantCulture));
        });
    }
}
