using System.CommandLine;
using System.IO;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Quantification;

namespace CarbonLedger.Cli.Quantify;

/// <summary><c>carbonledger quantify PROJECT.json READINGS.csv</c>: RE, PE and ER per vintage, creditable tonnes and the trace.</summary>
internal static class QuantifyCommand
{
    public static Command Create(CommandGuard guard)
    {
        var project = new Argument<string>("project") { Description = "The project file (JSON: methodology and family, site time zone, period, the family's fixed values and monitored quantities)" };
        var readings = new Argument<string>("readings") { Description = "The readings file (CSV: parameter,start,end,amount,unit)" };
        var format = new Option<string>("--format") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var noTrace = new Option<bool>("--no-trace") { Description = "Omit the calculation trace from the table output" };
        var command = new Command("quantify", "Quantify a project's monitoring period: RE, PE and ER per vintage, creditable tonnes, and the calculation trace")
        {
            project,
            readings,
            format,
            noTrace,
        };
        guard.Attach(command, (parse, context) =>
            Run(context, parse.GetRequiredValue(project), parse.GetRequiredValue(readings), parse.GetValue(format) == "json", !parse.GetValue(noTrace)));
        return command;
    }

    internal static int Run(CliContext context, string projectFile, string readingsFile, bool json, bool trace)
    {
        ProjectFile project = ProjectFile.Load(projectFile);
        long size = File.Exists(readingsFile) ? new FileInfo(readingsFile).Length : 0;
        QuantificationResult result = context.WithProgress("Reading " + Path.GetFileName(readingsFile), size,
            progress => ProjectQuantification.Run(project, readingsFile, progress));
        if (json)
        {
            context.Output.Write(JsonText.Write(w => QuantificationReport.WriteJson(w, result)));
        }
        else
        {
            foreach (string line in project.Family.Describe(project.Project))
            {
                context.Line(line);
            }
            QuantificationReport.Print(context, result, trace);
        }
        return ExitCodes.Success;
    }
}
