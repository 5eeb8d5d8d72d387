using System;
using System.IO;
using CarbonLedger.Serials;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// Reads the Gold Standard Impact Registry's public credit exports: the issuances export and the retirements export,
/// told apart by their header (only the retirements export has <c>Retirement Date</c>).
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> Columns used: <c>Vintage</c>, <c>Credit Status</c>, <c>Quantity</c>, <c>GSID</c>,
/// <c>Issuance Date</c>, <c>Serial Number</c>; in retirements also <c>Retirement Date</c>, <c>Using Entity</c>,
/// <c>Use Case</c> and <c>Note</c>. The older API layout's <c>number_of_credits</c>, <c>vintage</c> and
/// <c>created_at</c> are read as <c>Quantity</c>, <c>Vintage</c> and the transaction date.</para>
/// <para><b>Rules</b> (<c>docs/import.md</c> gives the reasons):</para>
/// <list type="number">
/// <item>Each row is one record of its <c>Credit Status</c>: <c>Issued</c> an issuance, <c>Retired</c> a retirement,
/// <c>Cancelled</c> a cancellation; without that column, the export's kind decides. Any other status is refused.</item>
/// <item>The transaction date is the date part of <c>Issuance Date</c> (issuances, written with a time such as
/// <c>2026-04-13T12:35:58.842275</c>) or of <c>Retirement Date</c> (retirements).</item>
/// <item>The serial number's block must hold <c>Quantity</c> credits, its project must be the row's <c>GSID</c> and
/// its vintage the row's <c>Vintage</c>. Its numbering space is the serial number without the block.</item>
/// <item>The beneficiary is <c>Using Entity</c>, the reason <c>Use Case</c>, the note <c>Note</c> (which may run over
/// several lines).</item>
/// </list>
/// </remarks>
public static class GoldStandardExport
{
    /// <summary>Reads an issuances or retirements export.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="file">The file's name, for problems and records.</param>
    /// <param name="handling">Whether an unreadable row stops the import or is reported and skipped.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegistryImportException">The header lacks a column the layout needs, or a row cannot be read
    /// and <paramref name="handling"/> is <see cref="ImportErrorHandling.Stop"/>.</exception>
    public static RegistryImport Read(TextReader reader, string file, ImportErrorHandling handling = ImportErrorHandling.Continue)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(file);
        Preconditions.CheckDefined(handling, nameof(handling));
        using ExportTable table = ExportTable.Open(reader, file);
        bool retirements = table.Has("Retirement Date");
        string layout = retirements ? "Gold Standard retirements export" : "Gold Standard issuances export";
        int vintage = table.Require(layout, "Vintage");
        int quantity = table.Require(layout, "Quantity", "number_of_credits");
        int project = table.Require(layout, "GSID");
        int status = table.Find("Credit Status");
        int date = retirements ? table.Require(layout, "Retirement Date", "created_at") : table.Require(layout, "Issuance Date", "created_at");
        int issuedOn = table.Find("Issuance Date");
        int serialColumn = table.Require(layout, "Serial Number");
        int entity = table.Find("Using Entity");
        int useCase = table.Find("Use Case");
        int note = table.Find("Note");
        var run = new ImportRun(CreditRegistry.GoldStandard, file, handling);
        while (table.Next())
        {
            run.Read();
            if (!run.HasAllFields(table))
            {
                continue;
            }
            try
            {
                string gsid = table.Required(project);
                int year = ExportValues.Year(table.Name(vintage), table.Required(vintage));
                long credits = ExportValues.Quantity(table.Name(quantity), table.Required(quantity));
                CreditTransactionType type = Type(table, status, retirements);
                LocalDate when = ExportValues.Date(table.Name(date), table.Required(date), ExportValues.SlashOrder.DayFirst);
                LocalDate? issued = issuedOn >= 0 && table.Get(issuedOn) is string i ? ExportValues.Date(table.Name(issuedOn), i, ExportValues.SlashOrder.DayFirst) : null;
                ExportSerialBlock block = Serial(table, serialColumn, gsid, year, credits);
                run.Records.Add(new CreditRecord(CreditRegistry.GoldStandard, gsid, year, null, block, credits, type, when, issued,
                    table.Get(entity), table.Get(useCase), table.Get(note), null, file, table.Line));
                run.Keep();
            }
            catch (RowException ex)
            {
                run.Refuse(table.Line, ex.Column, ex.Message);
            }
        }
        return run.ToImport();
    }

    private static CreditTransactionType Type(ExportTable table, int status, bool retirements)
    {
        string? text = table.Get(status);
        if (status < 0)
        {
            return retirements ? CreditTransactionType.Retirement : CreditTransactionType.Issuance;
        }
        return text?.ToUpperInvariant() switch
        {
            "ISSUED" => CreditTransactionType.Issuance,
            "RETIRED" => CreditTransactionType.Retirement,
            "CANCELLED" or "CANCELED" => CreditTransactionType.Cancellation,
            _ => throw new RowException(table.Name(status), $"unknown credit status '{text}'; expected Issued, Retired or Cancelled"),
        };
    }

    private static ExportSerialBlock Serial(ExportTable table, int column, string gsid, int year, long credits)
    {
        string text = table.Required(column);
        GoldStandardSerialNumber serial;
        try
        {
            serial = GoldStandardSerialNumber.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new RowException(table.Name(column), $"'{text}' is not a Gold Standard serial number: {ex.Message}");
        }
        if (serial.Count != credits)
        {
            throw new RowException(table.Name(column),
                $"the serial block {serial.Block} holds {ExportTable.Count(serial.Count)} credits; Quantity says {ExportTable.Count(credits)}");
        }
        // The serial's project reads as the registry writes it (GS4533); the GSID column holds the number alone.
        if (serial.Project.AsSpan(2).TrimStart('0').SequenceEqual(gsid.AsSpan().TrimStart('0')) is false)
        {
            throw new RowException(table.Name(column), $"the serial number is of project {serial.Project}; the row's GSID is {gsid}");
        }
        if (serial.Vintage.Start.Year != year)
        {
            throw new RowException(table.Name(column), $"the serial number is of vintage {serial.Vintage.Start.Year}; the row's Vintage is {year}");
        }
        string space = text[..text.LastIndexOf('-', text.LastIndexOf('-') - 1)];
        return new ExportSerialBlock(CreditRegistry.GoldStandard, space, serial.Block, text);
    }
}
