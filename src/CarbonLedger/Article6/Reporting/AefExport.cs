using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CarbonLedger.Serialization;
using CarbonLedger.Utility;
using CsvHelper;

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
    public static void WriteCsv(IEnumerable<AefAuthorizationRow> rows, TextWriter writer) => Write(AefTables.Authorization, rows, writer);

    /// <summary>Writes the Actions table as CSV.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(IEnumerable<AefActionRow> rows, TextWriter writer) => Write(AefTables.Action, rows, writer);

    /// <summary>Writes the Holdings table as CSV.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(IEnumerable<AefHoldingRow> rows, TextWriter writer) => Write(AefTables.Holding, rows, writer);

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

    private static void Write<TRow>(AefColumn<TRow>[] columns, IEnumerable<TRow> rows, TextWriter writer)
    {
        Preconditions.CheckNotNull(rows);
        Preconditions.CheckNotNull(writer);
        var options = new CsvWriterOptions
        {
            Mode = CsvMode.Rfc4180,
            Separator = ',',
            NewLine = "\r\n",
            Quoting = CsvQuoting.WhenNeeded,
            Injection = CsvInjection.None,
        };
        using CsvWriter csv = CsvWriter.Create(writer, options, leaveOpen: true);
        foreach (AefColumn<TRow> column in columns)
        {
            csv.WriteField(column.Name);
        }
        csv.EndRecord();
        foreach (TRow row in rows)
        {
            foreach (AefColumn<TRow> column in columns)
            {
                csv.WriteField(column.Cell(row));
            }
            csv.EndRecord();
        }
        csv.Flush();
    }

    private static string ToText(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }
}
