using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// Reads and writes meter readings as CSV (RFC 4180, through CsvHelper): a header
/// <c>parameter,start,end,amount,unit</c>, then one reading per line. <c>start</c> and <c>end</c> are RFC 3339
/// instants with their offset (<c>2025-07-01T00:15:00+05:00</c>); the end is exclusive. <c>amount</c> is a
/// non-negative decimal with a dot; <c>unit</c> is an amount unit (Wh … GWh, MJ … TJ, kg … kt, L … thousand m3), and
/// each parameter's unit must be of a dimension its monitored quantity accepts (an energy for electricity, a fuel
/// mass or volume for fuel).
/// </summary>
internal static class ReadingsCsv
{
    /// <summary>The header line.</summary>
    public static readonly string[] Header = ["parameter", "start", "end", "amount", "unit"];

    /// <summary>Reads the readings of the given monitored quantities; each quantity's readings become one series.</summary>
    /// <param name="file">The CSV file.</param>
    /// <param name="site">The site (its zone places the readings in vintages).</param>
    /// <param name="period">The monitoring period; every reading must lie within it.</param>
    /// <param name="monitored">The monitored quantities the project file declares, each with its readings symbol.</param>
    /// <param name="progress">Receives how many bytes of the file have been read.</param>
    /// <returns>The series per readings symbol (empty, in the quantity's default unit, when the file has none).</returns>
    /// <exception cref="InputException">A line is malformed or has a unit its quantity does not accept; the message
    /// names the line and field.</exception>
    public static IReadOnlyDictionary<string, MeterReadingSeries> Read(
        string file, MonitoringSite site, MonitoringPeriod period, IReadOnlyCollection<MonitoredSpec> monitored, Action<long> progress)
    {
        var specs = monitored.ToDictionary(m => m.Parameter, StringComparer.Ordinal);
        byte[] bytes = TextFiles.ReadAllBytes(file);
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        using CsvReader csv = CsvReader.Create(bytes, options);
        IReadOnlyList<string> header;
        try
        {
            header = csv.Headers;
        }
        catch (CsvFormatException ex)
        {
            throw InputException.At(file, 1, null, "malformed CSV header: " + ex.Message, ex);
        }
        if (header.Count == 0)
        {
            throw InputException.At(file, 1, null, "the file is empty; it must start with the header " + string.Join(',', Header));
        }
        if (!header.SequenceEqual(Header, StringComparer.Ordinal))
        {
            throw InputException.At(file, 1, null, $"the header is '{Echo.Text(string.Join(',', header))}'; it must be '{string.Join(',', Header)}'");
        }

        Interval bounds = period.ToInterval(site.Zone);
        var readings = specs.Keys.ToDictionary(p => p, _ => new List<(MeterReading Reading, long Line)>(), StringComparer.Ordinal);
        var units = new Dictionary<string, (ParameterUnit Unit, long Line)>(StringComparer.Ordinal);
        long rows = 0;
        while (Next(csv, file))
        {
            long line = csv.LineNumber;
            if (csv.FieldCount != Header.Length)
            {
                throw InputException.At(file, line, null,
                    string.Create(CultureInfo.InvariantCulture, $"malformed line: expected {Header.Length} fields ({string.Join(',', Header)}), found {csv.FieldCount}"));
            }
            string parameter = Field(csv, 0);
            if (!readings.TryGetValue(parameter, out List<(MeterReading, long)>? list))
            {
                throw InputException.At(file, line, "parameter",
                    $"unknown parameter '{parameter}'; the project file declares {string.Join(", ", specs.Keys.Select(p => "'" + p + "'"))}");
            }
            Instant start = InstantField(file, line, "start", Field(csv, 1));
            Instant end = InstantField(file, line, "end", Field(csv, 2));
            decimal amount = AmountField(file, line, Field(csv, 3));
            ParameterUnit unit = UnitField(file, line, Field(csv, 4));
            if (units.TryGetValue(parameter, out (ParameterUnit Unit, long Line) first) && first.Unit != unit)
            {
                throw InputException.At(file, line, "unit",
                    string.Create(CultureInfo.InvariantCulture, $"wrong unit '{unit}': the readings of {parameter} are in {first.Unit} (line {first.Line})"));
            }
            if (units.TryAdd(parameter, (unit, line)) && !specs[parameter].Accepts(unit))
            {
                MonitoredSpec spec = specs[parameter];
                throw InputException.At(file, line, "unit",
                    $"wrong unit for {parameter}: Mismatched units: {spec.Expectation}; '{unit}' is {UnitTable.Describe(unit.Dimension)}");
            }
            if (end <= start)
            {
                throw InputException.At(file, line, "end", "the reading must end after it starts");
            }
            if (start < bounds.Start || end > bounds.End)
            {
                throw InputException.At(file, line, start < bounds.Start ? "start" : "end",
                    $"the reading lies outside the monitoring period {period}, which runs from {Text(bounds.Start, site.Zone)} to {Text(bounds.End, site.Zone)} at {site.Zone.Id}");
            }
            if (list.Count > 0 && start < list[^1].Item1.End)
            {
                throw InputException.At(file, line, "start",
                    string.Create(CultureInfo.InvariantCulture, $"the reading overlaps or precedes the reading of line {list[^1].Item2}; give each parameter's readings in time order"));
            }
            list.Add((new MeterReading(start, end, amount), line));
            if (++rows % 4096 == 0)
            {
                progress(csv.ByteOffset);
            }
        }

        var series = new Dictionary<string, MeterReadingSeries>(StringComparer.Ordinal);
        foreach (MonitoredSpec spec in monitored)
        {
            ParameterUnit unit = units.TryGetValue(spec.Parameter, out (ParameterUnit Unit, long Line) u) ? u.Unit : spec.DefaultUnit;
            series[spec.Parameter] = MeterReadingSeries.Create(site, period, unit, readings[spec.Parameter].Select(r => r.Reading));
        }
        return series;
    }

