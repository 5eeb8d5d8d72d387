using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Reporting.Xlsx;
using CarbonLedger.Tests.Article6.Reporting;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace CarbonLedger.Tests.Reporting.Xlsx;

public class AefWorkbookTest
{
    [Fact]
    public void Read_WrittenReport_SameRowsInEverySheet()
    {
        AefReport report = AefReportTest.Report(AefTablesTest.Scenario());
        using var stream = new MemoryStream();

        AefWorkbook.Write(report, stream);
        stream.Position = 0;
        IReadOnlyList<AefTable> read = AefWorkbook.Read(stream);

        Assert.Equal(report.Tables.Select(t => t.Kind), read.Select(t => t.Kind));
        for (int i = 0; i < read.Count; i++)
        {
            Assert.Equal(report.Tables[i].EnumerateTextRows().Select(r => r.ToArray()), read[i].EnumerateTextRows().Select(r => r.ToArray()));
        }
        Assert.Equal(3, read[(int)AefTableKind.Actions].EnumerateTextRows().Count());
    }

    [Fact]
    public void Write_Report_TypedCellsFrozenHeaderAndWidths()
    {
        AefReport report = AefReportTest.Report(AefTablesTest.Scenario());
        using var stream = new MemoryStream();
        AefWorkbook.Write(report, stream);
        stream.Position = 0;

        using SpreadsheetDocument document = SpreadsheetDocument.Open(stream, false);
        WorkbookPart workbook = document.WorkbookPart!;
        Sheet actionsSheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Actions");
        Worksheet actions = ((WorksheetPart)workbook.GetPartById(actionsSheet.Id!)).Worksheet;
        Pane pane = actions.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value);
        Assert.Equal(36D, actions.Descendants<Column>().ElementAt(2).Width!.Value);   // Unique identifier
        Row second = actions.Descendants<Row>().ElementAt(1);
        Cell[] cells = second.Elements<Cell>().ToArray();
        Assert.Equal(25, cells.Length);
        Assert.Equal(CellValues.InlineString, cells[0].DataType!.Value);            // Reporting Party: text
        Assert.Null(cells[3].DataType);                                              // First serial: number
        Assert.Equal("1", cells[3].CellValue!.Text);
        Assert.Equal("46027", cells[9].CellValue!.Text);                             // 2026-01-05 as Excel's day number
        Assert.Equal(2U, cells[9].StyleIndex!.Value);                                // … with the yyyy-mm-dd style
        Assert.Equal("yyyy-mm-dd", workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single().FormatCode!.Value);
        Assert.Equal(1U, actions.Descendants<Row>().First().Elements<Cell>().First().StyleIndex!.Value);   // bold header
    }

    [Fact]
    public void Read_SharedStringsAndCellReferences_AsExcelSavesThem()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            WorkbookPart workbook = document.AddWorkbookPart();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(AefTable.ColumnsOf(AefTableKind.AuthorizedEntities).Select(c => new SharedStringItem(new Text(c))));
            strings.SharedStringTable.Append(new SharedStringItem(new Text("THA")));
            WorksheetPart sheet = workbook.AddNewPart<WorksheetPart>();
            var header = new Row(AefTable.ColumnsOf(AefTableKind.AuthorizedEntities).Select((c, i) => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) }));
            var row = new Row(
                new Cell { CellReference = "A2", DataType = CellValues.SharedString, CellValue = new CellValue("7") },
                new Cell { CellReference = "D2", CellValue = new CellValue("45931") },
                new Cell { CellReference = "G2", DataType = CellValues.String, CellValue = new CellValue("JPN") });
            sheet.Worksheet = new Worksheet(new SheetData(header, row));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Authorized entities", SheetId = 1U, Id = workbook.GetIdOfPart(sheet) }));
        }
        stream.Position = 0;

        AefTable table = Assert.Single(AefWorkbook.Read(stream));

        Assert.Equal(["THA", "", "", "2025-10-01", "", "", "JPN"], Assert.Single(table.EnumerateTextRows()));
    }

    [Fact]
    public void Read_NotAWorkbookOrForeignSheet_ThrowsFormatException()
    {
        using var text = new MemoryStream("not a zip"u8.ToArray());
        Assert.Throws<FormatException>(() => AefWorkbook.Read(text));

        using var stream = new MemoryStream();
        AefWorkbook.Write([AefTable.FromText(AefTableKind.Submission, [])], stream);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name = "Sheet1";
        }
        stream.Position = 0;
        var ex = Assert.Throws<FormatException>(() => AefWorkbook.Read(stream));
        Assert.StartsWith("Sheet 'Sheet1': 'Sheet1' is not an AEF table", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwoTablesOfOneKindOrNone_Throws()
    {
        AefTable submission = AefTable.FromText(AefTableKind.Submission, []);
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => AefWorkbook.Write([submission, submission], stream));
        Assert.Throws<ArgumentException>(() => AefWorkbook.Write(Array.Empty<AefTable>(), stream));
    }
}
