using System;
using System.IO;
using Xunit;

namespace CarbonLedger.Cli.Tests.Report;

public sealed class DocumentCommandsTest(DemoArtefacts demo) : IClassFixture<DemoArtefacts>
{
    private string Out(string name) => demo.File("documents-" + name);

    [Fact]
    public void Html_RegistryWithArticle6File_WritesAReportWhoseChecksPass()
    {
        CliRun run = CliRun.Of("report", "html", demo.File("ledger-KAZ01.jsonl"), "--article6", demo.File("article6-KAZ01.json"),
            "--zone", "Asia/Almaty", "--out", Out("kaz.html"));
        Assert.Equal(0, run.ExitCode);
        string html = File.ReadAllText(Out("kaz.html"));
        Assert.Contains("<section id=\"actions\"", html, StringComparison.Ordinal);
        Assert.Contains("Hash chain of KAZ01 (", html, StringComparison.Ordinal);
        Assert.Contains("class=\"verdict ok\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_JapansHistory_WritesAPdf()
    {
        CliRun run = CliRun.Of("report", "certificate", demo.File("ledger-JPN01.jsonl"), "--out", Out("certificate.pdf"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Certificate of retirement event 6 (5172 credits)", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", File.ReadAllText(Out("certificate.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_HistoryWithoutRetirement_FailsNamingTheFile()
    {
        CliRun run = CliRun.Of("report", "certificate", demo.File("ledger-KAZ01.jsonl"), "--out", Out("none.pdf"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no retirement", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("none.pdf")));
    }

    [Fact]
    public void Certificate_EventThatIsNoRetirement_FailsListingTheRetirements()
    {
        CliRun run = CliRun.Of("report", "certificate", demo.File("ledger-JPN01.jsonl"), "--event", "2", "--out", Out("two.pdf"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--event: event 2 is not a retirement; the retirements are events 6", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Statement_JapanHolding_WritesOpeningMovementsAndClosing()
    {
        CliRun run = CliRun.Of("report", "statement", demo.File("ledger-JPN01.jsonl"), "--account", "JPN01-1", "--from", "2026-01-01",
            "--to", "2026-12-31", "--out", Out("statement.pdf"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Statement of JPN01-1: opening 0, 2 movements, closing 0", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", File.ReadAllText(Out("statement.pdf")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--account", "nope", "--account: 'nope' is not an account id")]
    [InlineData("--account", "JPN01-9", "--account: registry JPN01 has no account JPN01-9")]
    [InlineData("--from", "2026-13-01", "--from: '2026-13-01' is not a date")]
    [InlineData("--to", "2025-01-01", "--to: 2025-01-01 is earlier than --from 2026-01-01")]
    public void Statement_BadOption_FailsNamingIt(string option, string value, string message)
    {
        string[] args = ["report", "statement", demo.File("ledger-JPN01.jsonl"), "--account", "JPN01-1", "--from", "2026-01-01", "--to", "2026-12-31",
            "--out", Out("bad.pdf")];
        int at = Array.IndexOf(args, option);
        args[at + 1] = value;
        CliRun run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Out("bad.pdf")));
    }
}
