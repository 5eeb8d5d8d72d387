using System.Collections.Generic;
using Spectre.Console;

namespace CarbonLedger.Cli.Terminal;

/// <summary>Builds the plain tables every command prints (cells are literal text, never markup).</summary>
internal static class Tables
{
    /// <summary>A table with the given column headings; columns whose heading starts with '>' are right-aligned.</summary>
    public static Table Create(string title, params string[] headings)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(title)) };
        foreach (string heading in headings)
        {
            bool right = heading.StartsWith('>');
            var column = new TableColumn(new Text(right ? heading[1..] : heading));
            if (right)
            {
                column.RightAligned();
            }
            table.AddColumn(column);
        }
        return table;
    }

    /// <summary>A two-column table of names and values, without a heading row.</summary>
    public static Table Fields(string title, IEnumerable<(string Name, string Value)> fields)
    {
        Table table = Create(title, "Field", "Value");
        table.HideHeaders();
        foreach ((string name, string value) in fields)
        {
            table.AddRow(new Text(name), new Text(value));
        }
        return table;
    }

    /// <summary>Adds a row of literal cells.</summary>
    public static void Row(Table table, params string[] cells)
    {
        var texts = new Text[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            texts[i] = new Text(cells[i]);
        }
        table.AddRow(texts);
    }
}
