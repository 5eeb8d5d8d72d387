using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CarbonLedger.Parties;
using NodaTime;

namespace CarbonLedger.Serials;

/// <summary>
/// The field rules shared by every serial-number layout. Each check returns null when the field is valid and
/// otherwise the problem, so that parsers can throw <see cref="FormatException"/> and factories
/// <see cref="ArgumentException"/> from the same rule.
/// </summary>
internal static class SerialText
{
    /// <summary>The longest field of digits kept verbatim (identifiers such as batch or project numbers).</summary>
    internal const int MaxIdentifierDigits = 18;

    private const int MaxFields = 16;

    private static readonly string?[] PadFormats = BuildPadFormats();

    /// <summary>Splits on '-' into at most 16 fields; returns the field count, or −1 when there are more.</summary>
    internal static int Split(ReadOnlySpan<char> s, Span<Range> fields)
    {
        int count = s.Count('-') + 1;
        if (count > MaxFields || count > fields.Length)
        {
            return -1;
        }
        return s.Split(fields, '-');
    }

    /// <summary>The buffer size for <see cref="Split"/>.</summary>
    internal static int FieldBufferLength => MaxFields;

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static FormatException Error(SerialScheme scheme, string text, string field, string problem) =>
        new($"{Describe(scheme)} serial number '{Shorten(text)}': field '{field}' {problem}");

    /// <summary>Throws the <see cref="Error"/> for <paramref name="field"/> when <paramref name="problem"/> is not null.</summary>
    internal static void Check(SerialScheme scheme, string text, string field, string? problem)
    {
        if (problem is not null)
        {
            throw Error(scheme, text, field, problem);
        }
    }

    internal static string Describe(SerialScheme scheme) => scheme switch
    {
        SerialScheme.Verra => "Verra",
        SerialScheme.GoldStandard => "Gold Standard",
        SerialScheme.Acr => "ACR",
        SerialScheme.Undp => "UNDP",
        SerialScheme.Jcm => "JCM",
        _ => "Credit",
    };

