using System;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Serialization;

/// <summary>Reads a vintage written as a year (<c>2025</c>) or as ISO dates (<c>2025-03-01..2025-12-31</c>).</summary>
internal static class VintageText
{
    internal static Vintage Parse(string s)
    {
        int dots = s.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            return CarbonLedger.Utility.NumberText.TryParseDigits(s, out int year)
                ? Vintage.FromYear(year)
                : throw new FormatException($"Vintage '{s}' must be a year or two ISO dates joined by '..'");
        }
        LocalDate start = LocalDatePattern.Iso.Parse(s[..dots]).GetValueOrThrow();
        LocalDate end = LocalDatePattern.Iso.Parse(s[(dots + 2)..]).GetValueOrThrow();
        return Vintage.FromDates(start, end);
    }
}

/// <summary>Reads a serial range written <c>{issuer}:{project}:{start}-{end}</c>.</summary>
internal static class SerialRangeText
{
    internal static SerialRange Parse(string s)
    {
        string[] parts = s.Split(':');
        return parts.Length == 3
            ? SerialRange.Create(RegistryId.Parse(parts[0]), ProjectId.Parse(parts[1]), SerialBlock.Parse(parts[2]))
            : throw new FormatException($"Serial range '{s}' must be issuer:project:start-end, for example KAZ01:KZ001:101-200");
    }
}
