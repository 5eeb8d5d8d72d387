using System.IO;

namespace CarbonLedger.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, output, error, interactive: false);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
