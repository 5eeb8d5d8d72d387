using System;
using System.Collections.Generic;
using System.IO;
using CarbonLedger.Article6.Reporting;
using DocumentFormat.OpenXml.Packaging;

namespace CarbonLedger.Reporting.Xlsx;

/// <summary>
/// The AEF workbook: one sheet per table in <see cref="AefTableKind"/> order, each with a bold header row frozen at the
/// top, column widths, and typed cells (dates as date cells formatted <c>yyyy-mm-dd</c>, quantities, years and
/// serials as numbers, everything else as text). Written and read through the Open XML SDK's streaming
/// <c>OpenXmlWriter</c> / <c>OpenXmlReader</c>: a sheet's rows are written as the table makes them, so a million
/// actions never sit in memory at once.
/// </summary>
/// <remarks>
/// <para>Text cells are inline strings (no shared-string table, which would have to hold every distinct identifier);
/// reading also accepts shared strings, as Excel writes them when it saves a file. Decimals are written with their
/// exact digits; a spreadsheet program shows them as its binary numbers, but <see cref="Read(Stream)"/> gets the
/// digits back exactly.</para>
/// <para>A sheet holds at most 1,048,575 data rows (Excel's 1,048,576 rows less the header); writing more throws.</para>
/// </remarks>
public static class AefWorkbook
{
    /// <summary>The most data rows a sheet can hold: Excel's 1,048,576 rows less the header row.</summary>
    public const int MaxRowsPerSheet = 1_048_575;

    /// <summary>Writes a report's five tables as a workbook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">A writable, seekable stream (a file or a memory stream); left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A table has more than <see cref="MaxRowsPerSheet"/> rows.</exception>
    public static void Write(AefReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        Write(report.Tables, stream);
    }

    /// <summary>Writes tables as a workbook, one sheet each, in the order given.</summary>
    /// <param name="tables">The tables; at most one of each kind.</param>
    /// <param name="stream">A writable, seekable stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No table, or two tables of one kind.</exception>
    /// <exception cref="InvalidOperationException">A table has more than <see cref="MaxRowsPerSheet"/> rows.</exception>
    public static void Write(IEnumerable<AefTable> tables, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(stream);
        var list = new List<AefTable>();
        var seen = new HashSet<AefTableKind>();
        foreach (AefTable table in tables)
        {
            if (table is null)
            {
                throw new ArgumentException("Tables must not contain null", nameof(tables));
            }
            if (!seen.Add(table.Kind))
            {
                throw new ArgumentException($"Two {table.Name} tables; a workbook has one sheet per table", nameof(tables));
            }
            list.Add(table);
        }
        if (list.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one table", nameof(tables));
        }
        WorkbookWriter.Write(list, stream);
    }

    /// <summary>Writes a report's workbook to a file (created or replaced).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A table has more than <see cref="MaxRowsPerSheet"/> rows.</exception>
    public static void Write(AefReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        Write(report, stream);
    }

    /// <summary>
    /// Reads a workbook's AEF sheets back as tables of canonical text cells (<see cref="AefTable.EnumerateTextRows"/>
    /// of the written table gives the same rows). Sheets are returned in workbook order; other sheets are refused.
    /// </summary>
    /// <param name="stream">A readable, seekable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="FormatException">The file is not a workbook, a sheet is not an AEF table, its header row differs from the table's columns, or a cell's type does not fit its column (the message names sheet, row and column).</exception>
    public static IReadOnlyList<AefTable> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException)
        {
            throw new FormatException("Not an .xlsx workbook: " + ex.Message, ex);
        }
        using (document)
        {
            return WorkbookReader.Read(document);
        }
    }

    /// <summary>Reads a workbook file's AEF sheets back as tables of canonical text cells.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FormatException">As for <see cref="Read(Stream)"/>.</exception>
    public static IReadOnlyList<AefTable> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream);
    }
}
