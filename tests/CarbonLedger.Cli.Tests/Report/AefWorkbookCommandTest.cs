using System;
using System.IO;
using System.Linq;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Reporting.Xlsx;
using Xunit;

namespace CarbonLedger.Cli.Tests.Report;

public sealed class AefWorkbookCommandTest(DemoArtefacts demo) : IClassFixture<DemoArtefacts>
{
    private CliRun Xlsx(string registry, string zone, string output, params string[] more) =>
        CliRun.Of(["report", "aef", demo.File($"ledger-{registry}.jsonl"), demo.File($"article6-{registry}.json"), "--year", "2026", "--zone", zone,
            "--format", "xlsx", "--out", output, .. more]);

    private CliRun Check(string registry, string zone, params string[] more) =>
        CliRun.Of(["report", "check", demo.File($"ledger-{registry}.jsonl"), demo.File($"article6-{registry}.json"), "--year", "2026", "--zone", zone, .. more]);

    [Fact]
    public void AefXlsx_DemoFiles_SameSheetsAsTheDemoWorkbook()
    {
        string output = demo.File("cli-KAZ01.xlsx");

        CliRun run = Xlsx("KAZ01", "Asia/Almaty", output, "--submission", demo.File("submission-KAZ01.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{output}: Submission, Authorizations, Actions, Holdings, Authorized entities\n", run.Output);
        var written = AefWorkbook.Read(output);
        var demoWorkbook = AefWorkbook.Read(demo.File("aef-KAZ01-2026.xlsx"));
        Assert.Equal(demoWorkbook.Select(t => t.EnumerateTextRows().Select(r => string.Join("|", r)).ToArray()),
            written.Select(t => t.EnumerateTextRows().Select(r => string.Join("|", r)).ToArray()));
        Assert.Equal(4, written[(int)AefTableKind.Actions].EnumerateTextRows().Count());
    }

    [Fact]
    public void AefXlsx_WithoutSubmission_BadInputNamingOption()
    {
        CliRun run = Xlsx("KAZ01", "Asia/Almaty", demo.File("none.xlsx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--submission", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(demo.File("none.xlsx")));
    }

    [Theory]
    [InlineData("KAZ01", "Asia/Almaty")]
    [InlineData("JPN01", "Asia/Tokyo")]
    public void Check_DemoWorkbooks_PassWithExitZero(string registry, string zone)
    {
        CliRun run = Check(registry, zone, "--workbook", demo.File($"aef-{registry}-2026.xlsx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings\n", run.Output);
    }

    [Fact]
    public void Check_EditedWorkbook_ExitOneWithFindingsAndWarningsApart()
    {
        var tables = AefWorkbook.Read(demo.File("aef-KAZ01-2026.xlsx")).ToList();
        string[][] actions = tables[(int)AefTableKind.Actions].EnumerateTextRows().Select(r => r.ToArray()).ToArray();
        actions[0][AefTable.ColumnsOf(AefTableKind.Actions).ToList().IndexOf("Action type")] = "Issued";
        tables[(int)AefTableKind.Actions] = AefTable.FromText(AefTableKind.Actions, actions);
        string[][] submission = tables[0].EnumerateTextRows().Select(r => r.ToArray()).ToArray();
        submission[0][5] = "nobody";
        tables[0] = AefTable.FromText(AefTableKind.Submission, submission);
        string edited = demo.File("edited-KAZ01.xlsx");
        using (var stream = File.Create(edited))
        {
            AefWorkbook.Write(tables, stream);
        }

        CliRun run = Check("KAZ01", "Asia/Almaty", "--workbook", edited);

        Assert.Equal(1, run.ExitCode);
        string[] lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("error Actions row 1 'Action type' [vocabulary]: 'Issued' is not in the nomenclature", lines[0], StringComparison.Ordinal);
        Assert.Equal("Warnings:", lines[^3]);
        Assert.Equal("warning Submission row 1 'Contact e-mail' [contact-email]: 'nobody' does not look like an e-mail address", lines[^2]);
        Assert.Matches(@"^\d+ errors, 1 warnings$", lines[^1]);
    }

    [Fact]
    public void Check_NotAWorkbook_BadInputNamingFile()
    {
        string file = demo.File("article6-KAZ01.json");

        CliRun run = Check("KAZ01", "Asia/Almaty", "--workbook", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Not an .xlsx workbook", run.Error, StringComparison.Ordinal);
    }
}
