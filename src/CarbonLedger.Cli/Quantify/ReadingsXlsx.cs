using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Import.Readings;
using CarbonLedger.Quantification.Monitoring;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// Reads meter readings from an Excel workbook (<c>.xlsx</c>), the form many JCM monitoring spreadsheets arrive in:
/// the first worksheet, a header row <c>parameter,start,end,amount,unit</c> in columns A to E, then one reading per
/// row. The sheet is streamed row by row (DocumentFormat.OpenXml's SAX reader), so only one row is in memory at once.
/// </summary>
/// <remarks>
/// <c>start</c> and <c>end</c> are either text (RFC 3339 with offset, as in the CSV) or Excel date-time cells, which
/// carry no offset: those are local times at the site, converted through its time zone (a local time that a clock
/// change skips or repeats is refused), and the serial is rounded to the nearest second (halves away from zero).
/// <c>amount</c> is a number cell (read from the exact digits the workbook stores, never through a double) or text.
/// Errors name the row as the line and the cell.
/// </remarks>
internal static class ReadingsXlsx
{
    private static readonly LocalDateTime ExcelEpoch = new(1899, 12, 30, 0, 0);

    public static IReadOnlyDictionary<string, MeterReadingSeries> Read(
        string file, MonitoringSite site, MonitoringPeriod period, IReadOnlyCollection<MonitoredSpec> monitored, Action<long> progress)
    {
        using Stream stream = TextFiles.OpenRead(file);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw InputException.At(file, null, null, "is not an .xlsx workbook: " + ex.Message, ex);
        }
        using (document)
        {
            WorkbookPart book = document.WorkbookPart ?? throw InputException.At(file, null, null, "the workbook has no worksheet");
            string[] shared = SharedStrings(book);
            Sheet sheet = book.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw InputException.At(file, null, null, "the workbook has no worksheet");
            var part = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
            var readings = new ReadingsCollector(file, site, period, monitored);
            using OpenXmlReader reader = OpenXmlReader.Create(part);
            bool header = false;
            long rows = 0;
            var cells = new string?[5];
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }
                var row = (Row)reader.LoadCurrentElement()!;
                long line = row.RowIndex?.Value ?? rows + 1;
                bool[] numeric = Cells(row, shared, cells);
                if (cells.All(c => c is null))
                {
                    continue;
                }
                if (!header)
                {
                    string found = string.Join(',', cells.Select(c => c ?? ""));
                    if (!cells.SequenceEqual(ReadingsCsv.Header, StringComparer.Ordinal))
                    {
                        throw InputException.At(file, line, null, $"the header row is '{found}'; it must be '{string.Join(',', ReadingsCsv.Header)}' in columns A to E");
                    }
                    header = true;
                    continue;
                }
                ReadingsCollector.Meter meter = readings.MeterOf(TextFiles.Utf8.GetBytes(Required(cells[0], file, line, "parameter (cell A" + line + ")")), line);
                long start = Instant(cells[1], numeric[1], site, file, line, "start (cell B" + line + ")");
                long end = Instant(cells[2], numeric[2], site, file, line, "end (cell C" + line + ")");
                decimal amount = Amount(cells[3], file, line);
                string unit = Required(cells[4], file, line, "unit (cell E" + line + ")");
                readings.Add(meter, line, start, end, amount, TextFiles.Utf8.GetBytes(unit), () => unit,
                    "start (cell B" + line + ")", "end (cell C" + line + ")", "unit (cell E" + line + ")");
                if (++rows % 4096 == 0)
                {
                    progress(stream.Position);
                }
            }
            if (!header)
            {
                throw InputException.At(file, 1, null, "the first worksheet is empty; it must start with the header row " + string.Join(',', ReadingsCsv.Header));
            }
            return readings.ToSeries();
        }
    }

    private static string[] SharedStrings(WorkbookPart book)
    {
        if (book.SharedStringTablePart is not SharedStringTablePart part)
        {
            return [];
        }
        var strings = new List<string>();
        using OpenXmlReader reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }
        return [.. strings];
    }

    /// <summary>The texts of columns A to E (null when empty), and which of them are number cells.</summary>
    private static bool[] Cells(Row row, string[] shared, string?[] cells)
    {
        Array.Clear(cells);
        var numeric = new bool[cells.Length];
        int next = 0;
        foreach (Cell cell in row.Elements<Cell>())
        {
            int column = cell.CellReference?.Value is string reference ? Column(reference) : next;
            next = column + 1;
            if (column >= cells.Length)
            {
                continue;
            }
            CellValues type = cell.DataType?.Value ?? CellValues.Number;
            string? text = type == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < shared.Length
                ? shared[i]
                : type == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
            text = text?.Trim();
            cells[column] = string.IsNullOrEmpty(text) ? null : text;
            numeric[column] = type == CellValues.Number;
        }
        return numeric;
    }

    private static int Column(string reference)
    {
        int column = 0;
        foreach (char c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }
            column = (column * 26) + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static string Required(string? text, string file, long line, string field) =>
        text ?? throw InputException.At(file, line, field, "the cell is empty");

    private static long Instant(string? text, bool numeric, MonitoringSite site, string file, long line, string field)
    {
        string value = Required(text, file, line, field);
        if (!numeric)
        {
            return ReadingFields.TryParseInstant(TextFiles.Utf8.GetBytes(value), out NodaTime.Instant instant)
                ? instant.ToUnixTimeTicks()
                : throw InputException.At(file, line, field, $"'{value}' is not an RFC 3339 instant with an offset, such as 2025-07-01T00:15:00+05:00, nor an Excel date-time");
        }
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal serial) || serial < 0 || serial > 2_958_465m)
        {
            throw InputException.At(file, line, field, $"'{value}' is not an Excel date-time serial");
        }
        long seconds = (long)decimal.Round(serial * 86_400m, 0, MidpointRounding.AwayFromZero);
        LocalDateTime local = ExcelEpoch.PlusSeconds(seconds);
        try
        {
            return site.Zone.AtStrictly(local).ToInstant().ToUnixTimeTicks();
        }
        catch (Exception ex) when (ex is SkippedTimeException or AmbiguousTimeException)
        {
            throw InputException.At(file, line, field,
                $"the local time {local:uuuu-MM-dd'T'HH:mm:ss} at {site.Zone.Id} is skipped or repeated by a clock change; write the instant with its offset as text", ex);
        }
    }

    private static decimal Amount(string? text, string file, long line)
    {
        string value = Required(text, file, line, "amount (cell D" + line + ")");
        if (!ReadingFields.TryParseAmount(TextFiles.Utf8.GetBytes(value), out decimal amount)
            && !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out amount))
        {
            throw InputException.At(file, line, "amount (cell D" + line + ")", $"'{value}' is not a number");
        }
        return amount >= 0m ? amount : throw InputException.At(file, line, "amount (cell D" + line + ")", $"a meter reading must not be negative; it is {value}");
    }
}
