using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CarbonLedger.Article6.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace CarbonLedger.Reporting.Xlsx;

/// <summary>Writes tables as sheets through <see cref="OpenXmlWriter"/>, row by row.</summary>
internal static class WorkbookWriter
{
    /// <summary>Style indexes into the cell formats of <see cref="Styles"/>.</summary>
    internal const uint HeaderStyle = 1, DateStyle = 2, IntegerStyle = 3, DecimalStyle = 4;

    /// <summary>Excel's day 0: serial date numbers count days from 30 December 1899.</summary>
    internal static readonly LocalDate Epoch = new(1899, 12, 30);

    internal static void Write(IReadOnlyList<AefTable> tables, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = new Sheets();
        uint sheetId = 1;
        foreach (AefTable table in tables)
        {
            WorksheetPart part = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(part, table);
            sheets.Append(new Sheet { Name = table.Name, SheetId = sheetId++, Id = workbookPart.GetIdOfPart(part) });
        }
        workbookPart.Workbook = new Workbook(sheets);
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, AefTable table)
    {
        using OpenXmlWriter writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0U }));
        var columns = new Columns();
        for (int i = 0; i < table.Columns.Count; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Width(table.Columns[i], table.ColumnTypes[i]), CustomWidth = true });
        }
        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
        var cells = new SheetCells(writer, table.Name);
        cells.WriteHeader(table.Columns);
        table.WriteRows(cells);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>
    /// A column's width in characters: the header's length plus two, at least what the type needs (dates 12, numbers
    /// 12 and 14, text 14), and more for the columns known to hold long identifiers.
    /// </summary>
    internal static double Width(string header, AefColumnType type)
    {
        double least = header switch
        {
            "Unique identifier" => 36,
            "Registry event hash" => 68,
            "Contact e-mail" or "Contact name" or "Entity name" or "Authorized entities" => 30,
            _ => type switch
            {
                AefColumnType.Date => 12,
                AefColumnType.Integer => 12,
                _ => 14,
            },
        };
        return Math.Max(header.Length + 2, least);
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "yyyy-mm-dd" }) { Count = 1U },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border()) { Count = 1U },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1U, ApplyFont = true },
            new CellFormat { NumberFormatId = 164U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1U, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0U, ApplyNumberFormat = true })
        { Count = 5U });

    /// <summary>Writes a table's typed cells as <c>&lt;c&gt;</c> elements; one instance of each element is reused.</summary>
    private sealed class SheetCells(OpenXmlWriter writer, string sheet) : IAefCellWriter
    {
        private static readonly OpenXmlAttribute[] InlineText = [new("t", string.Empty, "inlineStr")];
        private static readonly OpenXmlAttribute[] HeaderText = [new("t", string.Empty, "inlineStr"), new("s", string.Empty, "1")];
        private static readonly OpenXmlAttribute[] Date = [new("s", string.Empty, "2")];
        private static readonly OpenXmlAttribute[] Integer = [new("s", string.Empty, "3")];
        private static readonly OpenXmlAttribute[] Number = [new("s", string.Empty, "4")];
        private static readonly OpenXmlAttribute[] Preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

        private readonly Row row = new();
        private readonly Cell cell = new();
        private readonly CellValue value = new();
        private readonly InlineString inline = new();
        private readonly Text text = new();
        private readonly OpenXmlAttribute[] rowIndex = [new("r", string.Empty, "1")];
        private long rows;
        private bool inRow;

        internal void WriteHeader(IReadOnlyList<string> columns)
        {
            foreach (string column in columns)
            {
                Start();
                WriteInline(column, HeaderText);
            }
            EndRow();
        }

        public void WriteText(string value)
        {
            Start();
            WriteInline(value, InlineText);
        }

        public void WriteInteger(long value) => WriteNumber(value.ToString(CultureInfo.InvariantCulture), Integer);

        public void WriteDecimal(decimal value) => WriteNumber(value.ToString(CultureInfo.InvariantCulture), Number);

        public void WriteDate(LocalDate value) =>
            WriteNumber(Period.DaysBetween(Epoch, value).ToString(CultureInfo.InvariantCulture), Date);

        public void WriteEmpty()
        {
            Start();
            writer.WriteStartElement(cell);
            writer.WriteEndElement();
        }

        public void EndRow()
        {
            Start();
            writer.WriteEndElement();
            inRow = false;
        }

        private void Start()
        {
            if (inRow)
            {
                return;
            }
            if (++rows > AefWorkbook.MaxRowsPerSheet + 1)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Sheet '{sheet}' would need more than {AefWorkbook.MaxRowsPerSheet} data rows, the most a worksheet holds; split the report"));
            }
            rowIndex[0] = new OpenXmlAttribute("r", string.Empty, rows.ToString(CultureInfo.InvariantCulture));
            writer.WriteStartElement(row, rowIndex);
            inRow = true;
        }

        private void WriteNumber(string digits, OpenXmlAttribute[] style)
        {
            Start();
            writer.WriteStartElement(cell, style);
            writer.WriteStartElement(value);
            writer.WriteString(digits);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        private void WriteInline(string content, OpenXmlAttribute[] attributes)
        {
            writer.WriteStartElement(cell, attributes);
            writer.WriteStartElement(inline);
            if (content.Length > 0 && (char.IsWhiteSpace(content[0]) || char.IsWhiteSpace(content[^1])))
            {
                writer.WriteStartElement(text, Preserve);
            }
            else
            {
                writer.WriteStartElement(text);
            }
            writer.WriteString(content);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }
}
