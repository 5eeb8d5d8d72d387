using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CarbonLedger.Cli.History;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Reconciliation;
using CarbonLedger.Registry.Trust;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Reconcile;

/// <summary>
/// <c>carbonledger reconcile HISTORY… --trust FILE [--checkpoints FILE]… [--as-of INSTANT] [--json]</c>: reconciles the
/// histories of several registries; exit code 1 on any mismatch.
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create(CommandGuard guard)
    {
        var histories = new Argument<string[]>("histories") { Description = "The registries' histories as JSON Lines, one file per registry", Arity = ArgumentArity.OneOrMore };
        var trust = new Option<string>("--trust") { Description = "The trust list (JSON): the registries' public keys with their validity", Required = true };
        var checkpoints = new Option<string[]>("--checkpoints") { Description = "Files of signed checkpoints (JSON) to check against the histories", AllowMultipleArgumentsPerToken = true };
        var asOf = new Option<string?>("--as-of") { Description = "The RFC 3339 instant at which transit times are measured; default: the latest event of all histories" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of tables" };
        var noSignatures = new Option<bool>("--no-signatures") { Description = "Do not verify the recorded signatures (faster; matching and checkpoints are still checked)" };
        var command = new Command("reconcile", "Reconcile several registries: match transfers to acquisitions and returns, list what is in transit, verify signatures and checkpoints; exit 1 on any mismatch")
        {
            histories,
            trust,
            checkpoints,
            asOf,
            json,
            noSignatures,
        };
        guard.Attach(command, (parse, context) => Run(context, parse.GetRequiredValue(histories), parse.GetRequiredValue(trust),
            parse.GetValue(checkpoints) ?? [], parse.GetValue(asOf), parse.GetValue(json), !parse.GetValue(noSignatures)));
        return command;
    }

    internal static int Run(CliContext context, IReadOnlyList<string> files, string trustFile, IReadOnlyList<string> checkpointFiles, string? asOf, bool json, bool checkSignatures)
    {
        TrustList trust = TrustFiles.LoadTrust(trustFile);
        var checkpoints = checkpointFiles.SelectMany(TrustFiles.LoadCheckpoints).ToList();
        var histories = new List<IReadOnlyList<LedgerEvent>>();
        foreach (string file in files)
        {
            HistoryFile history = context.WithProgress("Reading " + Path.GetFileName(file), File.Exists(file) ? new FileInfo(file).Length : 0,
                progress => HistoryFile.Load(file, progress));
            if (history.Events.Count == 0 || history.Events[0] is not RegistryCreated)
            {
                throw InputException.At(file, null, null, "the history does not start with a RegistryCreated event");
            }
            histories.Add(history.Events);
        }
        Instant at;
        if (asOf is not null)
        {
            ParseResult<OffsetDateTime> parsed = OffsetDateTimePattern.Rfc3339.Parse(asOf);
            at = parsed.Success ? parsed.Value.ToInstant() : throw InputException.At("--as-of", null, null, $"'{asOf}' is not an RFC 3339 instant such as 2026-12-31T23:59:59Z");
        }
        else
        {
            at = histories.Max(h => h[^1].Instant);
        }
        ReconciliationReport report = Reconciler.Reconcile(histories, trust, checkpoints, at, checkSignatures);
        if (json)
        {
            context.Output.Write(ReconciliationOutput.Json(report));
        }
        else
        {
            ReconciliationOutput.Print(context, report);
        }
        return report.IsConsistent ? ExitCodes.Success : ExitCodes.CheckFailed;
    }
}
