using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Import.Registries;
using Spectre.Console;

namespace CarbonLedger.Cli.Import;

/// <summary>What <c>import</c> prints: counts, refused rows, totals, roll-up checks and overlaps, as tables or JSON.</summary>
internal sealed class ImportSummary(RegistryImport import, IReadOnlyList<CreditTotal> totals, IReadOnlyList<RollupCheck> checks, IReadOnlyList<SerialOverlap> overlaps)
{
    /// <summary>No row refused, every roll-up balanced, no credit counted twice.</summary>
    public bool AllClear => import.Problems.Count == 0 && checks.All(c => c.IsBalanced) && overlaps.Count == 0;

    public void Print(CliContext context, bool listRecords)
    {
        context.Line(string.Create(CultureInfo.InvariantCulture,
            $"{Name(import.Registry)}: {import.RowsRead} rows read, {import.RowsKept} kept, {import.Problems.Count} refused; {import.Records.Count} records from {string.Join(", ", import.Files)}"));
        foreach (ImportProblem problem in import.Problems)
        {
            context.Line("  refused: " + problem);
        }
        Table table = Tables.Create("Totals per project and vintage", "Project", ">Vintage", ">Issued", ">Retired", ">Cancelled", ">Retired or cancelled", ">Remaining");
        foreach (CreditTotal t in totals)
        {
            Tables.Row(table, t.Project, N(t.VintageYear), N(t.Issued), N(t.Retired), N(t.Cancelled), N(t.RetiredOrCancelled), N(t.Remaining));
        }
        context.Console.Write(table);
        if (checks.Count > 0)
        {
            Table rollups = Tables.Create("Roll-ups against their transactions", "Project", ">Vintage", "Roll-up", ">Stated", ">Summed", ">Difference", "Where");
            foreach (RollupCheck c in checks)
            {
                Tables.Row(rollups, c.Project, c.VintageYear is int y ? N(y) : "all", c.Description, N(c.Stated), N(c.Summed),
                    c.IsBalanced ? "balanced" : N(c.Difference), $"{c.File}:{N(c.Line)}");
            }
            context.Console.Write(rollups);
        }
        context.Line(overlaps.Count == 0 ? "No serial number is counted twice." : $"{overlaps.Count} double counts:");
        foreach (SerialOverlap overlap in overlaps)
        {
            context.Line("  " + overlap);
        }
        if (listRecords)
        {
            Table records = Tables.Create("Records", "Where", "Type", "Project", ">Vintage", ">Quantity", "Date", "Serial", "Beneficiary", "Reason");
            foreach (CreditRecord r in import.Records)
            {
                Tables.Row(records, $"{r.File}:{N(r.Line)}", r.Type.ToString(), r.Project, N(r.VintageYear), N(r.Quantity),
                    r.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), r.Serial?.ToString() ?? "", r.Beneficiary ?? "", r.Reason ?? "");
            }
            context.Console.Write(records);
        }
    }

    public void WriteJson(Utf8JsonWriter w, bool listRecords)
    {
        w.WriteStartObject();
        w.WriteString("registry", Name(import.Registry));
        w.WriteStartArray("files");
        foreach (string file in import.Files)
        {
            w.WriteStringValue(file);
        }
        w.WriteEndArray();
        w.WriteNumber("rowsRead", import.RowsRead);
        w.WriteNumber("rowsKept", import.RowsKept);
        w.WriteNumber("rowsRefused", import.Problems.Count);
        w.WriteStartArray("refused");
        foreach (ImportProblem p in import.Problems)
        {
            w.WriteStartObject();
            w.WriteString("file", p.File);
            w.WriteNumber("line", p.Line);
            w.WriteString("column", p.Column);
            w.WriteString("message", p.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("totals");
        foreach (CreditTotal t in totals)
        {
            w.WriteStartObject();
            w.WriteString("project", t.Project);
            w.WriteNumber("vintage", t.VintageYear);
            w.WriteNumber("issued", t.Issued);
            w.WriteNumber("retired", t.Retired);
            w.WriteNumber("cancelled", t.Cancelled);
            w.WriteNumber("retiredOrCancelled", t.RetiredOrCancelled);
            w.WriteNumber("remaining", t.Remaining);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("rollups");
        foreach (RollupCheck c in checks)
        {
            w.WriteStartObject();
            w.WriteString("project", c.Project);
            if (c.VintageYear is int y)
            {
                w.WriteNumber("vintage", y);
            }
            w.WriteString("rollup", c.Description);
            w.WriteNumber("stated", c.Stated);
            w.WriteNumber("summed", c.Summed);
            w.WriteNumber("difference", c.Difference);
            w.WriteString("file", c.File);
            w.WriteNumber("line", c.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("overlaps");
        foreach (SerialOverlap o in overlaps)
        {
            w.WriteStartObject();
            w.WriteString("kind", o.Kind.ToString());
            w.WriteString("serials", o.Shared?.ToString());
            Where(w, "first", o.First);
            Where(w, "second", o.Second);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (listRecords)
        {
            w.WriteStartArray("records");
            foreach (CreditRecord r in import.Records)
            {
                Record(w, r);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Where(Utf8JsonWriter w, string name, CreditRecord r)
    {
        w.WriteStartObject(name);
        w.WriteString("registry", Name(r.Registry));
        w.WriteString("project", r.Project);
        w.WriteString("serialNumber", r.Serial?.SerialNumber);
        w.WriteString("file", r.File);
        w.WriteNumber("line", r.Line);
        w.WriteEndObject();
    }

    private static void Record(Utf8JsonWriter w, CreditRecord r)
    {
        w.WriteStartObject();
        w.WriteString("registry", Name(r.Registry));
        w.WriteString("project", r.Project);
        w.WriteNumber("vintage", r.VintageYear);
        if (r.VintagePeriod is { } period)
        {
            w.WriteString("vintageStart", period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("vintageEnd", period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
        w.WriteString("type", Type(r.Type));
        w.WriteNumber("quantity", r.Quantity);
        w.WriteString("date", r.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        if (r.IssuanceDate is { } issued)
        {
            w.WriteString("issuanceDate", issued.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
        if (r.Serial is { } serial)
        {
            w.WriteString("serialNumber", serial.SerialNumber);
            w.WriteString("serialSpace", serial.Space);
            w.WriteNumber("serialStart", serial.Block.Start);
            w.WriteNumber("serialEnd", serial.Block.End);
        }
        w.WriteString("beneficiary", r.Beneficiary);
        w.WriteString("reason", r.Reason);
        w.WriteString("note", r.Note);
        w.WriteString("account", r.Account);
        w.WriteString("file", r.File);
        w.WriteNumber("line", r.Line);
        w.WriteEndObject();
    }

    private static string Type(CreditTransactionType type) => type switch
    {
        CreditTransactionType.Issuance => "issuance",
        CreditTransactionType.Retirement => "retirement",
        CreditTransactionType.Cancellation => "cancellation",
        _ => "retirement-or-cancellation",
    };

    private static string Name(CreditRegistry registry) => registry switch
    {
        CreditRegistry.Verra => "verra",
        CreditRegistry.GoldStandard => "gold-standard",
        _ => "acr",
    };

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
