using System;
using System.IO;
using Xunit;

namespace CarbonLedger.Cli.Tests;

/// <summary>Writes the demo's example inputs once (in-process) into a temporary folder shared by the tests.</summary>
public sealed class ExampleFiles : IDisposable
{
    public ExampleFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "carbonledger-cli-tests-" + Guid.NewGuid().ToString("N"));
        DemoRun = CliRun.Of("demo", "--write-examples", Directory);
        Assert.Equal(0, DemoRun.ExitCode);
    }

    public string Directory { get; }

    /// <summary>The output of the run that wrote the files.</summary>
    public CliRun DemoRun { get; }

    public string Project => Path.Combine(Directory, "project.json");

    public string Readings => Path.Combine(Directory, "readings.csv");

    public string Agreement => Path.Combine(Directory, "agreement.json");

    public string KazakhstanHistory => Path.Combine(Directory, "ledger-KAZ01.jsonl");

    public string JapanHistory => Path.Combine(Directory, "ledger-JPN01.jsonl");

    /// <summary>Writes a file into a fresh sub-folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        string folder = Path.Combine(Directory, Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class ExampleCollection : ICollectionFixture<ExampleFiles>
{
    public const string Name = "example files";
}
