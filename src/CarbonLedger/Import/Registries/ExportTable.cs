using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// A registry export as CSV: finds columns by name however a year's export spells them, and hands out each row's
/// trimmed fields with the line the row starts on.
/// </summary>
/// <remarks>
/// Header names match after trimming, collapsing runs of white space, ignoring case and dropping a trailing
/// <c>(GMT)</c>: ACR's <c>Status Effective  (GMT)</c> (two spaces), <c>Status Effective (GMT)</c> and the older
/// <c>Status Effective</c> are one column. Columns with an empty name (a trailing comma) are ignored.
/// </remarks>
internal sealed class ExportTable : IDisposable
{
    private readonly CsvReader csv;
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    private readonly string[] names;

    private ExportTable(CsvReader csv, string file, IReadOnlyList<string> header)
    {
        this.csv = csv;
        File = file;
        names = [.. header.Select(h => h.Trim())];
        for (int i = 0; i < names.Length; i++)
        {
            string key = Normalise(names[i]);
            if (key.Length > 0)
            {
                columns.TryAdd(key, i);
            }
        }
    }

    public string File { get; }

    public long Line => csv.LineNumber;

    public int FieldCount => csv.FieldCount;

    public int HeaderCount => names.Length;

    /// <summary>The index of the last column with a name.</summary>
    public int LastNamedColumn => Array.FindLastIndex(names, n => n.Length > 0);

    /// <summary>Whether the row has a non-empty field at or after an index.</summary>
    public bool HasNonEmptyFieldFrom(int column)
    {
        for (int i = column; i < csv.FieldCount; i++)
        {
            if (Get(i) is not null)
            {
                return true;
            }
        }
        return false;
    }

    public static ExportTable Open(TextReader reader, string file)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        CsvReader csv = CsvReader.Create(reader, options, leaveOpen: true);
        IReadOnlyList<string> header;
        try
        {
            header = csv.Headers;
        }
        catch (CsvFormatException ex)
        {
            csv.Dispose();
            throw new RegistryImportException(new ImportProblem(file, 1, null, "the header cannot be read: " + ex.Message));
        }
        if (header.Count == 0)
        {
            csv.Dispose();
            throw new RegistryImportException(new ImportProblem(file, 1, null, "the file is empty; it must start with the export's header row"));
        }
        return new ExportTable(csv, file, header);
    }

    /// <summary>Whether the header has a column of one of these names.</summary>
    public bool Has(params string[] aliases) => Find(aliases) >= 0;

    /// <summary>The index of the first of these names the header has, or -1.</summary>
    public int Find(params string[] aliases)
    {
        foreach (string alias in aliases)
        {
            if (columns.TryGetValue(Normalise(alias), out int index))
            {
                return index;
            }
        }
        return -1;
    }

    /// <summary>The index of a column the layout cannot do without.</summary>
    /// <exception cref="RegistryImportException">The header has none of the names.</exception>
    public int Require(string layout, params string[] aliases)
    {
        int index = Find(aliases);
        return index >= 0
            ? index
            : throw new RegistryImportException(new ImportProblem(File, 1, aliases[0],
                $"the {layout} header has no column '{aliases[0]}'" + (aliases.Length > 1 ? $" (nor {string.Join(", ", aliases.Skip(1).Select(a => "'" + a + "'"))})" : "")));
    }

    public string Name(int column) => names[column];

    public bool Next() => csv.Read();

    /// <summary>The trimmed field, or null when it is empty or the row is too short to have it.</summary>
    public string? Get(int column)
    {
        if (column < 0 || column >= csv.FieldCount)
        {
            return null;
        }
        string value = csv.GetString(column).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The field; the row is refused when it is empty.</summary>
    public string Required(int column) =>
        Get(column) ?? throw new RowException(Name(column), "the field is empty");

    public void Dispose() => csv.Dispose();

    internal static string Normalise(string name)
    {
        var text = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && text.Length > 0)
            {
                text.Append(' ');
            }
            space = false;
            text.Append(char.ToLowerInvariant(c));
        }
        string key = text.ToString();
        return key.EndsWith(" (gmt)", StringComparison.Ordinal) ? key[..^6] : key;
    }

    internal static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
