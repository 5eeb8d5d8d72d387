using System.IO;
using System.Text.Json;
using Xunit;

namespace CarbonLedger.Cli.Tests.Quantify;

[Collection(ExampleCollection.Name)]
public sealed class QuantifyCommandTest(ExampleFiles examples)
{
    private const string ReadingsHeader = "parameter,start,end,amount,unit\n";

    [Fact]
    public void Quantify_ExampleFiles_GivesTheDemoFigures()
    {
        CliRun run = CliRun.Of("quantify", examples.Project, examples.Readings);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("│ 2025    │ 2025-07-01..2025-12-31 │  4,911.825233538 │          0 │  4,911.825233538 │   4,912 │", run.Output);
        Assert.Contains("│ 2026    │ 2026-01-01..2026-06-30 │  5,431.475688519 │          0 │  5,431.475688519 │   5,431 │", run.Output);
        Assert.Contains("Creditable tonnes: 10,343 (ER rounded down to whole tonnes, the conservative JCM rule", run.Output);
        Assert.Contains("EG_1,p: MaximumPermissibleError", run.Output);
        Assert.Contains("Credits_p = max(0, ⌊ER_p⌋)", run.Output);
    }

    [Fact]
    public void Quantify_JsonFormat_HasCreditsVintagesAndTraces()
    {
        CliRun run = CliRun.Of("quantify", examples.Project, examples.Readings, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(10343, json.RootElement.GetProperty("credits").GetInt64());
        Assert.Equal(10343.300922057m, json.RootElement.GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.Equal(4912, json.RootElement.GetProperty("vintages")[0].GetProperty("credits").GetInt64());
        Assert.Equal("RE_p", json.RootElement.GetProperty("trace").GetProperty("steps")[0].GetProperty("symbol").GetString());
    }

    [Fact]
    public void Quantify_MissingProjectFile_NamesTheFile()
    {
        string missing = Path.Combine(examples.Directory, "nope.json");

        CliRun run = CliRun.Of("quantify", missing, examples.Readings);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {missing}: file not found\n", run.Error);
    }

    [Fact]
    public void Quantify_MalformedCsvLine_NamesTheLine()
    {
        string readings = examples.Write("readings.csv",
            ReadingsHeader + "EG_1,2025-07-01T00:00:00+05:00,2025-07-01T00:15:00+05:00,1.5,kWh\nEG_1,2025-07-01T00:15:00+05:00,2.5\n");

        CliRun run = CliRun.Of("quantify", examples.Project, readings);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {readings}: line 3: malformed line: expected 5 fields (parameter,start,end,amount,unit), found 3\n", run.Error);
    }

    [Fact]
    public void Quantify_BadAmount_NamesLineAndField()
    {
        string readings = examples.Write("readings.csv", ReadingsHeader + "EG_1,2025-07-01T00:00:00+05:00,2025-07-01T00:15:00+05:00,1,5,kWh\n");

        CliRun run = CliRun.Of("quantify", examples.Project, readings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {readings}: line 2: malformed line: expected 5 fields", run.Error);
    }

    [Fact]
    public void Quantify_UnknownUnit_NamesLineAndField()
    {
        string readings = examples.Write("readings.csv", ReadingsHeader + "EG_1,2025-07-01T00:00:00+05:00,2025-07-01T00:15:00+05:00,1.5,kWhh\n");

        CliRun run = CliRun.Of("quantify", examples.Project, readings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {readings}: line 2, field 'unit': wrong unit 'kWhh'; a reading is in one of Wh, kWh, MWh", run.Error);
    }

    [Fact]
    public void Quantify_MassUnitForElectricity_IsAWrongUnit()
    {
        string readings = examples.Write("readings.csv", ReadingsHeader + "EG_1,2025-07-01T00:00:00+05:00,2025-07-01T00:15:00+05:00,1.5,kg\n");

        CliRun run = CliRun.Of("quantify", examples.Project, readings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {readings}: line 2, field 'unit': wrong unit for EG_1: Mismatched units", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Quantify_ReadingOutsideThePeriod_NamesLineAndField()
    {
        string readings = examples.Write("readings.csv", ReadingsHeader + "EG_1,2025-06-30T23:45:00+05:00,2025-07-01T00:00:00+05:00,1.5,kWh\n");

        CliRun run = CliRun.Of("quantify", examples.Project, readings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {readings}: line 2, field 'start': the reading lies outside the monitoring period 2025-07-01..2026-06-30", run.Error);
    }

    [Fact]
    public void Quantify_UnknownMethodologyFamily_NamesLineAndField()
    {
        string project = examples.Write("project.json", File.ReadAllText(examples.Project).Replace("\"solar-pv\"", "\"wind-farm\"", System.StringComparison.Ordinal));

        CliRun run = CliRun.Of("quantify", project, examples.Readings);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {project}: line 5, field 'methodology.family': unknown methodology family 'wind-farm'; supported families: solar-pv, led-lighting, high-efficiency-chiller, absorption-chiller, fuel-efficiency; built-in methodologies: MN_AM003 Ver2.0 (solar-pv), TH_AM005 Ver3.0 (high-efficiency-chiller)\n", run.Error);
    }

    [Fact]
    public void Quantify_UnknownMethodologyWithoutFamily_NamesLineAndField()
    {
        string project = examples.Write("project.json", "{\n  \"project\": \"KZ001\",\n  \"methodology\": {\n    \"id\": \"KZ_AM999\"\n  }\n}\n");

        CliRun run = CliRun.Of("quantify", project, examples.Readings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {project}: line 4, field 'methodology.id': unknown methodology 'KZ_AM999'", run.Error);
    }

    [Fact]
    public void Quantify_WrongGridFactorUnit_NamesLineAndField()
    {
        string project = examples.Write("project.json", File.ReadAllText(examples.Project).Replace("\"tCO2/MWh\"", "\"tCO2/GJ\"", System.StringComparison.Ordinal));

        CliRun run = CliRun.Of("quantify", project, examples.Readings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {project}: line 21, field 'gridEmissionFactor.unit': wrong unit 'tCO2/GJ'", run.Error);
    }

    [Fact]
    public void Quantify_PublishedFactorForKazakhstan_IsRefused()
    {
        string project = examples.Write("project.json", File.ReadAllText(examples.Project)
            .Replace("\"value\": 0.600,", "\"published\": \"KZ\",", System.StringComparison.Ordinal));

        CliRun run = CliRun.Of("quantify", project, examples.Readings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No JCM grid emission factor is published for Kazakhstan (KZ); CarbonLedger will not invent one", run.Error);
    }

    [Fact]
    public void Quantify_MalformedJson_NamesTheLine()
    {
        string project = examples.Write("project.json", "{\n  \"project\": \"KZ001\",\n  \"methodology\": \n}\n");

        CliRun run = CliRun.Of("quantify", project, examples.Readings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {project}: line 4: not valid JSON", run.Error);
    }

    [Fact]
    public void Quantify_ErrorWithVerbose_PrintsTheStackTrace()
    {
        string missing = Path.Combine(examples.Directory, "nope.json");

        CliRun quiet = CliRun.Of("quantify", missing, examples.Readings);
        CliRun verbose = CliRun.Of("quantify", missing, examples.Readings, "--verbose");

        Assert.DoesNotContain("   at ", quiet.Error);
        Assert.Contains("   at ", verbose.Error);
        Assert.Equal(2, verbose.ExitCode);
    }
}
