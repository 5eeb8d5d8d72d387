using System;
using System.IO;
using Xunit;

namespace CarbonLedger.Cli.Tests.Report;

/// <summary>Runs <c>demo --out</c> once (in-process) into a temporary folder shared by the report tests.</summary>
public sealed class DemoArtefacts : IDisposable
{
    public DemoArtefacts()
    {
        Directory = Path.Combine(Path.GetTempPath(), "carbonledger-cli-report-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(0, CliRun.Of("demo", "--out", Directory).ExitCode);
    }

    public string Directory { get; }

    public string File(string name) => Path.Combine(Directory, name);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
