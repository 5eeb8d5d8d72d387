using System;

namespace CarbonLedger.Article6.Reporting;

/// <summary>One column of an AEF table: its header, what it holds and how a row's cell is written.</summary>
internal sealed record AefColumn<TRow>(string Name, AefColumnType Type, Action<TRow, IAefCellWriter> Write)
{
    internal static AefColumn<TRow> Text(string name, Func<TRow, string> cell) =>
        new(name, AefColumnType.Text, (row, writer) =>
        {
            string text = cell(row);
            if (text.Length == 0)
            {
                writer.WriteEmpty();
            }
            else
            {
                writer.WriteText(text);
            }
        });

    internal static AefColumn<TRow> OptionalText(string name, Func<TRow, string?> cell) =>
        new(name, AefColumnType.Text, (row, writer) =>
        {
            if (cell(row) is { Length: > 0 } text)
            {
                writer.WriteText(text);
            }
            else
            {
                writer.WriteEmpty();
            }
        });

    internal static AefColumn<TRow> Integer(string name, Func<TRow, long> cell) =>
        new(name, AefColumnType.Integer, (row, writer) => writer.WriteInteger(cell(row)));

    internal static AefColumn<TRow> OptionalInteger(string name, Func<TRow, long?> cell) =>
        new(name, AefColumnType.Integer, (row, writer) =>
        {
            if (cell(row) is { } value)
            {
                writer.WriteInteger(value);
            }
            else
            {
                writer.WriteEmpty();
            }
        });

    internal static AefColumn<TRow> Decimal(string name, Func<TRow, decimal> cell) =>
        new(name, AefColumnType.Decimal, (row, writer) => writer.WriteDecimal(cell(row)));

    internal static AefColumn<TRow> Date(string name, Func<TRow, NodaTime.LocalDate> cell) =>
        new(name, AefColumnType.Date, (row, writer) => writer.WriteDate(cell(row)));
}
