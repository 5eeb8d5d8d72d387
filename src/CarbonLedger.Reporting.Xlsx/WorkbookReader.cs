using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Article6.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CarbonLedger.Reporting.Xlsx;

/// <summary>Reads AEF sheets back as canonical text cells through <see cref="OpenXmlReader"/>.</summary>
internal static class WorkbookReader
{
    internal static IReadOnlyList<AefTable> Read(SpreadsheetDocument document)
    {
        WorkbookPart workbookPart = document.WorkbookPart ?? throw new FormatException("Not an .xlsx workbook: it has no workbook part");
        string[] shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(static s => s.InnerText).ToArray() ?? [];
        var tables = new List<AefTable>();
        var seen = new HashSet<AefTableKind>();
        foreach (Sheet sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            string name = sheet.Name?.Value ?? string.Empty;
            AefTableKind kind;
            try
            {
                kind = AefTable.KindOf(name);
            }
            catch (FormatException ex)
            {
                throw new FormatException($"Sheet '{name}': {ex.Message}", ex);
            }
            if (!seen.Add(kind))
            {
                throw new FormatException($"Sheet '{name}' appears twice");
            }
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id?.Value ?? throw new FormatException($"Sheet '{name}' has no part"));
            tables.Add(AefTable.FromText(kind, ReadSheet(part, name, AefTable.ColumnsOf(kind), AefTable.ColumnTypesOf(kind), shared)));
        }
        return tables.AsReadOnly();
    }

    private static List<IReadOnlyList<string>> ReadSheet(WorksheetPart part, string sheet, IReadOnlyList<string> columns,
        IReadOnlyList<AefColumnType> types, string[] shared)
    {
        var rows = new List<IReadOnlyList<string>>();
        using OpenXmlReader reader = OpenXmlReader.Create(part);
        string[]? row = null;
        int next = 0;
        long number = 0;
        bool header = true;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    number++;
                    row = Enumerable.Repeat(string.Empty, columns.Count).ToArray();
                    next = 0;
                }
                else if (row is not null)
                {
                    if (header)
                    {
                        CheckHeader(sheet, row, columns);
                        header = false;
                    }
                    else
                    {
                        rows.Add(Array.AsReadOnly(row));
                    }
                    row = null;
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && row is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                int index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference, sheet) : next;
                if (index >= columns.Count)
                {
                    string content = cell.InnerText;
                    if (content.Length == 0)
                    {
                        continue;
                    }
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                        $"Sheet '{sheet}' row {number}: a cell beyond the table's {columns.Count} columns holds '{content}'"));
                }
                row[index] = CellText(cell, types[index], shared);
                next = index + 1;
            }
        }
        if (header)
        {
            throw new FormatException($"Sheet '{sheet}' has no header row");
        }
        return rows;
    }

    private static void CheckHeader(string sheet, string[] row, IReadOnlyList<string> columns)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (!string.Equals(row[i], columns[i], StringComparison.Ordinal))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Sheet '{sheet}' column {i + 1}: the header is '{row[i]}' but the table's column is '{columns[i]}'"));
            }
        }
    }

    /// <summary>A cell's canonical text for its column's type; a value that does not fit the type comes back as it is stored.</summary>
    private static string CellText(Cell cell, AefColumnType type, string[] shared)
    {
        CellValues? dataType = cell.DataType?.Value;
        if (dataType == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }
        string raw = cell.CellValue?.Text ?? string.Empty;
        if (dataType == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < shared.Length ? shared[i] : raw;
        }
        if (dataType == CellValues.String || dataType == CellValues.Boolean || dataType == CellValues.Error || raw.Length == 0)
        {
            return raw;
        }
        if (dataType == CellValues.Date)
        {
            return type == AefColumnType.Date && raw.Length >= 10 ? raw[..10] : raw;
        }
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return raw;
        }
        return type switch
        {
            AefColumnType.Date when number == decimal.Truncate(number) && number is >= 1 and <= 2_958_465 =>
                WorkbookWriter.Epoch.PlusDays((int)number).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            AefColumnType.Integer or AefColumnType.Text when number == decimal.Truncate(number) => decimal.Truncate(number).ToString(CultureInfo.InvariantCulture),
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The zero-based column of a cell reference such as <c>AB12</c>.</summary>
    private static int ColumnIndex(string reference, string sheet)
    {
        int index = 0;
        int i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            index = (index * 26) + (reference[i] - 'A' + 1);
        }
        if (i == 0 || index > 16_384)
        {
            throw new FormatException($"Sheet '{sheet}': '{reference}' is not a cell reference");
        }
        return index - 1;
    }
}
