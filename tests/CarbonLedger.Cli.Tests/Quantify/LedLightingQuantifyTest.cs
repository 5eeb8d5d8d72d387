using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CarbonLedger.Cli.Tests.Quantify;

public sealed class LedLightingQuantifyTest
{
    private const string Project = """
        {
          "project": "ID012",
          "methodology": { "family": "led-lighting", "id": "ID_AM020", "version": "Ver1.0" },
          "site": { "id": "ID012-LED-1", "timeZone": "Asia/Jakarta" },
          "period": { "start": "2025-03-01", "end": "2025-03-02" },
          "gridEmissionFactor": { "published": "ID", "grid": "Jamali" },
          "lighting": {
            "electricity": { "parameter": "EC", "monitoringOption": "C", "source": "lighting sub-meter", "meterAccuracy": 0.01 },
            "projectEfficacy": { "value": 150, "unit": "lm/W", "source": "LED datasheet" },
            "referenceEfficacy": { "value": 90, "unit": "lm/W", "source": "fluorescent tubes replaced" }
          }
        }
        """;

    // The last reading ends at 18:00 on 2 March: six hours without data, which count as zero (η_PJ > η_RE, reference side).
    private const string Readings = QuantifyCase.Header + """
        EC,2025-03-01T00:00:00+07:00,2025-03-01T12:00:00+07:00,120050.5,kWh
        EC,2025-03-01T12:00:00+07:00,2025-03-02T00:00:00+07:00,98025.25,kWh
        EC,2025-03-02T00:00:00+07:00,2025-03-02T18:00:00+07:00,101000,kWh

        """;

    // RE_p = EC_PJ,p × (η_PJ ÷ η_RE) × EF_elec, PE_p = EC_PJ,p × EF_elec, with EC_PJ,p in MWh reduced by the 1 % meter
    // error and EF_elec the published Jamali factor for grid-connected sites, 0.619 tCO2/MWh.
    private static (decimal Re, decimal Pe, decimal Er) Expected()
    {
        decimal consumption = (120050.5m + 98025.25m + 101000m) * 0.001m;
        consumption -= consumption * 0.01m;
        decimal re = consumption * (150m / 90m) * 0.619m;
        decimal pe = consumption * 0.619m;
        return (re, pe, re - pe);
    }

    [Fact]
    public void Quantify_LedLightingProject_GivesTheFormulaResult()
    {
        using var files = new QuantifyCase(Project, Readings);
        (decimal re, decimal pe, decimal er) = Expected();

        CliRun run = files.Run("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("ID_AM020", root.GetProperty("methodology").GetString());
        Assert.Equal(re, root.GetProperty("referenceEmissionsTonnes").GetDecimal());
        Assert.Equal(pe, root.GetProperty("projectEmissionsTonnes").GetDecimal());
        Assert.Equal(er, root.GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.Equal((long)decimal.Floor(er), root.GetProperty("credits").GetInt64());
        Assert.Equal(130, root.GetProperty("credits").GetInt64());
        JsonElement vintage = Assert.Single(root.GetProperty("vintages").EnumerateArray());
        Assert.Equal(2025, vintage.GetProperty("year").GetInt32());
        string[] symbols = root.GetProperty("trace").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("symbol").GetString()!).ToArray();
        Assert.Equal(["EF_elec", "η_PJ", "η_RE", "EC_PJ,p"], symbols);
        string[] corrections = root.GetProperty("trace").GetProperty("corrections").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal(["MaximumPermissibleError", "MissingDataCountedAsZero"], corrections);
    }

    [Fact]
    public void Quantify_LedLightingTable_PrintsFactorsCreditsAndTrace()
    {
        using var files = new QuantifyCase(Project, Readings);

        CliRun withTrace = files.Run();
        CliRun noTrace = files.Run("--no-trace");

        Assert.Equal(0, withTrace.ExitCode);
        Assert.Contains("Project ID012; grid emission factor ID Jamali, 3 Nusa, Karimun Jawa: case 1 0.619, case 2 0.533 tCO2e/MWh; EF_elec is case 1, grid-connected", withTrace.Output);
        Assert.Contains("  luminous efficacy: project 150 lm/W, reference 90 lm/W", withTrace.Output);
        Assert.Contains("Creditable tonnes: 130 (ER rounded down to whole tonnes", withTrace.Output);
        Assert.Contains("RE_p = EC_PJ,p × (η_PJ ÷ η_RE) × EF_elec", withTrace.Output);
        Assert.Equal(0, noTrace.ExitCode);
        Assert.Contains("Creditable tonnes: 130 (", noTrace.Output);
        Assert.DoesNotContain("Trace (whole period):", noTrace.Output);
        Assert.DoesNotContain("RE_p = ", noTrace.Output);
    }

    [Fact]
    public void Quantify_CaptiveSite_UsesTheCase2Factor()
    {
        using var files = new QuantifyCase(
            Project.Replace("\"grid\": \"Jamali\" }", "\"grid\": \"Jamali\", \"connection\": \"captive-or-isolated\" }", StringComparison.Ordinal), Readings);
        decimal consumption = (120050.5m + 98025.25m + 101000m) * 0.001m;
        consumption -= consumption * 0.01m;
        decimal expected = (consumption * (150m / 90m) * 0.533m) - (consumption * 0.533m);

        CliRun run = files.Run("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(expected, json.RootElement.GetProperty("emissionReductionsTonnes").GetDecimal());
    }

    [Fact]
    public void Quantify_MissingLightingObject_NamesTheField()
    {
        string project = Project[..Project.IndexOf(",\n  \"lighting\"", StringComparison.Ordinal)] + "\n}\n";
        using var files = new QuantifyCase(project, Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {files.Project}: line 1, field 'lighting': is required\n", run.Error);
    }

    [Fact]
    public void Quantify_MissingParameterSymbol_NamesThePath()
    {
        using var files = new QuantifyCase(Project.Replace("\"parameter\": \"EC\", ", string.Empty, StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"electricity\"", "lighting.electricity.parameter", "is required"), run.Error);
    }

    [Fact]
    public void Quantify_ZeroReferenceEfficacy_IsRefusedWithTheRule()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 90,", "\"value\": 0,", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"referenceEfficacy\"", "lighting.referenceEfficacy.value",
            "the reference lighting's luminous efficacy η_RE must be positive, because the formula divides by it; it is 0"), run.Error);
    }

