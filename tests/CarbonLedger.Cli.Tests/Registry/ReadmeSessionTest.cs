using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace CarbonLedger.Cli.Tests.Registry;

/// <summary>
/// Keeps the README's <c>console</c> session honest: each <c>$ carbonledger …</c> line is run in-process against a fresh
/// store, and what it prints must be exactly the lines that follow it in the README.
/// </summary>
public sealed partial class ReadmeSessionTest
{
    [Fact]
    public void Readme_RegistrySession_PrintsExactlyWhatTheReadmeShows()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Match block = ConsoleFence().Match(readme);
        Assert.True(block.Success, "README.md has no ```console block");
        string folder = Path.Combine(Path.GetTempPath(), "carbonledger-readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string store = Path.Combine(folder, "registry.db");
            string[] lines = block.Groups[1].Value.TrimEnd('\n').Split('\n');
            int commands = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                Assert.StartsWith("$ carbonledger ", lines[i], StringComparison.Ordinal);
                var expected = new StringBuilder();
                while (i + 1 < lines.Length && !lines[i + 1].StartsWith("$ ", StringComparison.Ordinal))
                {
                    expected.Append(lines[++i]).Append('\n');
                }
                string[] args = Split(lines[i - expected.ToString().Count(c => c == '\n')]["$ carbonledger ".Length..])
                    .Select(a => a == "registry.db" ? store : a).ToArray();
                CliRun run = CliRun.Of(args);
                Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)} failed: {run.Error}");
                Assert.Equal(expected.ToString(), run.Output.Replace(store, "registry.db", StringComparison.Ordinal));
                commands++;
            }
            Assert.True(commands >= 5);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Splits a command line on spaces, keeping double-quoted text together.</summary>
    private static List<string> Split(string line)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    args.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }
        if (current.Length > 0)
        {
            args.Add(current.ToString());
        }
        return args;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CarbonLedger.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CarbonLedger.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```console\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleFence();
}
