using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CarbonLedger.Serials;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// Reads Verra's public VCU export (the registry's search results downloaded as CSV): one row per block of serial
/// numbers, held or retired.
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> Columns used: <c>Issuance Date</c>, <c>Vintage Start</c>, <c>Vintage End</c>, <c>ID</c>,
/// <c>Total Vintage Quantity</c>, <c>Quantity Issued</c>, <c>Serial Number</c>, <c>Retirement/Cancellation Date</c>,
/// and where present <c>Retirement Beneficiary</c>, <c>Retirement Reason</c>, <c>Retirement Details</c>. Other
/// columns (name, country, methodology, SDGs, …) are not read.</para>
/// <para><b>Rules</b> (<c>docs/import.md</c> gives the reasons):</para>
/// <list type="number">
/// <item>A row is a block of VCUs. A row with a <c>Retirement/Cancellation Date</c> becomes one
/// <see cref="CreditTransactionType.RetirementOrCancellation"/> record with its block: the export does not tell a
/// retirement from a cancellation.</item>
/// <item>Verra issues a vintage in tranches (rolling issuance), and every block of a tranche repeats the tranche's
/// <c>Total Vintage Quantity</c>. The rows of one project, vintage period, issuance date and total make one
/// <see cref="CreditTransactionType.Issuance"/> record of that total, dated on the issuance date, placed at the line
/// of the tranche's first row. Its serial block is known only when the tranche's blocks join into one run that holds
/// exactly the total.</item>
/// <item>Each tranche's total is checked against the sum of its blocks' <c>Quantity Issued</c>
/// (<see cref="RegistryImport.RollupChecks"/>); they differ when the export leaves blocks out.</item>
/// <item>The vintage period runs from <c>Vintage Start</c> to <c>Vintage End</c>; a period may span two calendar
/// years, and its vintage year is the year of <c>Vintage End</c>.</item>
/// <item>Quantities may be grouped with commas (<c>1,454,054</c>). Dates are ISO (<c>2026-04-03</c>) in current
/// exports and day first (<c>03/04/2026</c>) in older ones; both are read.</item>
/// <item><c>Quantity Issued</c> must equal the number of serials in the block of <c>Serial Number</c>, and the
/// serial number's project must be the row's <c>ID</c>.</item>
/// </list>
/// </remarks>
public static class VerraExport
{
    private const string Layout = "Verra VCU export";

