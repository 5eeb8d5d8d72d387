using System;
using System.IO;
using Xunit;

namespace CarbonLedger.Cli.Tests.Report;

public sealed class ReportCommandTest(DemoArtefacts demo) : IClassFixture<DemoArtefacts>
{
    private CliRun Aef(string registry, string zone, params string[] more) => AefIn(registry, zone, "2026", more);

    private CliRun AefIn(string registry, string zone, string year, params string[] more) =>
        CliRun.Of(["report", "aef", demo.File($"ledger-{registry}.jsonl"), demo.File($"article6-{registry}.json"), "--year", year, "--zone", zone, .. more]);

    [Fact]
    public void Demo_Out_WritesEachPartysArticle6File()
    {
        string kaz = File.ReadAllText(demo.File("article6-KAZ01.json"));
        Assert.StartsWith("{\"approaches\":[{\"id\":\"CA0028\"", kaz, StringComparison.Ordinal);
        Assert.Contains("\"authorizations\":[{\"id\":\"KAZ-JCM-2026-001\"", kaz, StringComparison.Ordinal);
        Assert.Contains("\"actions\":[{\"sequence\":0,\"party\":\"KAZ\"", kaz, StringComparison.Ordinal);
        Assert.True(File.Exists(demo.File("article6-JPN01.json")));
    }

    [Theory]
    [InlineData("KAZ01", "Asia/Almaty", "authorizations", "aef-KAZ01-authorizations")]
    [InlineData("KAZ01", "Asia/Almaty", "actions", "aef-KAZ01-actions-2026")]
    [InlineData("KAZ01", "Asia/Almaty", "holdings", "aef-KAZ01-holdings-2026")]
    [InlineData("JPN01", "Asia/Tokyo", "authorizations", "aef-JPN01-authorizations")]
    [InlineData("JPN01", "Asia/Tokyo", "actions", "aef-JPN01-actions-2026")]
    [InlineData("JPN01", "Asia/Tokyo", "holdings", "aef-JPN01-holdings-2026")]
    public void Aef_DemoFiles_SameBytesAsTheDemoWrote(string registry, string zone, string table, string file)
    {
        CliRun csv = Aef(registry, zone, "--table", table);
        CliRun json = Aef(registry, zone, "--table", table, "--format", "json");

        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(string.Empty, csv.Error);
        Assert.Equal(File.ReadAllText(demo.File(file + ".csv")), csv.Output);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(File.ReadAllText(demo.File(file + ".json")), json.Output);
    }

    [Fact]
    public void Aef_AllTables_KeyFiguresAndByteIdenticalRerun()
    {
        CliRun first = Aef("JPN01", "Asia/Tokyo");
        CliRun second = Aef("JPN01", "Asia/Tokyo");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        string[] lines = first.Output.Split("\r\n");
        Assert.Equal("# Authorizations", lines[0]);
        Assert.StartsWith("Reporting Party,Authorization ID,Cooperative approach ID,", lines[1], StringComparison.Ordinal);
        Assert.Contains("# Actions", lines);
        Assert.Contains("# Holdings", lines);
        Assert.Contains(lines, l => l.StartsWith("JPN,CA0028,CA0028-KAZ01-KZ001-2025-1-2456,1,2456,KAZ01,JCM,KZ001,2025,2026-10-15,Acquisition,,KAZ,JPN,,KAZ-JCM-2026-001,NDC,KAZ,,,GHG,2456,2456,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("JPN,CA0028,CA0028-KAZ01-KZ001-2026-4913-7628,4913,7628,KAZ01,JCM,KZ001,2026,2026-12-10,Use,,,,JPN,KAZ-JCM-2026-001,NDC,KAZ,NDC,2026,GHG,2716,2716,", StringComparison.Ordinal));
        Assert.Contains("JPN,JPN01,2026-12-31,JPN01-3,Retirement,CA0028,CA0028-KAZ01-KZ001-2025-1-2456,1,2456,KAZ01,JCM,KZ001,2025,KAZ-JCM-2026-001,KAZ,NDC,Yes,GHG,2456", lines);

        CliRun json = Aef("KAZ01", "Asia/Almaty", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        Assert.StartsWith("{\"authorizations\":[{", json.Output, StringComparison.Ordinal);
        Assert.Contains("],\"actions\":[{", json.Output, StringComparison.Ordinal);
        Assert.EndsWith("]}\n", json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Aef_YearWithoutActions_HeaderOnly()
    {
        CliRun run = AefIn("KAZ01", "Asia/Almaty", "2027", "--table", "actions");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Aef_MissingArticle6File_NamesTheFile()
    {
        string missing = Path.Combine(demo.Directory, "none.json");
        CliRun run = CliRun.Of("report", "aef", demo.File("ledger-KAZ01.jsonl"), missing, "--year", "2026");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {missing}: file not found\n", run.Error);
    }

    [Theory]
    [InlineData("bad-sequence.json", "{\"approaches\":[],\n\"authorizations\":[],\n\"actions\":[{\"sequence\":\"zero\"}]}", ": line 3, field 'actions[0].sequence': not a valid Article 6 file: ", "sequence")]
    [InlineData("no-actions.json", "{\"approaches\":[],\"authorizations\":[]}", ": line 1: not a valid Article 6 file: ", "missing required properties including: 'actions'")]
    [InlineData("not-json.json", "{\"approaches\":[", ": line 1: not a valid Article 6 file: ", "open JSON object or array")]
    public void Aef_MalformedArticle6File_OneLineNamingTheFileLineAndField(string name, string text, string expected, string mention)
    {
        string bad = Path.Combine(demo.Directory, name);
        File.WriteAllText(bad, text);

        CliRun run = CliRun.Of("report", "aef", demo.File("ledger-KAZ01.jsonl"), bad, "--year", "2026");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {bad}{expected}", run.Error, StringComparison.Ordinal);
        Assert.Contains(mention, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Aef_JournalOfAnotherParty_Refused()
    {
        CliRun run = CliRun.Of("report", "aef", demo.File("ledger-KAZ01.jsonl"), demo.File("article6-JPN01.json"), "--year", "2026");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {demo.File("article6-JPN01.json")}: field 'actions': does not follow the ledger history: Journal entry 0 ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1989")]
    [InlineData("9999")]
    public void Aef_YearOutOfRange_NamesTheOption(string year)
    {
        CliRun run = AefIn("KAZ01", "Asia/Almaty", year);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --year: {year} is out of range; a reporting year is 1990 to 9998\n", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Aef_UnknownZone_NamesTheOption()
    {
        CliRun run = Aef("KAZ01", "Mars/Olympus");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --zone: unknown time zone 'Mars/Olympus'", run.Error, StringComparison.Ordinal);
    }
}
