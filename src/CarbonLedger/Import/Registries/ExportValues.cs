using System;
using System.Globalization;
using CarbonLedger.Serials;
using CarbonLedger.Utility;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Import.Registries;

/// <summary>Reads the values of registry exports: quantities, years and dates in the layouts registries write.</summary>
internal static class ExportValues
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern DayFirst = LocalDatePattern.CreateWithInvariantCulture("d'/'M'/'uuuu");
    private static readonly LocalDatePattern MonthFirst = LocalDatePattern.CreateWithInvariantCulture("M'/'d'/'uuuu");

    /// <summary>How a date written with slashes orders its day and month.</summary>
    internal enum SlashOrder
    {
        DayFirst,
        MonthFirst,
    }

    /// <summary>
    /// A whole number of credits: digits, optionally grouped by commas in threes (<c>1,454,054</c>), optionally with
    /// a fraction of zeros only (<c>11191.0</c>, as spreadsheets write whole numbers).
    /// </summary>
    public static long Quantity(string column, string text, bool allowZero = false)
    {
        ReadOnlySpan<char> s = text;
        int dot = s.IndexOf('.');
        if (dot >= 0)
        {
            if (dot == s.Length - 1 || s[(dot + 1)..].ContainsAnyExcept('0'))
            {
                throw new RowException(column, $"'{text}' is not a whole number of credits");
            }
            s = s[..dot];
        }
        long value = 0;
        int digitsInGroup = 0;
        bool grouped = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ',' && i > 0 && (!grouped ? digitsInGroup is >= 1 and <= 3 : digitsInGroup == 3))
            {
                grouped = true;
                digitsInGroup = 0;
                continue;
            }
            if (c is < '0' or > '9')
            {
                throw new RowException(column, $"'{text}' is not a whole number of credits");
            }
            value = checked((value * 10) + (c - '0'));
            digitsInGroup++;
        }
        if (s.Length == 0 || (grouped && digitsInGroup != 3))
        {
            throw new RowException(column, $"'{text}' is not a whole number of credits");
        }
        if (value == 0 && !allowZero)
        {
            throw new RowException(column, "the quantity must be at least 1 credit; it is 0");
        }
        return value;
    }

    /// <summary>A vintage year in the one vintage range (<see cref="Vintage.MinYear"/> to <see cref="Vintage.MaxYear"/>), written as digits (optionally <c>.0</c>).</summary>
    public static int Year(string column, string text)
    {
        ReadOnlySpan<char> s = text.EndsWith(".0", StringComparison.Ordinal) ? text.AsSpan(0, text.Length - 2) : text;
        return NumberText.TryParseDigits(s, out int year) && year is >= Vintage.MinYear and <= Vintage.MaxYear
            ? year
            : throw new RowException(column, string.Create(CultureInfo.InvariantCulture,
                $"'{text}' is not a vintage year ({Vintage.MinYear} to {Vintage.MaxYear})"));
    }

    /// <summary>
    /// A date: ISO (<c>2026-04-03</c>, optionally followed by a time, <c>T12:35:58.842275</c> or <c> 12:35:58</c>,
    /// which is dropped) or with slashes in the registry's order (<c>17/03/2026</c> at Verra, <c>3/24/2026 9:08:01 PM</c>
    /// at ACR, whose time is dropped too). The date is the registry's own calendar date; no time zone is applied.
    /// </summary>
    public static LocalDate Date(string column, string text, SlashOrder order)
    {
        string date = text;
        int cut = text.IndexOfAny(['T', ' ']);
        if (cut > 0)
        {
            date = text[..cut];
        }
        ParseResult<LocalDate> result = date.Contains('/', StringComparison.Ordinal)
            ? (order == SlashOrder.DayFirst ? DayFirst : MonthFirst).Parse(date)
            : IsoDate.Parse(date);
        if (result.Success)
        {
            return result.Value;
        }
        string expected = order == SlashOrder.DayFirst ? "2026-04-03 or 03/04/2026 (day first)" : "2026-04-03 or 4/3/2026 (month first)";
        throw new RowException(column, $"'{text}' is not a date such as {expected}");
    }
}
