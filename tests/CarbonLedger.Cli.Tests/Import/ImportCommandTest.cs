using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace CarbonLedger.Cli.Tests.Import;

public sealed class ImportCommandTest : IDisposable
{
    private const string VerraHeader =
        "Issuance Date,Sustainable Development Goals,Vintage Start,Vintage End,ID,Name,Country/Area,Project Type,Methodology,Total Vintage Quantity,Quantity Issued,Serial Number,Additional Certifications,Retirement/Cancellation Date,Retirement Beneficiary,Retirement Reason,Retirement Details";

    private const string Verra = VerraHeader + "\n" +
        "2026-04-03,,2020-01-01,2020-12-31,1340,Forest,Ethiopia,AFOLU,VM0015,\"1,000\",425,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,2026-04-10,Example Airline,Environmental Benefit,\n" +
        "2026-04-03,,2020-01-01,2020-12-31,1340,Forest,Ethiopia,AFOLU,VM0015,\"1,000\",575,19386-941467426-941468000-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,,,,\n";

    private const string BadRow =
        "2026-04-03,,2020-01-01,2020-12-31,1340,Forest,Ethiopia,AFOLU,VM0015,\"1,000\",12x,19386-941467426-941468000-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,,,,\n";

    private readonly string dir = Directory.CreateTempSubdirectory("import-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void ImportVerra_CleanExport_PrintsTotalsAndExitsZero()
    {
        string file = Write("verra.csv", Verra);

        CliRun run = CliRun.Of("import", "verra", file);

        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"verra: 2 rows read, 2 kept, 0 refused; 2 records from {file}\n", run.Output);
        Assert.Contains("│ 1340    │    2020 │   1000 │       0 │         0 │                  425 │       575 │", run.Output);
        Assert.Contains("No serial number is counted twice.", run.Output);
    }

    [Fact]
    public void ImportVerra_BadRow_ReportsItGoesOnAndExitsOne()
    {
        string file = Write("verra.csv", Verra + BadRow);

        CliRun run = CliRun.Of("import", "verra", file, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal((3, 2, 1), (root.GetProperty("rowsRead").GetInt32(), root.GetProperty("rowsKept").GetInt32(), root.GetProperty("rowsRefused").GetInt32()));
        JsonElement refused = root.GetProperty("refused")[0];
        Assert.Equal(4, refused.GetProperty("line").GetInt32());
        Assert.Equal("Quantity Issued", refused.GetProperty("column").GetString());
        Assert.Equal("'12x' is not a whole number of credits", refused.GetProperty("message").GetString());
        Assert.Equal(1000, root.GetProperty("totals")[0].GetProperty("issued").GetInt32());
    }

    [Fact]
    public void ImportVerra_StopOnError_ExitsTwoNamingLineAndColumn()
    {
        string file = Write("verra.csv", Verra + BadRow);

        CliRun run = CliRun.Of("import", "verra", file, "--stop-on-error");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {file}: line 4, field 'Quantity Issued': '12x' is not a whole number of credits\n", run.Error);
    }

    [Fact]
    public void ImportGoldStandard_RecordsOption_ListsEachRecord()
    {
        string file = Write("gs.csv",
            "Vintage,Credit Status,Quantity,GSID,Project Name,Issuance Date,Serial Number\n" +
            "2024,Issued,2497,11235,Cook stoves,2026-04-13T12:34:05.247316,GS1-1-UG-GS11235-16-2024-30306-1-2497\n");

        CliRun run = CliRun.Of("import", "gold-standard", file, "--format", "json", "--records");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement record = json.RootElement.GetProperty("records")[0];
        Assert.Equal("issuance", record.GetProperty("type").GetString());
        Assert.Equal("2026-04-13", record.GetProperty("date").GetString());
        Assert.Equal(2497, record.GetProperty("serialEnd").GetInt32());
    }

    [Fact]
    public void ImportAcr_MissingFile_ExitsTwo()
    {
        CliRun run = CliRun.Of("import", "acr", Path.Combine(dir, "none.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("none.csv: file not found\n", run.Error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
