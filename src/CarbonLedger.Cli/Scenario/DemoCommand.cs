using System.Collections.Generic;
using System.CommandLine;
using CarbonLedger.Cli.Terminal;

namespace CarbonLedger.Cli.Scenario;

/// <summary><c>carbonledger demo [--out DIR] [--write-examples DIR]</c>: the Japan–Kazakhstan JCM scenario end to end.</summary>
internal static class DemoCommand
{
    public static Command Create(CommandGuard guard)
    {
        var output = new Option<string?>("--out") { Description = "Also write every artefact here: results with traces (JSON), ledger histories (JSON Lines) with each Party's Article 6 file (JSON), adjustments and AEF tables (CSV, JSON)" };
        var examples = new Option<string?>("--write-examples") { Description = "Write the example input files here (project.json, readings.csv, agreement.json, ledger histories, and an illustrative project-FAMILY.json with readings-FAMILY.csv for each other methodology family)" };
        var command = new Command("demo", "Run the Japan–Kazakhstan JCM scenario end to end and print it as tables")
        {
            output,
            examples,
        };
        guard.Attach(command, (parse, context) => Run(context, parse.GetValue(output), parse.GetValue(examples)));
        return command;
    }

    /// <summary>What the demo says when a reconciliation check fails; it names the section that shows the checks.</summary>
    internal const string ReconciliationFailed = "error: a reconciliation check failed (see section " + DemoReport.ReconciliationSection + ")\n";

    internal static int Run(CliContext context, string? outDirectory, string? examplesDirectory)
    {
        ScenarioOutcome outcome = JapanKazakhstanScenario.Run();
        bool reconciled = DemoReport.Print(context, outcome);
        if (outDirectory is not null)
        {
            IReadOnlyList<string> files = [.. DemoFiles.WriteArtefacts(outDirectory, outcome), .. DemoDocuments.Write(outDirectory, outcome)];
            context.Line($"Artefacts written to {outDirectory}: {string.Join(", ", files)}");
        }
        if (examplesDirectory is not null)
        {
            IReadOnlyList<string> files = DemoFiles.WriteExamples(examplesDirectory, outcome);
            context.Line($"Example inputs written to {examplesDirectory}: {string.Join(", ", files)}");
        }
        if (!reconciled)
        {
            context.Error.Write(ReconciliationFailed);
            return ExitCodes.CheckFailed;
        }
        return ExitCodes.Success;
    }
}