    /// <summary>Writes readings as CSV with the header.</summary>
    public static void Write(TextWriter writer, IEnumerable<(string Parameter, ZonedDateTime Start, ZonedDateTime End, decimal Amount, string Unit)> rows)
    {
        using CsvWriter csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(Header);
        foreach ((string parameter, ZonedDateTime start, ZonedDateTime end, decimal amount, string unit) in rows)
        {
            csv.WriteRecord([
                parameter,
                OffsetDateTimePattern.Rfc3339.Format(start.ToOffsetDateTime()),
                OffsetDateTimePattern.Rfc3339.Format(end.ToOffsetDateTime()),
                Terminal.Numbers.Plain(amount),
                unit]);
        }
        csv.Flush();
    }

    private static bool Next(CsvReader csv, string file)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            throw InputException.At(file, ex.LineNumber > 0 ? ex.LineNumber : null, null, "malformed CSV line: " + ex.Message, ex);
        }
    }

    private static string Field(CsvReader csv, int index) => csv.GetString(index).Trim();

    private static Instant InstantField(string file, long line, string field, string text)
    {
        ParseResult<OffsetDateTime> result = OffsetDateTimePattern.Rfc3339.Parse(text);
        return result.Success
            ? result.Value.ToInstant()
            : throw InputException.At(file, line, field, $"'{text}' is not an RFC 3339 instant with an offset, such as 2025-07-01T00:15:00+05:00");
    }

    private static decimal AmountField(string file, long line, string text)
    {
        if (!NumberText.TryParseDecimal(text, allowSign: true, out decimal amount))
        {
            throw InputException.At(file, line, "amount", $"'{text}' is not a number that decimal holds exactly (digits and a dot, at most 28 decimal places)");
        }
        if (amount < 0m)
        {
            throw InputException.At(file, line, "amount", $"a meter reading must not be negative; it is {text}");
        }
        return amount;
    }

    private static ParameterUnit UnitField(string file, long line, string text) =>
        UnitTable.TryFind(text, out ParameterUnit unit) && unit.IsAmount
            ? unit
            : throw InputException.At(file, line, "unit", $"wrong unit '{text}'; a reading is in one of {string.Join(", ", UnitTable.Amounts.Select(u => u.Symbol))}");

    private static string Text(Instant instant, DateTimeZone zone) => OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime());
}
