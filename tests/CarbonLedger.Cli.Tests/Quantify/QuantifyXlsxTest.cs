using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace CarbonLedger.Cli.Tests.Quantify;

[Collection(ExampleCollection.Name)]
public sealed class QuantifyXlsxTest(ExampleFiles examples)
{
    [Fact]
    public void Quantify_ExampleReadingsAsWorkbook_GivesTheSameResultAsTheCsv()
    {
        string[][] rows = [.. File.ReadAllLines(examples.Readings).Select(l => l.Split(','))];
        string workbook = Path.Combine(examples.Directory, "readings-text.xlsx");
        Write(workbook, rows, serialDates: false);

        CliRun csv = CliRun.Of("quantify", examples.Project, examples.Readings, "--format", "json");
        CliRun xlsx = CliRun.Of("quantify", examples.Project, workbook, "--format", "json");

        Assert.Equal(string.Empty, xlsx.Error);
        Assert.Equal(0, xlsx.ExitCode);
        Assert.Equal(csv.Output, xlsx.Output);
    }

    [Fact]
    public void Quantify_ExcelDateTimeCells_AreLocalTimesAtTheSite()
    {
        // 2025-07-01T10:00 and 10:15 local time in Asia/Almaty (UTC+5) as Excel serials, amounts as number cells.
        string[][] rows =
        [
            ["parameter", "start", "end", "amount", "unit"],
            ["EG_1", "45839.416666666664", "45839.427083333336", "1162.377", "kWh"],
        ];
        string workbook = Path.Combine(examples.Directory, "readings-serial.xlsx");
        Write(workbook, rows, serialDates: true);
        string text = Path.Combine(examples.Directory, "readings-serial.csv");
        File.WriteAllText(text, "parameter,start,end,amount,unit\nEG_1,2025-07-01T10:00:00+05:00,2025-07-01T10:15:00+05:00,1162.377,kWh\n");

        CliRun fromXlsx = CliRun.Of("quantify", examples.Project, workbook, "--format", "json");
        CliRun fromCsv = CliRun.Of("quantify", examples.Project, text, "--format", "json");

        Assert.Equal(0, fromXlsx.ExitCode);
        Assert.Equal(fromCsv.ExitCode, fromXlsx.ExitCode);
        Assert.Equal(fromCsv.Output, fromXlsx.Output);
    }

    [Fact]
    public void Quantify_WorkbookWithBadAmount_NamesRowAndCell()
    {
        string[][] rows =
        [
            ["parameter", "start", "end", "amount", "unit"],
            ["EG_1", "2025-07-01T10:00:00+05:00", "2025-07-01T10:15:00+05:00", "lots", "kWh"],
        ];
        string workbook = Path.Combine(examples.Directory, "readings-bad.xlsx");
        Write(workbook, rows, serialDates: false);

        CliRun run = CliRun.Of("quantify", examples.Project, workbook);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {workbook}: line 2, field 'amount (cell D2)': 'lots' is not a number\n", run.Error);
    }

    [Fact]
    public void Quantify_CsvRenamedXlsx_SaysItIsNotAWorkbook()
    {
        string fake = Path.Combine(examples.Directory, "not-a-workbook.xlsx");
        File.Copy(examples.Readings, fake, overwrite: true);

        CliRun run = CliRun.Of("quantify", examples.Project, fake);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {fake}: is not an .xlsx workbook", run.Error, System.StringComparison.Ordinal);
    }

    /// <summary>Writes rows into the first sheet: text as inline strings, columns B to D of data rows as numbers when asked (D always numeric when it parses).</summary>
    private static void Write(string path, string[][] rows, bool serialDates)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        WorkbookPart book = document.AddWorkbookPart();
        book.Workbook = new Workbook();
        WorksheetPart sheetPart = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (int r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (int c = 0; c < rows[r].Length; c++)
            {
                string reference = ((char)('A' + c)).ToString() + (r + 1).ToString(CultureInfo.InvariantCulture);
                bool number = r > 0 && ((c == 3 && decimal.TryParse(rows[r][c], NumberStyles.Float, CultureInfo.InvariantCulture, out _)) || (serialDates && c is 1 or 2));
                row.Append(number
                    ? new Cell { CellReference = reference, CellValue = new CellValue(rows[r][c]) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
            }
            data.Append(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheetPart), SheetId = 1, Name = "Readings" }));
    }
}
