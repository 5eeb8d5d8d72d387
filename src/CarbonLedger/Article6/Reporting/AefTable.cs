using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// One AEF table as cells: its kind, column headers and types, and its rows, which are produced as they are read
/// (an Actions table over a journal of a million actions holds no million rows: each row is made, written and
/// dropped). <see cref="WriteRows"/> pushes typed cells to a writer (CSV, workbook); <see cref="EnumerateTextRows"/>
/// gives each row as its canonical text cells, the form the pre-submission checks and round-trip tests read.
/// </summary>
/// <remarks>
/// Canonical text: integers and decimals in invariant digits, dates <c>yyyy-MM-dd</c>, everything else as written,
/// an empty cell as the empty string. A table can be enumerated more than once when its source can (the tables of
/// <see cref="AefReport"/> can).
/// </remarks>
public abstract class AefTable
{
    private static readonly string[] SheetNames = ["Submission", "Authorizations", "Actions", "Holdings", "Authorized entities"];

    private protected AefTable(AefTableKind kind, IReadOnlyList<string> columns, IReadOnlyList<AefColumnType> columnTypes)
    {
        Kind = kind;
        Columns = columns;
        ColumnTypes = columnTypes;
    }

    /// <summary>Which of the five tables this is.</summary>
    public AefTableKind Kind { get; }

    /// <summary>The table's name, which is also its workbook sheet name (<c>Authorized entities</c> for <see cref="AefTableKind.AuthorizedEntities"/>).</summary>
    public string Name => NameOf(Kind);

    /// <summary>The column headers, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>What each column holds, in column order.</summary>
    public IReadOnlyList<AefColumnType> ColumnTypes { get; }

    /// <summary>The name of a table (and of its workbook sheet).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string NameOf(AefTableKind kind)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        return SheetNames[(int)kind];
    }

    /// <summary>The table a name (as <see cref="NameOf"/> gives it) stands for.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="FormatException">The name is not one of the five tables.</exception>
    public static AefTableKind KindOf(string name)
    {
        Preconditions.CheckNotNull(name);
        int index = Array.IndexOf(SheetNames, name);
        return index >= 0 ? (AefTableKind)index
            : throw new FormatException($"'{name}' is not an AEF table; expected {string.Join(", ", SheetNames.Select(static n => "'" + n + "'"))}");
    }

    /// <summary>The column headers of a table, in order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static IReadOnlyList<string> ColumnsOf(AefTableKind kind) => AefTables.Schema(kind).Columns;

    /// <summary>What each column of a table holds, in column order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static IReadOnlyList<AefColumnType> ColumnTypesOf(AefTableKind kind) => AefTables.Schema(kind).Types;

    /// <summary>
    /// A table of canonical text cells, for example one read back from a workbook or CSV file. Rows are checked for
    /// their width as they are read.
    /// </summary>
    /// <param name="kind">The table.</param>
    /// <param name="rows">The rows, each with one cell per column of <paramref name="kind"/> (empty string for an empty cell).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static AefTable FromText(AefTableKind kind, IEnumerable<IReadOnlyList<string>> rows)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckNotNull(rows);
        return new AefTextTable(kind, rows);
    }

    /// <summary>A table over rows the caller built.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static AefTable FromRows(IEnumerable<AefActionRow> rows) => AefTable.Of(AefTableKind.Actions, Preconditions.CheckNotNull(rows));

    /// <summary>A table over rows the caller built.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static AefTable FromRows(IEnumerable<AefAuthorizationRow> rows) => AefTable.Of(AefTableKind.Authorizations, Preconditions.CheckNotNull(rows));

    /// <summary>A table over rows the caller built.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static AefTable FromRows(IEnumerable<AefHoldingRow> rows) => AefTable.Of(AefTableKind.Holdings, Preconditions.CheckNotNull(rows));

    /// <summary>A table over rows the caller built.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static AefTable FromRows(IEnumerable<AefSubmissionRow> rows) => AefTable.Of(AefTableKind.Submission, Preconditions.CheckNotNull(rows));

    /// <summary>A table over rows the caller built.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static AefTable FromRows(IEnumerable<AefAuthorizedEntityRow> rows) => AefTable.Of(AefTableKind.AuthorizedEntities, Preconditions.CheckNotNull(rows));

    /// <summary>Writes every row's cells, typed, in column order, with <see cref="IAefCellWriter.EndRow"/> after each row.</summary>
    /// <param name="writer">The receiver.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="FormatException">A text table's row does not have one cell per column.</exception>
    public long WriteRows(IAefCellWriter writer)
    {
        Preconditions.CheckNotNull(writer);
        long count = 0;
        foreach (bool _ in WriteRowByRow(writer))
        {
            count++;
        }
        return count;
    }

    /// <summary>Each row as its canonical text cells, produced as the enumeration advances.</summary>
    /// <exception cref="FormatException">A text table's row does not have one cell per column.</exception>
    public IEnumerable<IReadOnlyList<string>> EnumerateTextRows()
    {
        var cells = new AefTextCells(Columns.Count);
        foreach (bool _ in WriteRowByRow(cells))
        {
            yield return cells.TakeRow();
        }
    }

    /// <summary>Writes one row into <paramref name="writer"/> per step of the enumeration.</summary>
    private protected abstract IEnumerable<bool> WriteRowByRow(IAefCellWriter writer);

    /// <summary>A table over typed rows and their columns.</summary>
    internal static AefTable Of<TRow>(AefTableKind kind, IEnumerable<TRow> rows) => new AefRowTable<TRow>(kind, AefTables.Columns<TRow>(kind), rows);

    private sealed class AefRowTable<TRow>(AefTableKind kind, AefColumn<TRow>[] columns, IEnumerable<TRow> rows)
        : AefTable(kind, AefTables.Schema(kind).Columns, AefTables.Schema(kind).Types)
    {
        private protected override IEnumerable<bool> WriteRowByRow(IAefCellWriter writer)
        {
            foreach (TRow row in rows)
            {
                foreach (AefColumn<TRow> column in columns)
                {
                    column.Write(row, writer);
                }
                writer.EndRow();
                yield return true;
            }
        }
    }

    private sealed class AefTextTable(AefTableKind kind, IEnumerable<IReadOnlyList<string>> rows)
        : AefTable(kind, AefTables.Schema(kind).Columns, AefTables.Schema(kind).Types)
    {
        private protected override IEnumerable<bool> WriteRowByRow(IAefCellWriter writer)
        {
            long number = 0;
            foreach (IReadOnlyList<string> row in rows)
            {
                number++;
                if (row is null || row.Count != Columns.Count)
                {
                    throw new FormatException($"{Name} row {number} has {row?.Count ?? 0} cells; the table has {Columns.Count} columns");
                }
                for (int i = 0; i < row.Count; i++)
                {
                    AefTextCells.WriteTyped(writer, ColumnTypes[i], row[i] ?? string.Empty);
                }
                writer.EndRow();
                yield return true;
            }
        }
    }
}
