using System;
using System.IO;
using Xunit;

namespace CarbonLedger.Cli.Tests.Registry;

public sealed class RegistryCommandTest : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "carbonledger-cli-registry-" + Guid.NewGuid().ToString("N"));

    public RegistryCommandTest() => Directory.CreateDirectory(folder);

    private string Store => Path.Combine(folder, "registry.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Session()
    {
        Assert.Equal(0, CliRun.Of("registry", "init", "--store", Store, "--registry", "JPN01", "--admin", "JPN01 administrator", "--at", "2026-04-01T09:00:00Z").ExitCode);
        Assert.Equal(0, CliRun.Of("registry", "open-account", "--store", Store, "--op", "open-1", "--account", "1", "--holder", "Government of Japan", "--type", "GovernmentHolding").ExitCode);
        Assert.Equal(0, CliRun.Of("registry", "open-account", "--store", Store, "--op", "open-2", "--account", "2", "--holder", "JPN01 administrator", "--type", "Retirement").ExitCode);
        Assert.Equal(0, CliRun.Of("registry", "open-account", "--store", Store, "--op", "open-3", "--account", "3", "--holder", "JPN01 administrator", "--type", "Cancellation").ExitCode);
        Assert.Equal(0, CliRun.Of("registry", "open-account", "--store", Store, "--op", "open-4", "--account", "4", "--holder", "Mayekawa", "--type", "EntityHolding").ExitCode);
        Assert.Equal(0, CliRun.Of("registry", "issue", "--store", Store, "--op", "issue-1", "--to", "1", "--project", "KZ001", "--vintage", "2025", "--serials", "1-370").ExitCode);
        Assert.Equal(0, CliRun.Of("registry", "transfer", "--store", Store, "--op", "t-1", "--as", "Government of Japan", "--from", "1", "--to", "4", "--quantity", "70").ExitCode);
        Assert.Equal(0, CliRun.Of("registry", "retire", "--store", Store, "--op", "r-1", "--as", "Government of Japan", "--from", "1", "--to", "2", "--quantity", "100", "--beneficiary", "Japan", "--purpose", "NDC").ExitCode);
        Assert.Equal(0, CliRun.Of("registry", "cancel", "--store", Store, "--op", "c-1", "--as", "Mayekawa", "--from", "4", "--to", "3", "--quantity", "5").ExitCode);
    }

    [Fact]
    public void Session_EveryOperationCommitted_BalancesAndVerifyReportThem()
    {
        Session();
        CliRun balances = CliRun.Of("registry", "balances", "--store", Store);
        Assert.Equal(0, balances.ExitCode);
        Assert.Contains("JPN01-1      GovernmentHolding           200 Government of Japan", balances.Output, StringComparison.Ordinal);
        Assert.Contains("JPN01-4      EntityHolding                65 Mayekawa", balances.Output, StringComparison.Ordinal);
        Assert.Contains("issued 370, held 265, reserved 0, retired 100, cancelled 5, conserved", balances.Output, StringComparison.Ordinal);
        CliRun verify = CliRun.Of("registry", "verify", "--store", Store);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("all 9 events are intact and linked", verify.Output, StringComparison.Ordinal);
        CliRun history = CliRun.Of("registry", "history", "--store", Store);
        Assert.Contains("#8 CreditsCancelled c-1 by Mayekawa at 2026-04-01T09:00:00Z", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_NothingWrittenAndOneLineNamingTheRule()
    {
        Session();
        CliRun refused = CliRun.Of("registry", "transfer", "--store", Store, "--op", "t-2", "--as", "Government of Japan", "--from", "1", "--to", "4", "--quantity", "1000");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("error: ", refused.Error, StringComparison.Ordinal);
        Assert.Contains("all 9 events", CliRun.Of("registry", "verify", "--store", Store).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportThenImport_NewStoreWithTheSameHead()
    {
        Session();
        string history = Path.Combine(folder, "history.jsonl");
        string copy = Path.Combine(folder, "copy.db");
        CliRun export = CliRun.Of("registry", "export", "--store", Store, "--out", history);
        Assert.Equal(0, export.ExitCode);
        string head = export.Output.Trim()[(export.Output.Trim().LastIndexOf(' ') + 1)..];
        CliRun import = CliRun.Of("registry", "import", "--store", copy, "--in", history, "--head", head);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains(head, CliRun.Of("registry", "verify", "--store", copy, "--head", head).Output, StringComparison.Ordinal);
        // Importing again into a store that holds a registry is refused.
        Assert.Equal(2, CliRun.Of("registry", "import", "--store", copy, "--in", history).ExitCode);
    }

    [Fact]
    public void Import_TamperedHistory_RefusedNamingTheEventAndNoStoreCreated()
    {
        Session();
        string history = Path.Combine(folder, "history.jsonl");
        Assert.Equal(0, CliRun.Of("registry", "export", "--store", Store, "--out", history).ExitCode);
        File.WriteAllText(history, File.ReadAllText(history).Replace("\"quantity\":70", "\"quantity\":71", StringComparison.Ordinal));
        string copy = Path.Combine(folder, "copy.db");
        CliRun import = CliRun.Of("registry", "import", "--store", copy, "--in", history);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("first bad event #6", import.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(copy));
    }

    [Fact]
    public void Operation_MissingStore_OneLineErrorNamingIt()
    {
        CliRun run = CliRun.Of("registry", "balances", "--store", Store);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Contains(Store, run.Error, StringComparison.Ordinal);
    }
}
