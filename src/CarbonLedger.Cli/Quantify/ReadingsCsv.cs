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

        var readings = new ReadingsCollector(file, site, period, monitored);
        long rows = 0;
        while (Next(csv, file))
        {
            long line = csv.LineNumber;
            if (csv.FieldCount != Header.Length)
            {
                throw InputException.At(file, line, null,
                    string.Create(CultureInfo.InvariantCulture, $"malformed line: expected {Header.Length} fields ({string.Join(',', Header)}), found {csv.FieldCount}"));
            }
            ReadingsCollector.Meter meter = readings.MeterOf(Trim(csv.GetSpan(0)), line);
            long start = InstantField(csv, 1, file, line, "start");
            long end = InstantField(csv, 2, file, line, "end");
            decimal amount = AmountField(csv, file, line);
            readings.Add(meter, line, start, end, amount, Trim(csv.GetSpan(4)), () => Field(csv, 4), "start", "end", "unit");
            if (++rows % 4096 == 0)
            {
                progress(csv.ByteOffset);
            }
        }
        return readings.ToSeries();
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

}