    /// <summary>A non-empty run of at most <see cref="MaxIdentifierDigits"/> ASCII digits, leading zeros allowed.</summary>
    internal static string? CheckIdentifierDigits(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "is empty; it must be digits";
        }
        if (value.Length > MaxIdentifierDigits)
        {
            return string.Create(CultureInfo.InvariantCulture, $"has {value.Length} characters; it must be at most {MaxIdentifierDigits} digits");
        }
        return value.ContainsAnyExceptInRange('0', '9') ? "must contain digits only" : null;
    }

    /// <summary>2 to 8 upper-case ASCII letters (a unit type or a verification type).</summary>
    internal static string? CheckUpperLetters(ReadOnlySpan<char> value)
    {
        if (value.Length is < 2 or > 8)
        {
            return "must be 2 to 8 upper-case letters";
        }
        return value.ContainsAnyExceptInRange('A', 'Z') ? "must contain upper-case letters A-Z only" : null;
    }

    /// <summary>A known, upper-case ISO 3166-1 alpha-2 code.</summary>
    internal static Country? FindCountry(ReadOnlySpan<char> value, out string? problem)
    {
        Country? country = Country.FindAlpha2Exact(value);
        problem = country is null ? "must be a known upper-case ISO 3166-1 alpha-2 country code" : null;
        return country;
    }

    /// <summary>A positive whole number without leading zeros (canonical form).</summary>
    internal static long ParseCanonicalPositive(ReadOnlySpan<char> value, out string? problem)
    {
        if (value.IsEmpty || value.Length > 19 || value.ContainsAnyExceptInRange('0', '9'))
        {
            problem = "must be a positive whole number of at most 19 digits";
            return 0;
        }
        if (value[0] == '0')
        {
            problem = "must not have leading zeros";
            return 0;
        }
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long number))
        {
            problem = "is too large for a 64-bit serial";
            return 0;
        }
        problem = null;
        return number;
    }

    /// <summary>
    /// Reads a block whose two numbers may be zero-padded to a common width: a number with a leading zero is
    /// padded to exactly its length, and the other number must agree with that width.
    /// </summary>
    internal static SerialBlock ParsePaddedBlock(ReadOnlySpan<char> startText, ReadOnlySpan<char> endText, out int digits, out string? field, out string? problem)
    {
        digits = 0;
        field = "block start";
        long start = ParseNumber(startText, out problem);
        if (problem is not null)
        {
            return default;
        }
        field = "block end";
        long end = ParseNumber(endText, out problem);
        if (problem is not null)
        {
            return default;
        }
        int startWidth = startText.Length > 1 && startText[0] == '0' ? startText.Length : 0;
        int endWidth = endText.Length > 1 && endText[0] == '0' ? endText.Length : 0;
        if (startWidth > 0 && endWidth > 0 && startWidth != endWidth)
        {
            problem = "is zero-padded to a different width than the block start";
            return default;
        }
        digits = Math.Max(startWidth, endWidth);
        if (digits > 0 && (startText.Length < digits || endText.Length < digits))
        {
            field = startText.Length < digits ? "block start" : "block end";
            problem = string.Create(CultureInfo.InvariantCulture, $"must be zero-padded to {digits} digits like the other block number");
            return default;
        }
        if (end < start)
        {
            problem = "is before the block start";
            return default;
        }
        field = null;
        return SerialBlock.FromRange(start, end);

        static long ParseNumber(ReadOnlySpan<char> text, out string? problem)
        {
            if (text.IsEmpty || text.Length > 19 || text.ContainsAnyExceptInRange('0', '9'))
            {
                problem = "must be a positive whole number of at most 19 digits";
                return 0;
            }
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value < 1)
            {
                problem = "must be a serial between 1 and 9223372036854775807";
                return 0;
            }
            problem = null;
            return value;
        }
    }

    /// <summary>Reads a four-digit year between <see cref="Vintage.MinYear"/> and <see cref="Vintage.MaxYear"/>.</summary>
    internal static int ParseYear(ReadOnlySpan<char> value, out string? problem)
    {
        if (value.Length != 4 || value.ContainsAnyExceptInRange('0', '9')
            || int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) is < Vintage.MinYear or > Vintage.MaxYear)
        {
            problem = YearRule;
            return 0;
        }
        problem = null;
        return int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static readonly string YearRule =
        string.Create(CultureInfo.InvariantCulture, $"must be a four-digit year between {Vintage.MinYear} and {Vintage.MaxYear}");

    /// <summary>Reads a date written ddMMyyyy (Verra).</summary>
    internal static LocalDate ParseDayMonthYear(ReadOnlySpan<char> value, out string? problem) =>
        ParseDate(value, dayAt: 0, monthAt: 2, yearAt: 4, "must be a date written ddMMyyyy", out problem);

    /// <summary>Reads a date written yyyyMMdd (JCM).</summary>
    internal static LocalDate ParseYearMonthDay(ReadOnlySpan<char> value, out string? problem) =>
        ParseDate(value, dayAt: 6, monthAt: 4, yearAt: 0, "must be a date written yyyyMMdd", out problem);

    private static LocalDate ParseDate(ReadOnlySpan<char> value, int dayAt, int monthAt, int yearAt, string rule, out string? problem)
    {
        problem = rule;
        if (value.Length != 8 || value.ContainsAnyExceptInRange('0', '9'))
        {
            return default;
        }
        int day = int.Parse(value.Slice(dayAt, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int month = int.Parse(value.Slice(monthAt, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int year = int.Parse(value.Slice(yearAt, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < Vintage.MinYear or > Vintage.MaxYear || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{rule} of an existing day in the years {Vintage.MinYear} to {Vintage.MaxYear}");
            return default;
        }
        problem = null;
        return new LocalDate(year, month, day);
    }

    /// <summary>The numeric format that zero-pads to <paramref name="digits"/> (null for no padding).</summary>
    internal static string? PadFormat(int digits) => digits < PadFormats.Length ? PadFormats[digits] : null;

    internal static void AppendDayMonthYear(ref DefaultInterpolatedStringHandler text, LocalDate date)
    {
        text.AppendFormatted(date.Day, "D2");
        text.AppendFormatted(date.Month, "D2");
        text.AppendFormatted(date.Year, "D4");
    }

    internal static void AppendYearMonthDay(ref DefaultInterpolatedStringHandler text, LocalDate date)
    {
        text.AppendFormatted(date.Year, "D4");
        text.AppendFormatted(date.Month, "D2");
        text.AppendFormatted(date.Day, "D2");
    }

    internal static void AppendBlock(ref DefaultInterpolatedStringHandler text, SerialBlock block, int digits)
    {
        string? format = PadFormat(digits);
        text.AppendFormatted(block.Start, format);
        text.AppendLiteral("-");
        text.AppendFormatted(block.End, format);
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");

    private static string?[] BuildPadFormats()
    {
        var formats = new string?[20];
        for (int i = 1; i < formats.Length; i++)
        {
            formats[i] = "D" + i.ToString(CultureInfo.InvariantCulture);
        }
        return formats;
    }
}
