using System.IO;
using Xunit;

namespace CarbonLedger.Cli.Tests.History;

/// <summary>Issue #15: <c>ledger</c> on inputs that are not a history (defects 4, 5 and 8).</summary>
[Collection(ExampleCollection.Name)]
public sealed class LedgerCommandInputTest(ExampleFiles examples)
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    public void Verify_EmptyFile_NamesTheFileAndSaysItIsEmpty(string text)
    {
        string empty = examples.Write("empty.jsonl", text);

        CliRun run = CliRun.Of("ledger", "verify", empty);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {empty}: the history holds no event (an empty file, or blank lines only); it must start with its RegistryCreated event\n", run.Error);
    }

    [Fact]
    public void Verify_Directory_SaysItIsADirectory()
    {
        string folder = Path.GetDirectoryName(examples.Write("x.jsonl", string.Empty))!;

        CliRun run = CliRun.Of("ledger", "verify", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {folder}: is a directory, not a file\n", run.Error);
    }

    [Fact]
    public void Verify_NullBlock_RefusedAsBadInputNotInternalError()
    {
        string[] lines = File.ReadAllLines(examples.KazakhstanHistory);
        int issued = System.Array.FindIndex(lines, static l => l.Contains("\"blocks\":[{", System.StringComparison.Ordinal));
        lines[issued] = System.Text.RegularExpressions.Regex.Replace(lines[issued], "\"blocks\":\\[\\{[^\\]]*\\]", "\"blocks\":[null]");
        string bad = examples.Write("null.jsonl", string.Join("\n", lines) + "\n");

        CliRun run = CliRun.Of("ledger", "verify", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {bad}: line {issued + 1}: not a valid ledger event: field 'blocks[0]'", run.Error);
    }

    [Fact]
    public void Verify_LeadingByteOrderMark_Accepted()
    {
        string withBom = examples.Write("bom.jsonl", "\uFEFF" + File.ReadAllText(examples.KazakhstanHistory));

        CliRun run = CliRun.Of("ledger", "verify", withBom);

        Assert.Equal(0, run.ExitCode);
    }
}
