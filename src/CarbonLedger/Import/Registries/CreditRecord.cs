using System.Globalization;
using NodaTime;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// One transaction of a registry's public credit export in CarbonLedger's common shape: which registry and project,
/// which vintage, which serial numbers where the export has them, how many credits, what happened to them and when,
/// and for whom.
/// </summary>
/// <remarks>
/// <para>Records come from <see cref="VerraExport"/>, <see cref="GoldStandardExport"/> and <see cref="AcrExport"/>;
/// <c>docs/import.md</c> lists every rule by which a row becomes a record. Text fields keep the export's own
/// spelling (trimmed); an empty field becomes null.</para>
/// <para>Immutable. Records have no natural order; importers return them in file order.</para>
/// </remarks>
public sealed class CreditRecord
{
    internal CreditRecord(CreditRegistry registry, string project, int vintageYear, DateInterval? vintagePeriod, ExportSerialBlock? serial,
        long quantity, CreditTransactionType type, LocalDate date, LocalDate? issuanceDate, string? beneficiary, string? reason, string? note,
        string? account, string file, long line)
    {
        Registry = registry;
        Project = project;
        VintageYear = vintageYear;
        VintagePeriod = vintagePeriod;
        Serial = serial;
        Quantity = quantity;
        Type = type;
        Date = date;
        IssuanceDate = issuanceDate;
        Beneficiary = beneficiary;
        Reason = reason;
        Note = note;
        Account = account;
        File = file;
        Line = line;
    }

    /// <summary>The registry the export comes from.</summary>
    public CreditRegistry Registry { get; }

    /// <summary>The project's identifier as the registry writes it (<c>1340</c> at Verra, <c>11236</c> at Gold Standard, <c>ACR731</c> at ACR).</summary>
    public string Project { get; }

    /// <summary>The vintage year: the year the export gives, or for a vintage period the year in which it ends.</summary>
    public int VintageYear { get; }

    /// <summary>The vintage period as the export gives it (first and last day, inclusive), or null when it gives only a year.</summary>
    public DateInterval? VintagePeriod { get; }

    /// <summary>The serial numbers, or null when the export has none for this transaction.</summary>
    public ExportSerialBlock? Serial { get; }

    /// <summary>The number of credits (whole tonnes).</summary>
    public long Quantity { get; }

    /// <summary>What happened to the credits.</summary>
    public CreditTransactionType Type { get; }

    /// <summary>The date of the transaction (issuance, retirement or cancellation date), as the registry dates it.</summary>
    public LocalDate Date { get; }

    /// <summary>The date the credits were issued, where the export gives it.</summary>
    public LocalDate? IssuanceDate { get; }

    /// <summary>The entity on whose behalf credits were retired, where the export gives one.</summary>
    public string? Beneficiary { get; }

    /// <summary>The reason or purpose of a retirement or the type of a cancellation, where the export gives one.</summary>
    public string? Reason { get; }

    /// <summary>The free-text details of a retirement or cancellation, where the export gives them.</summary>
    public string? Note { get; }

    /// <summary>The account holder the credits left, where the export gives one.</summary>
    public string? Account { get; }

    /// <summary>The file the record was read from.</summary>
    public string File { get; }

    /// <summary>The 1-based line where the record's row starts.</summary>
    public long Line { get; }

    /// <summary>Formats as <c>Verra 1340 2020 Issuance 1454054 on 2026-04-03</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Registry} {Project} {VintageYear} {Type} {Quantity} on {Date:uuuu-MM-dd}");
}
