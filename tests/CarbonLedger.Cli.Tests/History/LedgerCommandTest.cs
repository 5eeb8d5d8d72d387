using System.IO;
using Xunit;

namespace CarbonLedger.Cli.Tests.History;

[Collection(ExampleCollection.Name)]
public sealed class LedgerCommandTest(ExampleFiles examples)
{
    [Fact]
    public void Verify_ExampleHistory_IsIntact()
    {
        CliRun run = CliRun.Of("ledger", "verify", examples.KazakhstanHistory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("All 11 events are intact and linked; registry KAZ01, events #0..#10", run.Output);
    }

    [Fact]
    public void Verify_ChangedEvent_NamesTheFirstBadEventAndExitsOne()
    {
        string[] lines = File.ReadAllLines(examples.KazakhstanHistory);
        lines[7] = lines[7].Replace("\"end\":2456", "\"end\":2455", System.StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllLines(examples.KazakhstanHistory)[7], lines[7]);
        string tampered = examples.Write("ledger-KAZ01.jsonl", string.Join("\n", lines) + "\n");

        CliRun run = CliRun.Of("ledger", "verify", tampered);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {tampered}: first bad event: event #7 (line 8, ", run.Error);
        Assert.Contains("Changed", run.Error);
    }

    [Fact]
    public void Verify_RemovedEvent_IsFound()
    {
        string[] lines = File.ReadAllLines(examples.JapanHistory);
        string cut = examples.Write("ledger-JPN01.jsonl", string.Join("\n", lines[..3]) + "\n" + string.Join("\n", lines[4..]) + "\n");

        CliRun run = CliRun.Of("ledger", "verify", cut);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Removed", run.Error);
    }

    [Fact]
    public void Verify_NotJson_NamesTheLine()
    {
        string bad = examples.Write("ledger.jsonl", File.ReadAllText(examples.JapanHistory) + "\nnot json\n");

        CliRun run = CliRun.Of("ledger", "verify", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {bad}: line 9: not a valid ledger event", run.Error);
    }

    [Fact]
    public void Replay_AsOfBeforeRetirement_ShowsJapanHoldingTheItmos()
    {
        CliRun run = CliRun.Of("ledger", "replay", examples.JapanHistory, "--as-of", "2026-11-01T00:00:00Z");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Registry JPN01 as of 2026-11-01T00:00:00Z: 6 events applied", run.Output);
        Assert.Contains("│ JPN01-1 │ GovernmentHolding │ Government of Japan                         │     5,172 │        0 │", run.Output);
    }

    [Fact]
    public void Replay_AfterLastEvent_ShowsTheRetirement()
    {
        CliRun run = CliRun.Of("ledger", "replay", examples.JapanHistory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("│ JPN01-3 │ Retirement        │ Government of Japan                         │     5,172 │        0 │", run.Output);
    }

    [Fact]
    public void Replay_BadInstant_NamesTheOption()
    {
        CliRun run = CliRun.Of("ledger", "replay", examples.JapanHistory, "--as-of", "yesterday");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --as-of: 'yesterday' is not an RFC 3339 instant", run.Error);
    }
}
