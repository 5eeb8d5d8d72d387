using System;
using System.Collections.Generic;
using System.IO;
using CarbonLedger.Serials;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// Reads the American Carbon Registry's public exports: issuances, retirements and cancellations (told apart by their
/// header), and the project list for its roll-ups.
/// </summary>
/// <remarks>
/// <para><b>Kinds.</b> A header with <c>Total Credits Issued</c> is the issuances export, one with
/// <c>Cancellation Type</c> the cancellations export, one with <c>Retirement Reason</c> or <c>Retired on Behalf of</c>
/// the retirements export.</para>
/// <para><b>Rules</b> (<c>docs/import.md</c> gives the reasons):</para>
/// <list type="number">
/// <item>Each row is one record: an issuance of <c>Total Credits Issued</c> dated <c>Date Issued (GMT)</c>, or a
/// retirement or cancellation of <c>Quantity of Credits</c> dated <c>Status Effective (GMT)</c>.</item>
/// <item>Dates are month first with a time (<c>3/24/2026 9:08:01 PM</c>); the date part is the record's date.
/// Columns renamed over the years are one column: <c>Date Issued</c> and <c>Date Issued (GMT)</c>,
/// <c>Status Effective</c>, <c>Status Effective (GMT)</c> and the cancellations export's
/// <c>Status Effective  (GMT)</c> (with two spaces).</item>
/// <item>An issuance's <c>Total Credits Issued</c> is checked against <c>Credits Issued to Project</c> plus
/// <c>Credits Issued to Buffer Pool</c> (<see cref="RegistryImport.RollupChecks"/>).</item>
/// <item>Retirements and cancellations carry <c>Credit Serial Numbers</c> written as a range,
/// <c>ACR-FR-1129-2025-2917-30932 to 35143</c>; the block must hold <c>Quantity of Credits</c> credits and its
/// project must be the row's <c>Project ID</c> (<c>ACR1129</c>). The numbering space is the serial number without
/// the block.</item>
/// <item>A retirement's beneficiary is <c>Retired on Behalf of</c>, its reason <c>Retirement Reason</c>, its note
/// <c>Purpose of Retirement</c>; a cancellation's reason is <c>Cancellation Type</c> and its note
/// <c>Cancellation Details</c>. The account is <c>Account Holder</c>.</item>
/// <item>The vintage period is <c>Vintage Assignment Period Start Date</c> to <c>… End Date</c> where given;
/// the vintage year is always <c>Vintage</c>.</item>
/// </list>
/// </remarks>
public static class AcrExport
{
    /// <summary>Reads an issuances, retirements or cancellations export.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="file">The file's name, for problems and records.</param>
    /// <param name="handling">Whether an unreadable row stops the import or is reported and skipped.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegistryImportException">The header is of no ACR export or lacks a column the layout needs,
    /// or a row cannot be read and <paramref name="handling"/> is <see cref="ImportErrorHandling.Stop"/>.</exception>
    public static RegistryImport Read(TextReader reader, string file, ImportErrorHandling handling = ImportErrorHandling.Continue)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(file);
        Preconditions.CheckDefined(handling, nameof(handling));
        using ExportTable table = ExportTable.Open(reader, file);
        var run = new ImportRun(CreditRegistry.Acr, file, handling);
        if (table.Has("Total Credits Issued"))
        {
            ReadIssuances(table, run);
        }
        else if (table.Has("Cancellation Type") || table.Has("Retirement Reason", "Retired on Behalf of"))
        {
            ReadTransfers(table, run, table.Has("Cancellation Type"));
        }
        else
        {
            throw new RegistryImportException(new ImportProblem(file, 1, null,
                "the header is of no ACR credit export: it has none of 'Total Credits Issued' (issuances), 'Retirement Reason' (retirements), 'Cancellation Type' (cancellations)"));
        }
        return run.ToImport();
    }

    /// <summary>
    /// Reads ACR's project list and returns each project's <c>Total Number of Credits Registered</c> as a roll-up
    /// (projects with that field empty are left out), for <see cref="RegistryImport.Reconcile"/>.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="file">The file's name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegistryImportException">The header lacks <c>Project ID</c> or the total, or a total is not a
    /// whole number (the problem names the line).</exception>
    public static IReadOnlyList<ProjectRollup> ReadProjects(TextReader reader, string file)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(file);
        using ExportTable table = ExportTable.Open(reader, file);
        const string Layout = "ACR project list";
        int project = table.Require(Layout, "Project ID");
        int total = table.Require(Layout, "Total Number of Credits Registered");
        var rollups = new List<ProjectRollup>();
        while (table.Next())
        {
            try
            {
                if (table.Get(project) is string id && table.Get(total) is string text)
                {
                    rollups.Add(new ProjectRollup(CreditRegistry.Acr, id, null, ExportValues.Quantity(table.Name(total), text, allowZero: true),
                        "Total Number of Credits Registered", file, table.Line));
                }
            }
            catch (RowException ex)
            {
                throw new RegistryImportException(new ImportProblem(file, table.Line, ex.Column, ex.Message));
            }
        }
        return rollups;
    }

    private static void ReadIssuances(ExportTable table, ImportRun run)
    {
        const string Layout = "ACR issuances export";
        int project = table.Require(Layout, "Project ID");
        int vintage = table.Require(Layout, "Vintage");
        int date = table.Require(Layout, "Date Issued");
        int total = table.Require(Layout, "Total Credits Issued");
        int toProject = table.Find("Credits Issued to Project");
        int toBuffer = table.Find("Credits Issued to Buffer Pool");
        while (table.Next())
        {
            run.Read();
            if (!run.HasAllFields(table))
            {
                continue;
            }
            try
            {
                string id = table.Required(project);
                int year = ExportValues.Year(table.Name(vintage), table.Required(vintage));
                LocalDate issued = ExportValues.Date(table.Name(date), table.Required(date), ExportValues.SlashOrder.MonthFirst);
                long credits = ExportValues.Quantity(table.Name(total), table.Required(total));
                long? project1 = Optional(table, toProject);
                long? buffer = Optional(table, toBuffer);
                run.Records.Add(new CreditRecord(CreditRegistry.Acr, id, year, null, null, credits, CreditTransactionType.Issuance, issued, issued,
                    null, null, null, null, run.File, table.Line));
                if (project1 is long p && buffer is long b)
                {
                    run.Checks.Add(new RollupCheck(CreditRegistry.Acr, id, year,
                        "Total Credits Issued against Credits Issued to Project plus Credits Issued to Buffer Pool", credits, p + b, run.File, table.Line));
                }
                run.Keep();
            }
            catch (RowException ex)
            {
                run.Refuse(table.Line, ex.Column, ex.Message);
            }
        }
    }

    private static void ReadTransfers(ExportTable table, ImportRun run, bool cancellations)
    {
        string layout = cancellations ? "ACR cancellations export" : "ACR retirements export";
        int project = table.Require(layout, "Project ID");
        int vintage = table.Require(layout, "Vintage");
        int quantity = table.Require(layout, "Quantity of Credits");
        int date = table.Require(layout, "Status Effective");
        int serialColumn = table.Require(layout, "Credit Serial Numbers");
        int issuedOn = table.Find("Date Issued");
        int periodStart = table.Find("Vintage Assignment Period Start Date");
        int periodEnd = table.Find("Vintage Assignment Period End Date");
        int account = table.Find("Account Holder");
        int beneficiary = cancellations ? -1 : table.Find("Retired on Behalf of");
        int reason = cancellations ? table.Find("Cancellation Type") : table.Find("Retirement Reason");
        int note = cancellations ? table.Find("Cancellation Details") : table.Find("Purpose of Retirement");
        while (table.Next())
        {
            run.Read();
            if (!run.HasAllFields(table))
            {
                continue;
            }
            try
            {
                string id = table.Required(project);
                int year = ExportValues.Year(table.Name(vintage), table.Required(vintage));
                long credits = ExportValues.Quantity(table.Name(quantity), table.Required(quantity));
                LocalDate when = ExportValues.Date(table.Name(date), table.Required(date), ExportValues.SlashOrder.MonthFirst);
                LocalDate? issued = DateOrNull(table, issuedOn);
                LocalDate? start = DateOrNull(table, periodStart);
                LocalDate? end = DateOrNull(table, periodEnd);
                DateInterval? period = null;
                if (start is LocalDate s && end is LocalDate e)
                {
                    period = e >= s ? new DateInterval(s, e) : throw new RowException(table.Name(periodEnd), $"the vintage period ends ({e:uuuu-MM-dd}) before it starts ({s:uuuu-MM-dd})");
                }
                ExportSerialBlock block = Serial(table, serialColumn, id, credits);
                run.Records.Add(new CreditRecord(CreditRegistry.Acr, id, year, period, block, credits,
                    cancellations ? CreditTransactionType.Cancellation : CreditTransactionType.Retirement, when, issued,
                    table.Get(beneficiary), table.Get(reason), table.Get(note), table.Get(account), run.File, table.Line));
                run.Keep();
            }
            catch (RowException ex)
            {
                run.Refuse(table.Line, ex.Column, ex.Message);
            }
        }
    }

    private static long? Optional(ExportTable table, int column) =>
        table.Get(column) is string text ? ExportValues.Quantity(table.Name(column), text, allowZero: true) : null;

    private static LocalDate? DateOrNull(ExportTable table, int column) =>
        table.Get(column) is string text ? ExportValues.Date(table.Name(column), text, ExportValues.SlashOrder.MonthFirst) : null;

    private static ExportSerialBlock Serial(ExportTable table, int column, string project, long credits)
    {
        string text = table.Required(column);
        int to = text.LastIndexOf(" to ", StringComparison.Ordinal);
        AcrSerialNumber serial;
        try
        {
            serial = AcrSerialNumber.Parse(to > 0 ? text[..to] + "-" + text[(to + 4)..].Trim() : text);
        }
        catch (FormatException ex)
        {
            throw new RowException(table.Name(column), $"'{text}' is not an ACR serial range such as ACR-US-1185-2025-3078-1 to 85847: {ex.Message}");
        }
        if (serial.Count != credits)
        {
            throw new RowException(table.Name(column),
                $"the serial block {serial.Block} holds {ExportTable.Count(serial.Count)} credits; Quantity of Credits says {ExportTable.Count(credits)}");
        }
        // The serial's project reads as the registry writes it (ACR934); the Project ID column may pad it (ACR0934).
        if (!string.Equals("ACR" + serial.Project.AsSpan(3).TrimStart('0').ToString(), project, StringComparison.OrdinalIgnoreCase))
        {
            throw new RowException(table.Name(column), $"the serial number is of project {serial.Project}; the row's Project ID is {project}");
        }
        string canonical = serial.ToString();
        string space = canonical[..canonical.LastIndexOf('-', canonical.LastIndexOf('-') - 1)];
        return new ExportSerialBlock(CreditRegistry.Acr, space, serial.Block, text);
    }
}
