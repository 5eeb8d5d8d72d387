using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CarbonLedger.Cli.Tests.Scenario;

[Collection(ExampleCollection.Name)]
public sealed class DemoCommandTest(ExampleFiles examples)
{
    [Fact]
    public void Demo_Default_PrintsTheScenarioWithKeyFigures()
    {
        string output = examples.DemoRun.Output;

        Assert.Contains("Kazakhstan (KAZ), the 28th JCM partner country (seed article)", output);
        Assert.Contains("Kazakhstan: partner 28, signing date not published", output);
        Assert.Contains("ILLUSTRATIVE ASSUMPTION: no JCM factor for Kazakhstan exists; not official", output);
        Assert.Contains("35,040 readings of 15 minutes", output);
        Assert.Contains("time zone Asia/Almaty", output);
        Assert.Contains("│ Period  │ 2025-07-01..2026-06-30 │ 10,343.300922057 │          0 │ 10,343.300922057 │  10,343 │", output);
        Assert.Contains("JCM-KAZ01-KZ001-20260101_20260630-1-4913-7628", output);
        Assert.Contains("│ Government of Japan         │ -     │            1/2 │               2,715.5 │   2,716 │ up (+1)", output);
        Assert.Contains("│ Kazakhstan (KAZ) │ 2025 │                                   2,456 │                                       0 │ +2,456 │", output);
        Assert.Contains("│ Japan (JPN)      │ 2026 │                                       0 │                                   5,172 │ -5,172 │", output);
        Assert.Contains("KAZ,CA0028,CA0028-KAZ01-KZ001-2026-4913-7628,4913,7628,KAZ01,JCM,KZ001,2026,2026-10-15,First transfer,First transfer to another Party,KAZ,JPN,", output);
        Assert.Contains("JPN,CA0028,CA0028-KAZ01-KZ001-2025-1-2456,1,2456,KAZ01,JCM,KZ001,2025,2026-12-10,Use,,,,JPN,KAZ-JCM-2026-001,NDC,KAZ,NDC,2026,GHG,2456,", output);
        Assert.Contains("about USD 200 million (seed article): 2/5 = 40 %", output);
        Assert.Contains("Example inputs written to", output);
        Assert.DoesNotContain("│ NO", output);
        Assert.Equal(string.Empty, examples.DemoRun.Error);
    }

    [Fact]
    public void Demo_EveryIllustrativeInput_IsLabelled()
    {
        string output = examples.DemoRun.Output;
        string[] mustBeLabelled = ["Signed on", "Capacity", "Crediting period", "Grid emission factor", "Meter accuracy", "Financial support", "Readings  "];
        foreach (string field in mustBeLabelled)
        {
            string line = output.Split('\n').First(l => l.Contains("│ " + field, StringComparison.Ordinal));
            Assert.Contains("ILLUSTRATIVE", line);
        }
    }

    [Fact]
    public void Demo_RunTwiceWithArtefacts_IsByteIdentical()
    {
        string first = Path.Combine(examples.Directory, "out-1");
        string second = Path.Combine(examples.Directory, "out-2");

        CliRun a = CliRun.Of("demo", "--out", first);
        CliRun b = CliRun.Of("demo", "--out", second);

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Output.Replace(first, "DIR", StringComparison.Ordinal), b.Output.Replace(second, "DIR", StringComparison.Ordinal));
        string[] files = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(22, files.Length);
        Assert.Contains("certificate-JPN01-6.pdf", files);
        Assert.Contains("statement-JPN01-1.pdf", files);
        Assert.Contains("report.html", files);
        Assert.Contains("article6-KAZ01.json", files);
        Assert.Contains("article6-JPN01.json", files);
        Assert.Contains("aef-KAZ01-actions-2026.csv", files);
        Assert.Contains("aef-JPN01-holdings-2026.json", files);
        Assert.Contains("ledger-KAZ01.jsonl", files);
        foreach (string name in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
        }
        Assert.Contains("\"credits\": 10343", File.ReadAllText(Path.Combine(first, "quantification.json")));
        string adjustments = File.ReadAllText(Path.Combine(first, "corresponding-adjustments.csv"));
        Assert.StartsWith("party,year,added,subtracted,net,applied\r\n", adjustments);
        Assert.Contains("\r\nKAZ,2025,2456,0,2456,2456\r\n", adjustments);
        Assert.Contains("\r\nJPN,2026,0,5172,-5172,-5172\r\n", adjustments);
        Assert.Contains("\"credits\": 10343", File.ReadAllText(Path.Combine(first, "issuance.json")));
    }
}