    [Fact]
    public void Quantify_NegativeProjectEfficacy_IsRefused()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 150,", "\"value\": -150,", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"projectEfficacy\"", "lighting.projectEfficacy.value",
            "the project lighting's luminous efficacy η_PJ must not be negative; it is -150"), run.Error);
    }

    [Fact]
    public void Quantify_EfficacyInWatts_IsAWrongUnit()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 150, \"unit\": \"lm/W\"", "\"value\": 150, \"unit\": \"W\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"projectEfficacy\"", "lighting.projectEfficacy.unit",
            "wrong unit 'W': the project lighting's luminous efficacy η_PJ is a luminous efficacy, given in lm/W"), run.Error);
    }

    [Fact]
    public void Quantify_ElectricityReadInCubicMetres_NamesLineAndParameter()
    {
        using var files = new QuantifyCase(Project, Readings.Replace("kWh", "m3", StringComparison.Ordinal));

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ReadingsError(2, "unit",
            "wrong unit for EC: Mismatched units: EC feeds EC_PJ,p, the LED lighting's electricity consumption (lighting.electricity), " +
            "which is an energy in watt-hours (Wh, kWh, MWh or GWh); 'm3' is a fuel volume"), run.Error);
    }

    [Fact]
    public void Quantify_ReadingOfAnUndeclaredSymbol_NamesLineAndParameter()
    {
        using var files = new QuantifyCase(Project, Readings.Replace("EC,2025-03-02", "EC_2,2025-03-02", StringComparison.Ordinal));

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ReadingsError(4, "parameter", "unknown parameter 'EC_2'; the project file declares 'EC'"), run.Error);
    }

    [Fact]
    public void Quantify_LessEfficientLightingWithAGapAndNoDefault_AsksForOne()
    {
        // With η_PJ < η_RE the consumption counts against the project, so the six hours without data must be filled.
        using var files = new QuantifyCase(Project.Replace("\"value\": 150,", "\"value\": 60,", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {files.Readings}: Project-side parameter EC_PJ,p of ID_AM020 Ver1.0 has 1 gap(s) without readings totalling 6 h", run.Error);
        Assert.EndsWith($"; complete the readings of EC or give lighting.electricity.gapDefault in {files.Project}\n", run.Error);
    }

    [Fact]
    public void Quantify_LessEfficientLightingWithAGapDefault_FillsTheGap()
    {
        string project = Project
            .Replace("\"value\": 150,", "\"value\": 60,", StringComparison.Ordinal)
            .Replace("\"meterAccuracy\": 0.01 }", "\"meterAccuracy\": 0.01, \"gapDefault\": { \"value\": 4.5, \"unit\": \"kW\", \"source\": \"installed LED power\" } }", StringComparison.Ordinal);
        using var files = new QuantifyCase(project, Readings);
        // Project side: the meter error raises the consumption, and 6 h × 4.5 kW fill the gap.
        decimal consumption = (120050.5m + 98025.25m + 101000m) * 0.001m;
        consumption += consumption * 0.01m;
        consumption += 4.5m * 0.001m * 6m;
        decimal expected = (consumption * (60m / 90m) * 0.619m) - (consumption * 0.619m);

        CliRun run = files.Run("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(expected, json.RootElement.GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.True(expected < 0m);
        Assert.Equal(0, json.RootElement.GetProperty("credits").GetInt64());
    }
}
