using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Import.Registries;

namespace CarbonLedger.Cli.Import;

/// <summary>
/// <c>carbonledger import verra|gold-standard|acr FILE…</c>: reads a registry's public credit exports into normalised
/// records and prints rows read, kept and refused, totals per project and vintage, roll-up checks and serial overlaps.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CommandGuard guard)
    {
        var command = new Command("import", "Read a registry's public credit exports (Verra, Gold Standard, ACR) into normalised credit records, with totals and checks");
        command.Add(Registry(guard, "verra", CreditRegistry.Verra, "Verra's VCU export (CSV, one row per serial block)"));
        command.Add(Registry(guard, "gold-standard", CreditRegistry.GoldStandard, "Gold Standard issuances and/or retirements exports (CSV)"));
        command.Add(Registry(guard, "acr", CreditRegistry.Acr, "ACR issuances, retirements and/or cancellations exports (CSV)"));
        return command;
    }

    private static Command Registry(CommandGuard guard, string name, CreditRegistry registry, string description)
    {
        var files = new Argument<string[]>("files") { Description = "One or more export files of this registry", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var stop = new Option<bool>("--stop-on-error") { Description = "Stop at the first row that cannot be read (default: report it and go on)" };
        var records = new Option<bool>("--records") { Description = "Also list every normalised record" };
        var command = new Command(name, "Import " + description)
        {
            files,
            format,
            stop,
            records,
        };
        Option<string?>? projects = null;
        if (registry == CreditRegistry.Acr)
        {
            projects = new Option<string?>("--projects") { Description = "ACR's project list (CSV), whose 'Total Number of Credits Registered' is reconciled with the issuances" };
            command.Add(projects);
        }
        guard.Attach(command, (parse, context) => Run(context, registry, parse.GetRequiredValue(files),
            parse.GetValue(format) == "json", parse.GetValue(stop), parse.GetValue(records), projects is null ? null : parse.GetValue(projects)));
        return command;
    }

    internal static int Run(CliContext context, CreditRegistry registry, IReadOnlyList<string> files, bool json, bool stop, bool listRecords, string? projectsFile)
    {
        ImportErrorHandling handling = stop ? ImportErrorHandling.Stop : ImportErrorHandling.Continue;
        var imports = new List<RegistryImport>();
        foreach (string file in files)
        {
            imports.Add(Guarded(file, reader => registry switch
            {
                CreditRegistry.Verra => VerraExport.Read(reader, file, handling),
                CreditRegistry.GoldStandard => GoldStandardExport.Read(reader, file, handling),
                _ => AcrExport.Read(reader, file, handling),
            }));
        }
        RegistryImport import = RegistryImport.Combine(imports);
        IReadOnlyList<RollupCheck> reconciled = projectsFile is null
            ? []
            : import.Reconcile(Guarded(projectsFile, reader => AcrExport.ReadProjects(reader, projectsFile)));
        var summary = new ImportSummary(import, import.Totals(), [.. import.RollupChecks, .. reconciled], import.FindOverlaps());
        if (json)
        {
            context.Output.Write(JsonText.Write(w => summary.WriteJson(w, listRecords)));
        }
        else
        {
            summary.Print(context, listRecords);
        }
        return summary.AllClear ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    private static T Guarded<T>(string file, Func<TextReader, T> read)
    {
        using StreamReader reader = TextFiles.OpenText(file);
        try
        {
            return read(reader);
        }
        catch (RegistryImportException ex)
        {
            ImportProblem p = ex.Problem;
            throw InputException.At(p.File, p.Line, p.Column, p.Message, ex);
        }
    }
}
