using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CarbonLedger.Cli.Tests.Quantify;

public sealed class HighEfficiencyChillerQuantifyTest
{
    private const string Project = """
        {
          "project": "TH005",
          "methodology": { "id": "TH_AM005" },
          "site": { "id": "TH005-CH", "timeZone": "Asia/Bangkok" },
          "period": { "start": "2025-12-31", "end": "2026-01-01" },
          "gridEmissionFactor": { "value": 520, "unit": "gCO2/kWh", "grid": "Thai national grid", "source": "test value" },
          "chillers": [
            {
              "name": "CH-1",
              "electricity": { "parameter": "EC_1", "source": "chiller meter", "meterAccuracy": 0.005 },
              "projectCop": { "value": 6.2, "unit": "1", "source": "performance test" },
              "referenceCop": { "value": 4.9, "unit": "1", "source": "reference default" }
            },
            {
              "name": "CH-2",
              "electricity": { "parameter": "EC_2", "gapDefault": { "value": 350, "unit": "kW", "source": "rated input power" } },
              "projectCop": { "value": 5.8, "unit": "1", "source": "performance test" },
              "referenceCop": { "value": 5.0, "unit": "1", "source": "reference default" }
            }
          ]
        }
        """;

    private const string Readings = QuantifyCase.Header + """
        EC_1,2025-12-31T00:00:00+07:00,2026-01-01T00:00:00+07:00,48000,kWh
        EC_1,2026-01-01T00:00:00+07:00,2026-01-02T00:00:00+07:00,51005,kWh
        EC_2,2025-12-31T00:00:00+07:00,2026-01-01T00:00:00+07:00,32,MWh
        EC_2,2026-01-01T00:00:00+07:00,2026-01-02T00:00:00+07:00,33.5,MWh

        """;

    // RE = Σ_i EC_PJ,i × (COP_PJ,i ÷ COP_RE,i) × EF_elec, PE = Σ_i EC_PJ,i × EF_elec; EC_PJ,1 (kWh → MWh) is reduced by
    // its 0.5 % meter error (both COP ratios exceed 1, so both consumptions raise the reductions); EF_elec 520 gCO2/kWh.
    private static decimal Reductions(decimal kilowattHours1, decimal megawattHours2)
    {
        decimal factor = 520m * 0.001m;
        decimal ec1 = kilowattHours1 * 0.001m;
        ec1 -= ec1 * 0.005m;
        decimal ec2 = megawattHours2;
        decimal re = (ec1 * (6.2m / 4.9m) * factor) + (ec2 * (5.8m / 5.0m) * factor);
        decimal pe = (ec1 * factor) + (ec2 * factor);
        return re - pe;
    }

    [Fact]
    public void Quantify_ChillerProjectOverNewYear_GivesTheFormulaResultPerVintage()
    {
        using var files = new QuantifyCase(Project, Readings);
        decimal period = Reductions(48000m + 51005m, 32m + 33.5m);
        decimal in2025 = Reductions(48000m, 32m);
        decimal in2026 = Reductions(51005m, 33.5m);

        CliRun run = files.Run("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("TH_AM005", root.GetProperty("methodology").GetString());
        Assert.Equal("Ver3.0", root.GetProperty("methodologyVersion").GetString());
        Assert.Equal(period, root.GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.Equal((long)decimal.Floor(period), root.GetProperty("credits").GetInt64());
        Assert.Equal("MeterReadings", root.GetProperty("vintageBasis").GetString());
        JsonElement[] vintages = root.GetProperty("vintages").EnumerateArray().ToArray();
        Assert.Equal([2025, 2026], vintages.Select(v => v.GetProperty("year").GetInt32()));
        Assert.Equal(in2025, vintages[0].GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.Equal(in2026, vintages[1].GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.Equal(root.GetProperty("credits").GetInt64(), vintages.Sum(v => v.GetProperty("credits").GetInt64()));
        string[] symbols = root.GetProperty("trace").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("symbol").GetString()!).ToArray();
        Assert.Equal(["EF_elec", "COP_PJ,1", "COP_RE,1", "EC_PJ,1,p", "COP_PJ,2", "COP_RE,2", "EC_PJ,2,p"], symbols);
    }

    [Fact]
    public void Quantify_ChillerTable_PrintsTheUnitsAndHonoursNoTrace()
    {
        using var files = new QuantifyCase(Project, Readings);

        CliRun withTrace = files.Run();
        CliRun noTrace = files.Run("--no-trace");

        Assert.Equal(0, withTrace.ExitCode);
        Assert.Contains("Project TH005; grid emission factor TH Thai national grid: case 1 0.52 tCO2e/MWh; EF_elec is case 1, grid-connected", withTrace.Output);
        Assert.Contains("  CH-2: COP project 5.8, reference 5", withTrace.Output);
        Assert.Contains("RE_p = Σ_i EC_PJ,i,p × (COP_PJ,i ÷ COP_RE,i) × EF_elec", withTrace.Output);
        Assert.Equal(0, noTrace.ExitCode);
        Assert.Contains("Creditable tonnes: ", noTrace.Output);
        Assert.DoesNotContain("Trace (whole period):", noTrace.Output);
    }

    [Fact]
    public void Quantify_NoChillers_IsRefused()
    {
        string project = Project[..Project.IndexOf("\"chillers\"", StringComparison.Ordinal)] + "\"chillers\": []\n}\n";
        using var files = new QuantifyCase(project, Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"chillers\"", "chillers", "give at least one chiller or air conditioner"), run.Error);
    }

    [Fact]
    public void Quantify_NegativeReferenceCop_IsRefused()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 5.0,", "\"value\": -5.0,", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("-5.0", "chillers[1].referenceCop.value",
            "the reference COP COP_RE,2 of 'CH-2' must not be negative; it is -5"), run.Error);
    }