    /// <summary>Reads an export.</summary>
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
        var c = new Columns(table);
        var run = new ImportRun(CreditRegistry.Verra, file, handling);
        var tranches = new Dictionary<TrancheKey, Tranche>();
        while (table.Next())
        {
            run.Read();
            if (!run.HasAllFields(table))
            {
                continue;
            }
            try
            {
                ReadRow(table, c, run, tranches);
                run.Keep();
            }
            catch (RowException ex)
            {
                run.Refuse(table.Line, ex.Column, ex.Message);
            }
        }
        foreach ((TrancheKey key, Tranche tranche) in tranches)
        {
            ExportSerialBlock? block = tranche.JoinedBlock(key.Total);
            run.Records.Add(new CreditRecord(CreditRegistry.Verra, key.Project, key.Vintage.End.Year, key.Vintage, block, key.Total,
                CreditTransactionType.Issuance, key.Issued, key.Issued, null, null, null, null, file, tranche.FirstLine));
            run.Checks.Add(new RollupCheck(CreditRegistry.Verra, key.Project, key.Vintage.End.Year,
                $"Total Vintage Quantity of the tranche issued {key.Issued:uuuu-MM-dd} for {key.Vintage.Start:uuuu-MM-dd}..{key.Vintage.End:uuuu-MM-dd} against its blocks' Quantity Issued",
                key.Total, tranche.Sum, file, tranche.FirstLine));
        }
        return run.ToImport();
    }

    private static void ReadRow(ExportTable table, Columns c, ImportRun run, Dictionary<TrancheKey, Tranche> tranches)
    {
        string project = table.Required(c.Id);
        LocalDate issued = ExportValues.Date(table.Name(c.IssuanceDate), table.Required(c.IssuanceDate), ExportValues.SlashOrder.DayFirst);
        LocalDate vintageStart = ExportValues.Date(table.Name(c.VintageStart), table.Required(c.VintageStart), ExportValues.SlashOrder.DayFirst);
        LocalDate vintageEnd = ExportValues.Date(table.Name(c.VintageEnd), table.Required(c.VintageEnd), ExportValues.SlashOrder.DayFirst);
        if (vintageEnd < vintageStart)
        {
            throw new RowException(table.Name(c.VintageEnd), $"the vintage ends ({vintageEnd:uuuu-MM-dd}) before it starts ({vintageStart:uuuu-MM-dd})");
        }
        long total = ExportValues.Quantity(table.Name(c.Total), table.Required(c.Total));
        long quantity = ExportValues.Quantity(table.Name(c.Quantity), table.Required(c.Quantity));
        if (quantity > total)
        {
            throw new RowException(table.Name(c.Quantity),
                $"the block holds {ExportTable.Count(quantity)} VCUs, more than the tranche's Total Vintage Quantity of {ExportTable.Count(total)}");
        }
        string serialText = table.Required(c.Serial);
        VerraSerialNumber serial;
        try
        {
            serial = VerraSerialNumber.Parse(serialText);
        }
        catch (FormatException ex)
        {
            throw new RowException(table.Name(c.Serial), $"'{serialText}' is not a Verra serial number: {ex.Message}");
        }
        if (serial.Count != quantity)
        {
            throw new RowException(table.Name(c.Serial),
                $"the serial block {serial.Block} holds {ExportTable.Count(serial.Count)} VCUs; Quantity Issued says {ExportTable.Count(quantity)}");
        }
        if (serial.Project.TrimStart('0') != project.TrimStart('0'))
        {
            throw new RowException(table.Name(c.Serial), $"the serial number is of project {serial.Project}; the row's ID is {project}");
        }
        var block = new ExportSerialBlock(CreditRegistry.Verra, serial.UnitType, serial.Block, serialText);
        var vintage = new DateInterval(vintageStart, vintageEnd);
        string? retiredText = table.Get(c.Retired);
        if (retiredText is not null)
        {
            LocalDate retired = ExportValues.Date(table.Name(c.Retired), retiredText, ExportValues.SlashOrder.DayFirst);
            run.Records.Add(new CreditRecord(CreditRegistry.Verra, project, vintageEnd.Year, vintage, block, quantity,
                CreditTransactionType.RetirementOrCancellation, retired, issued, table.Get(c.Beneficiary), table.Get(c.Reason), table.Get(c.Details),
                null, run.File, table.Line));
        }
        var key = new TrancheKey(project, vintage, issued, total);
        if (!tranches.TryGetValue(key, out Tranche? tranche))
        {
            tranches[key] = tranche = new Tranche(table.Line);
        }
        tranche.Add(block);
    }

    private readonly record struct TrancheKey(string Project, DateInterval Vintage, LocalDate Issued, long Total);

    /// <summary>The blocks of one tranche seen so far.</summary>
    private sealed class Tranche(long firstLine)
    {
        private readonly List<ExportSerialBlock> blocks = [];

        public long FirstLine { get; } = firstLine;

        public long Sum { get; private set; }

        public void Add(ExportSerialBlock block)
        {
            blocks.Add(block);
            Sum += block.Block.Count;
        }

        /// <summary>The tranche's block when its blocks join into one run of exactly <paramref name="total"/> serials.</summary>
        public ExportSerialBlock? JoinedBlock(long total)
        {
            if (Sum != total)
            {
                return null;
            }
            ExportSerialBlock[] sorted = [.. blocks.OrderBy(b => b.Block.Start)];
            for (int i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].Space != sorted[0].Space || sorted[i].Block.Start != sorted[i - 1].Block.End + 1)
                {
                    return null;
                }
            }
            SerialBlock joined = SerialBlock.FromRange(sorted[0].Block.Start, sorted[^1].Block.End);
            string text = sorted.Length == 1 ? sorted[0].SerialNumber : VerraSerialNumber.Parse(sorted[0].SerialNumber).WithBlock(joined).ToString();
            return new ExportSerialBlock(CreditRegistry.Verra, sorted[0].Space, joined, text);
        }
    }

    private sealed class Columns(ExportTable t)
    {
        public int IssuanceDate { get; } = t.Require(Layout, "Issuance Date");
        public int VintageStart { get; } = t.Require(Layout, "Vintage Start");
        public int VintageEnd { get; } = t.Require(Layout, "Vintage End");
        public int Id { get; } = t.Require(Layout, "ID");
        public int Total { get; } = t.Require(Layout, "Total Vintage Quantity");
        public int Quantity { get; } = t.Require(Layout, "Quantity Issued");
        public int Serial { get; } = t.Require(Layout, "Serial Number");
        public int Retired { get; } = t.Require(Layout, "Retirement/Cancellation Date");
        public int Beneficiary { get; } = t.Find("Retirement Beneficiary");
        public int Reason { get; } = t.Find("Retirement Reason");
        public int Details { get; } = t.Find("Retirement Details");
    }
}
