using System.Collections.Generic;
using System.Linq;

namespace CarbonLedger.Import.Registries;

/// <summary>The bookkeeping of one file's import: rows read and kept, records, problems, and the stop-or-go rule.</summary>
internal sealed class ImportRun(CreditRegistry registry, string file, ImportErrorHandling handling)
{
    public CreditRegistry Registry { get; } = registry;

    public string File { get; } = file;

    public List<CreditRecord> Records { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    public List<RollupCheck> Checks { get; } = [];

    public long RowsRead { get; private set; }

    public long RowsKept { get; private set; }

    public void Read() => RowsRead++;

    public void Keep() => RowsKept++;

    public void Refuse(long line, string? column, string message)
    {
        var problem = new ImportProblem(File, line, column, message);
        if (handling == ImportErrorHandling.Stop)
        {
            throw new RegistryImportException(problem);
        }
        Problems.Add(problem);
    }

    /// <summary>
    /// Whether the row has the header's fields: a row may lack trailing fields under columns with no name, and may
    /// have extra fields only when they are empty; otherwise its fields would not line up with the header.
    /// </summary>
    public bool HasAllFields(ExportTable table)
    {
        if (table.FieldCount > table.LastNamedColumn && !table.HasNonEmptyFieldFrom(table.HeaderCount))
        {
            return true;
        }
        Refuse(table.Line, null, $"the row has {table.FieldCount} fields; the header has {table.HeaderCount}");
        return false;
    }

    public RegistryImport ToImport() =>
        new(Registry, [File], RowsRead, RowsKept, [.. Records.OrderBy(r => r.Line)], Problems, Checks);
}
