using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Import.Readings;
using CarbonLedger.Quantification.Monitoring;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// Reads and writes meter readings as CSV (RFC 4180, through CsvHelper; read as a stream, each field parsed from its UTF-8 bytes): a header
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
        using Stream stream = TextFiles.OpenRead(file);
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        using CsvReader csv = CsvReader.Create(stream, options);
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
        long periodStart = bounds.Start.ToUnixTimeTicks();
        long periodEnd = bounds.End.ToUnixTimeTicks();
        var meters = specs.Keys.Select(p => new Meter(p)).ToArray();
        Meter? previous = null;
        long rows = 0;
        while (Next(csv, file))
        {
            long line = csv.LineNumber;
            if (csv.FieldCount != Header.Length)
            {
                throw InputException.At(file, line, null,
                    string.Create(CultureInfo.InvariantCulture, $"malformed line: expected {Header.Length} fields ({string.Join(',', Header)}), found {csv.FieldCount}"));
            }
            ReadOnlySpan<byte> name = Trim(csv.GetSpan(0));
            Meter meter = previous is not null && name.SequenceEqual(previous.Utf8) ? previous : FindMeter(meters, name, file, line, specs.Keys);
            previous = meter;
            long start = InstantField(csv, 1, file, line, "start");
            long end = InstantField(csv, 2, file, line, "end");
            decimal amount = AmountField(csv, file, line);
            ReadOnlySpan<byte> unitText = Trim(csv.GetSpan(4));
            if (meter.UnitUtf8 is null || !unitText.SequenceEqual(meter.UnitUtf8))
            {
                CheckUnit(meter, specs[meter.Parameter], UnitField(file, line, Field(csv, 4)), unitText, file, line);
            }
            if (end <= start)
            {
                throw InputException.At(file, line, "end", "the reading must end after it starts");
            }
            if (start < periodStart || end > periodEnd)
            {
                throw InputException.At(file, line, start < periodStart ? "start" : "end",
                    $"the reading lies outside the monitoring period {period}, which runs from {Text(bounds.Start, site.Zone)} to {Text(bounds.End, site.Zone)} at {site.Zone.Id}");
            }
            if (meter.Readings.Count > 0 && start < meter.LastEnd)
            {
                throw InputException.At(file, line, "start",
                    string.Create(CultureInfo.InvariantCulture, $"the reading overlaps or precedes the reading of line {meter.LastLine}; give each parameter's readings in time order"));
            }
            meter.Readings.Add(Instant.FromUnixTimeTicks(start), Instant.FromUnixTimeTicks(end), amount);
            meter.LastEnd = end;
            meter.LastLine = line;
            if (++rows % 4096 == 0)
            {
                progress(csv.ByteOffset);
            }
        }

        var series = new Dictionary<string, MeterReadingSeries>(StringComparer.Ordinal);
        foreach (Meter meter in meters)
        {
            MonitoredSpec spec = specs[meter.Parameter];
            series[spec.Parameter] = meter.Readings.ToSeries(site, period, meter.Unit ?? spec.DefaultUnit);
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

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field) => field.Trim((byte)' ');

    private static Meter FindMeter(Meter[] meters, ReadOnlySpan<byte> name, string file, long line, IEnumerable<string> declared)
    {
        foreach (Meter meter in meters)
        {
            if (name.SequenceEqual(meter.Utf8))
            {
                return meter;
            }
        }
        throw InputException.At(file, line, "parameter",
            $"unknown parameter '{TextFiles.Utf8.GetString(name)}'; the project file declares {string.Join(", ", declared.Select(p => "'" + p + "'"))}");
    }

    private static void CheckUnit(Meter meter, MonitoredSpec spec, ParameterUnit unit, ReadOnlySpan<byte> text, string file, long line)
    {
        if (meter.Unit is ParameterUnit first && first != unit)
        {
            throw InputException.At(file, line, "unit",
                string.Create(CultureInfo.InvariantCulture, $"wrong unit '{unit}': the readings of {meter.Parameter} are in {first} (line {meter.UnitLine})"));
        }
        if (meter.Unit is null)
        {
            if (!spec.Accepts(unit))
            {
                throw InputException.At(file, line, "unit",
                    $"wrong unit for {meter.Parameter}: Mismatched units: {spec.Expectation}; '{unit}' is {UnitTable.Describe(unit.Dimension)}");
            }
            meter.Unit = unit;
            meter.UnitLine = line;
        }
        meter.UnitUtf8 = text.ToArray();
    }

    private static long InstantField(CsvReader csv, int index, string file, long line, string field) =>
        ReadingFields.TryParseInstant(Trim(csv.GetSpan(index)), out Instant instant)
            ? instant.ToUnixTimeTicks()
            : throw InputException.At(file, line, field, $"'{Field(csv, index)}' is not an RFC 3339 instant with an offset, such as 2025-07-01T00:15:00+05:00");

    private static decimal AmountField(CsvReader csv, string file, long line)
    {
        if (!ReadingFields.TryParseAmount(Trim(csv.GetSpan(3)), out decimal amount))
        {
            throw InputException.At(file, line, "amount", $"'{Field(csv, 3)}' is not a number (use a dot for decimals)");
        }
        if (amount < 0m)
        {
            throw InputException.At(file, line, "amount", $"a meter reading must not be negative; it is {Field(csv, 3)}");
        }
        return amount;
    }

    private static ParameterUnit UnitField(string file, long line, string text) =>
        UnitTable.TryFind(text, out ParameterUnit unit) && unit.IsAmount
            ? unit
            : throw InputException.At(file, line, "unit", $"wrong unit '{text}'; a reading is in one of {string.Join(", ", UnitTable.Amounts.Select(u => u.Symbol))}");

    /// <summary>One declared parameter's readings as they stream in, with what the checks of the next line need.</summary>
    private sealed class Meter(string parameter)
    {
        public string Parameter { get; } = parameter;

        public byte[] Utf8 { get; } = TextFiles.Utf8.GetBytes(parameter);

        public MeterReadingBuffer Readings { get; } = new();

        public ParameterUnit? Unit { get; set; }

        public long UnitLine { get; set; }

        public byte[]? UnitUtf8 { get; set; }

        public long LastEnd { get; set; }

        public long LastLine { get; set; }
    }

    private static string Text(Instant instant, DateTimeZone zone) => OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime());
}
