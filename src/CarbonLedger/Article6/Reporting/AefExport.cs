using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CarbonLedger.Serialization;
using CarbonLedger.Utility;
using CsvHelper;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// Writes AEF tables as RFC 4180 CSV (through CsvHelper: comma separators, CRLF line ends, a header row, fields quoted
/// when they hold a comma, quote or line break, quotes doubled) and as JSON arrays (System.Text.Json with
/// <see cref="CarbonLedgerJson.Options"/>).
/// </summary>
/// <remarks>CSV columns and their order are those of <see cref="AefTables"/>; the cell formats are described there.</remarks>
public static class AefExport
{
    /// <summary>Writes the Authorizations table as CSV.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(IEnumerable<AefAuthorizationRow> rows, TextWriter writer) => WriteCsv(AefTable.FromRows(rows), writer);

    /// <summary>Writes the Actions table as CSV.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(IEnumerable<AefActionRow> rows, TextWriter writer) => WriteCsv(AefTable.FromRows(rows), writer);

    /// <summary>Writes the Holdings table as CSV.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(IEnumerable<AefHoldingRow> rows, TextWriter writer) => WriteCsv(AefTable.FromRows(rows), writer);

    /// <summary>
    /// Writes any AEF table as CSV, row by row as its rows are made (memory holds one row and CsvHelper's buffer, not
    /// the table). Numbers are formatted straight into the buffer; dates <c>yyyy-MM-dd</c>.
    /// </summary>
    /// <returns>The number of data rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static long WriteCsv(AefTable table, TextWriter writer)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(writer);
        using CsvWriter csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        return Write(table, csv);
    }

    /// <summary>Writes any AEF table as UTF-8 CSV (no byte order mark) to a stream, row by row.</summary>
    /// <returns>The number of data rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static long WriteCsv(AefTable table, Stream stream)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(stream);
        using CsvWriter csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        return Write(table, csv);
    }

    /// <summary>Any AEF table as CSV text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToCsv(AefTable table) => ToText(writer => WriteCsv(table, writer));

    /// <summary>The Authorizations table as CSV text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static string ToCsv(IEnumerable<AefAuthorizationRow> rows) => ToText(writer => WriteCsv(rows, writer));

    /// <summary>The Actions table as CSV text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static string ToCsv(IEnumerable<AefActionRow> rows) => ToText(writer => WriteCsv(rows, writer));

    /// <summary>The Holdings table as CSV text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static string ToCsv(IEnumerable<AefHoldingRow> rows) => ToText(writer => WriteCsv(rows, writer));

    /// <summary>A table as a JSON array of row objects.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static string ToJson<TRow>(IReadOnlyList<TRow> rows)
    {
        Preconditions.CheckNotNull(rows);
        return CarbonLedgerJson.Serialize(rows);
    }

    private static CsvWriterOptions Options => new()
    {
        Mode = CsvMode.Rfc4180,
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static long Write(AefTable table, CsvWriter csv)
    {
        foreach (string column in table.Columns)
        {
            csv.WriteField(column);
        }
        csv.EndRecord();
        long rows = table.WriteRows(new CsvCells(csv));
        csv.Flush();
        return rows;
    }

    /// <summary>Passes typed cells to CsvHelper, which formats numbers and dates without making strings.</summary>
    private sealed class CsvCells(CsvWriter csv) : IAefCellWriter
    {
        public void WriteText(string value) => csv.WriteField(value);

        public void WriteInteger(long value) => csv.WriteField(value, default);

        public void WriteDecimal(decimal value) => csv.WriteField(value, default);

        public void WriteDate(LocalDate value) => csv.WriteField(value.ToDateOnly(), "yyyy-MM-dd");

        public void WriteEmpty() => csv.WriteField(ReadOnlySpan<char>.Empty);

        public void EndRow() => csv.EndRecord();
    }

    private static string ToText(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }
}
