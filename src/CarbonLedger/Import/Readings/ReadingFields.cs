using System;
using NodaTime;

namespace CarbonLedger.Import.Readings;

/// <summary>
/// Parses the fields of a meter reading straight from their UTF-8 bytes, without making a string: RFC 3339 instants
/// with an offset and plain decimals. Used by the monitoring-data readers, which read millions of rows.
/// </summary>
/// <remarks>
/// <para>Both parsers accept exactly what the string parsers CarbonLedger uses elsewhere accept
/// (NodaTime's <c>OffsetDateTimePattern.Rfc3339</c>, and the library's strict decimal reader: a leading sign, digits and
/// a decimal point, held exactly by <see cref="decimal"/>); the common forms are parsed by hand, and anything unusual
/// goes to the slower general parser, so the two paths agree by construction.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ReadingFields
{
    private const long TicksPerSecond = 10_000_000L;
    private const long TicksPerMinute = 60L * TicksPerSecond;
    private const long SecondsPerDay = 86_400L;

    /// <summary>
    /// Parses an RFC 3339 instant with its offset, such as <c>2025-07-01T00:15:00+05:00</c> or
    /// <c>2025-06-30T19:15:00.5Z</c>, from UTF-8 bytes.
    /// </summary>
    /// <param name="utf8">The field's bytes, without surrounding whitespace.</param>
    /// <param name="instant">The instant, or the default value when the text is not an instant.</param>
    /// <returns>Whether the text is an RFC 3339 instant whose time is a whole number of 100 ns ticks.</returns>
    /// <remarks>A seconds fraction finer than 100 ns is refused: readings are held in ticks.</remarks>
    public static bool TryParseInstant(ReadOnlySpan<byte> utf8, out Instant instant)
    {
        if (TryParseTicksFast(utf8, out long ticks))
        {
            instant = Instant.FromUnixTimeTicks(ticks);
            return true;
        }
        return TryParseInstantSlow(utf8, out instant);
    }

    /// <summary>
    /// Parses a decimal written with an optional leading sign and an optional decimal point (<c>12.5</c>,
    /// <c>-0.25</c>, <c>1000</c>), invariant culture, from UTF-8 bytes. No thousands separators, no exponent.
    /// </summary>
    /// <param name="utf8">The field's bytes, without surrounding whitespace.</param>
    /// <param name="value">The value, exact to the digits written (trailing zeros keep their scale).</param>
    /// <returns>Whether the text is such a number and a <see cref="decimal"/> holds it exactly (more significant digits
    /// than a decimal keeps are refused, not rounded; so is anything after the number, a NUL included).</returns>
    public static bool TryParseAmount(ReadOnlySpan<byte> utf8, out decimal value)
    {
        // Fast path: up to 18 digits in all, which a ulong holds exactly.
        int i = 0;
        bool negative = false;
        if (utf8.Length > 0 && (utf8[0] == (byte)'-' || utf8[0] == (byte)'+'))
        {
            negative = utf8[0] == (byte)'-';
            i = 1;
        }
        ulong digits = 0;
        int count = 0;
        int scale = -1;
        for (; i < utf8.Length; i++)
        {
            uint d = (uint)(utf8[i] - '0');
            if (d <= 9)
            {
                digits = (digits * 10) + d;
                count++;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (utf8[i] == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                count = -1;
                break;
            }
        }
        if (count > 0 && count <= 18)
        {
            value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)Math.Max(scale, 0));
            return true;
        }
        // Anything else goes through the strict reader: ASCII only, no trailing NUL, and no rounding of digits that
        // decimal cannot hold (issue #15).
        value = 0m;
        if (utf8.IsEmpty || utf8.Length > 4096 || !System.Text.Ascii.IsValid(utf8))
        {
            return false;
        }
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        System.Text.Ascii.ToUtf16(utf8, chars, out int written);
        return Utility.NumberText.TryParseDecimal(chars[..written], allowSign: true, out value);
    }

    /// <summary>The common layout <c>uuuu-MM-ddTHH:mm:ss[.f…]</c> then <c>Z</c> or <c>±HH:mm</c>.</summary>
    private static bool TryParseTicksFast(ReadOnlySpan<byte> s, out long ticks)
    {
        ticks = 0;
        if (s.Length < 20 || s[4] != (byte)'-' || s[7] != (byte)'-' || s[10] != (byte)'T' || s[13] != (byte)':' || s[16] != (byte)':')
        {
            return false;
        }
        if (!Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || !Digits(s, 11, 2, out int hour) || !Digits(s, 14, 2, out int minute) || !Digits(s, 17, 2, out int second))
        {
            return false;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        int i = 19;
        long fraction = 0;
        if (s[i] == (byte)'.')
        {
            int start = ++i;
            while (i < s.Length && (uint)(s[i] - '0') <= 9)
            {
                i++;
            }
            int n = i - start;
            if (n == 0 || n > 7)
            {
                return false;
            }
            if (!Digits(s, start, n, out int f))
            {
                return false;
            }
            fraction = f;
            for (int k = n; k < 7; k++)
            {
                fraction *= 10;
            }
        }
        long offsetMinutes;
        if (i == s.Length - 1 && s[i] == (byte)'Z')
        {
            offsetMinutes = 0;
        }
        else if (i == s.Length - 6 && (s[i] == (byte)'+' || s[i] == (byte)'-') && s[i + 3] == (byte)':'
                 && Digits(s, i + 1, 2, out int oh) && Digits(s, i + 4, 2, out int om) && oh <= 18 && om <= 59 && (oh < 18 || om == 0))
        {
            offsetMinutes = (oh * 60) + om;
            if (s[i] == (byte)'-')
            {
                offsetMinutes = -offsetMinutes;
            }
        }
        else
        {
            return false;
        }
        long days = DaysFromCivil(year, month, day);
        long seconds = (days * SecondsPerDay) + (hour * 3600L) + (minute * 60L) + second;
        ticks = (seconds * TicksPerSecond) + fraction - (offsetMinutes * TicksPerMinute);
        return true;
    }

    private static bool TryParseInstantSlow(ReadOnlySpan<byte> utf8, out Instant instant)
    {
        instant = default;
        if (utf8.Length > 64)
        {
            return false;
        }
        Span<char> chars = stackalloc char[64];
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return false;
        }
        int n = System.Text.Encoding.UTF8.GetChars(utf8, chars);
        NodaTime.Text.ParseResult<OffsetDateTime> result = NodaTime.Text.OffsetDateTimePattern.Rfc3339.Parse(new string(chars[..n]));
        if (!result.Success)
        {
            return false;
        }
        Instant parsed = result.Value.ToInstant();
        instant = parsed;
        return Instant.FromUnixTimeTicks(parsed.ToUnixTimeTicks()) == parsed;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int length, out int value)
    {
        value = 0;
        for (int k = start; k < start + length; k++)
        {
            uint d = (uint)(s[k] - '0');
            if (d > 9)
            {
                return false;
            }
            value = (value * 10) + (int)d;
        }
        return true;
    }

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28) : (month is 4 or 6 or 9 or 11 ? 30 : 31);

    /// <summary>Days from 1970-01-01 to a proleptic Gregorian date (the civil-from-days inverse by eras of 400 years).</summary>
    private static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - (era * 400);
        long doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        long doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146_097) + doe - 719_468;
    }
}
