using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace CarbonLedger.Tests.Readme;

/// <summary>
/// Keeps README.md honest: every <c>```csharp</c> block in it must appear verbatim (leading indentation aside) as a
/// snippet of <see cref="ReadmeSnippets"/>, which is compiled and run.
/// </summary>
public sealed partial class ReadmeSnippetsTest
{
    [Fact]
    public void Readme_EveryCSharpBlock_IsACompiledAndRunSnippet()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string source = File.ReadAllText(Path.Combine(root, "tests", "CarbonLedger.Tests", "Readme", "ReadmeSnippets.cs"));
        IReadOnlyList<string> blocks = CSharpBlocks(readme);
        Dictionary<string, string> snippets = Snippets(source);

        Assert.NotEmpty(blocks);
        foreach (string block in blocks)
        {
            Assert.True(snippets.ContainsValue(block),
                "This README.md block is not a snippet of ReadmeSnippets.cs (copy it between // begin-snippet and // end-snippet markers):\n" + block);
        }
    }

    [Fact]
    public void Readme_FirstLines_GiveTheSentenceAndTheTwoCommands()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));

        Assert.StartsWith("CarbonLedger is ", lines[0]);
        string top = string.Join('\n', lines.Take(12));
        Assert.Contains("dotnet run --project src/CarbonLedger.Cli -- demo", top);
        Assert.Contains("dotnet test CarbonLedger.sln -c Release", top);
    }

    /// <summary>The folder holding CarbonLedger.sln, found by walking up from the test assembly.</summary>
    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CarbonLedger.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CarbonLedger.sln not found above " + AppContext.BaseDirectory);
    }

    private static List<string> CSharpBlocks(string markdown) =>
        CSharpFence().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(m => Normalize(m.Groups[1].Value)).ToList();

    private static Dictionary<string, string> Snippets(string source) =>
        SnippetMarkers().Matches(source.Replace("\r\n", "\n", StringComparison.Ordinal))
            .ToDictionary(m => m.Groups[1].Value, m => Normalize(m.Groups[2].Value), StringComparer.Ordinal);

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse());

    [GeneratedRegex(@"^```csharp[ \t]*\n(.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpFence();

    [GeneratedRegex(@"^\s*//\s*begin-snippet:\s*(\S+)[^\n]*\n(.*?)^\s*//\s*end-snippet", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SnippetMarkers();
}