    [Fact]
    public void Quantify_CopInKilowatts_IsAWrongUnit()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 6.2, \"unit\": \"1\"", "\"value\": 6.2, \"unit\": \"kW\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("6.2", "chillers[0].projectCop.unit", "wrong unit 'kW': the project COP COP_PJ,1 of 'CH-1' is a pure number, given in 1 or %"), run.Error);
    }

    [Fact]
    public void Quantify_OneSymbolForTwoChillers_NamesBothPaths()
    {
        using var files = new QuantifyCase(Project.Replace("\"parameter\": \"EC_2\"", "\"parameter\": \"EC_1\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"gapDefault\"", "chillers[1].electricity.parameter",
            "parameter 'EC_1' already feeds EC_PJ,1,p (chillers[0].electricity); give each monitored quantity its own readings symbol"), run.Error);
    }

    [Fact]
    public void Quantify_ZeroGapDefault_IsRefusedWithTheRule()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 350,", "\"value\": 0,", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"gapDefault\"", "chillers[1].electricity.gapDefault.value",
            "the gap default P_rated,2 of EC_PJ,2,p must be positive, because a zero default would fill missing project-side data in the project's favour; it is 0"),
            run.Error);
    }

    [Fact]
    public void Quantify_MeterAccuracyAboveOne_IsRefused()
    {
        using var files = new QuantifyCase(Project.Replace("\"meterAccuracy\": 0.005", "\"meterAccuracy\": 1.5", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("1.5", "chillers[0].electricity.meterAccuracy",
            "the maximum permissible error is a fraction from 0 to 1, for example 0.005 for 0.5 %"), run.Error);
    }

    [Fact]
    public void Quantify_BuiltInMethodologyWithAnotherVersion_IsRefused()
    {
        using var files = new QuantifyCase(Project.Replace("{ \"id\": \"TH_AM005\" }", "{ \"id\": \"TH_AM005\", \"version\": \"Ver2.0\" }", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("TH_AM005", "methodology.version",
            "TH_AM005 is built in as Ver3.0; to run Ver2.0, also give its family (high-efficiency-chiller)"), run.Error);
    }

    [Fact]
    public void Quantify_ElectricityReadInKilograms_NamesLineAndParameter()
    {
        using var files = new QuantifyCase(Project, Readings.Replace("33.5,MWh", "33.5,kg", StringComparison.Ordinal).Replace("32,MWh", "32,kg", StringComparison.Ordinal));

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ReadingsError(4, "unit",
            "wrong unit for EC_2: Mismatched units: EC_2 feeds EC_PJ,2,p, the electricity consumption of 'CH-2' (chillers[1].electricity), " +
            "which is an energy in watt-hours (Wh, kWh, MWh or GWh); 'kg' is a fuel mass"), run.Error);
    }
}
