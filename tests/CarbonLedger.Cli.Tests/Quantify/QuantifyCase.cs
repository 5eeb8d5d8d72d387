using System;
using System.IO;

namespace CarbonLedger.Cli.Tests.Quantify;

/// <summary>A project file and a readings file in a fresh temporary folder, and <c>quantify</c> run on them.</summary>
internal sealed class QuantifyCase : IDisposable
{
    public const string Header = "parameter,start,end,amount,unit\n";

    private readonly string directory;

    public QuantifyCase(string project, string readings)
    {
        directory = Path.Combine(Path.GetTempPath(), "carbonledger-quantify-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        ProjectText = project;
        Project = Path.Combine(directory, "project.json");
        Readings = Path.Combine(directory, "readings.csv");
        File.WriteAllText(Project, project);
        File.WriteAllText(Readings, readings);
    }

    public string Project { get; }

    public string Readings { get; }

    public string ProjectText { get; }

    public CliRun Run(params string[] options) => CliRun.Of(["quantify", Project, Readings, .. options]);

    /// <summary>The 1-based line of the project file on which <paramref name="fragment"/> first appears.</summary>
    public int LineOf(string fragment)
    {
        string[] lines = ProjectText.Split('\n');
        int index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        return index >= 0 ? index + 1 : throw new ArgumentException($"'{fragment}' is not in the project file", nameof(fragment));
    }

    /// <summary>The error line expected for a field of the project file: <c>error: FILE: line N, field 'PATH': MESSAGE</c>.</summary>
    public string ProjectError(string fragment, string path, string message) =>
        $"error: {Project}: line {LineOf(fragment)}, field '{path}': {message}\n";

    /// <summary>The error line expected for a field of the readings file.</summary>
    public string ReadingsError(int line, string field, string message) =>
        $"error: {Readings}: line {line}, field '{field}': {message}\n";

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
