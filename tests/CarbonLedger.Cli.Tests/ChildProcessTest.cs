using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace CarbonLedger.Cli.Tests;

/// <summary>Runs the built tool as a child process (<c>dotnet CarbonLedger.Cli.dll …</c>), as a user would.</summary>
[Collection(ExampleCollection.Name)]
public sealed class ChildProcessTest(ExampleFiles examples)
{
    [Fact]
    public void Demo_AsChildProcess_ExitsZeroAndPrintsExactlyWhatTheInProcessRunPrints()
    {
        CliRun child = RunChild("demo");
        CliRun inProcess = CliRun.Of("demo");

        Assert.Equal(0, child.ExitCode);
        Assert.Equal(string.Empty, child.Error);
        Assert.Equal(inProcess.Output, child.Output);
        Assert.Contains("Credits quantified = credits issued in KAZ01", child.Output);
    }

    [Fact]
    public void Quantify_AsChildProcessWithMissingFile_ExitsTwoWithOneLineAndNoStackTrace()
    {
        string missing = Path.Combine(examples.Directory, "missing.json");

        CliRun child = RunChild("quantify", missing, examples.Readings);

        Assert.Equal(2, child.ExitCode);
        Assert.Equal(string.Empty, child.Output);
        Assert.Equal($"error: {missing}: file not found\n", child.Error);
    }

    [Fact]
    public void Help_AsChildProcess_ListsEveryCommand()
    {
        CliRun child = RunChild("--help");

        Assert.Equal(0, child.ExitCode);
        foreach (string command in new[] { "demo", "quantify", "allocate", "serial", "ledger" })
        {
            Assert.Contains("  " + command, child.Output);
        }
    }

    private static CliRun RunChild(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "CarbonLedger.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        var error = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                error.Append(e.Data).Append('\n');
            }
        };
        process.BeginErrorReadLine();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the tool did not finish within two minutes");
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.ToString());
    }
}
