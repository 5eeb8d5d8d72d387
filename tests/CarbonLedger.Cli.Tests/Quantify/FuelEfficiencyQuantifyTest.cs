using System;
using System.Text.Json;
using Xunit;

namespace CarbonLedger.Cli.Tests.Quantify;

public sealed class FuelEfficiencyQuantifyTest
{
    private const string Project = """
        {
          "project": "KZ002",
          "methodology": { "family": "fuel-efficiency", "id": "KZ_PM003", "title": "Boiler replacement (test)" },
          "site": { "id": "KZ002-BLR", "timeZone": "Asia/Almaty" },
          "period": { "start": "2025-11-01", "end": "2025-11-03" },
          "creditRounding": "nearest-even",
          "equipment": {
            "fuel": {
              "parameter": "FC",
              "source": "fuel flow meter",
              "meterAccuracy": 0.005,
              "gapDefault": { "value": 250, "unit": "kg/h", "source": "burner rating" },
              "netCalorificValue": { "value": 43, "unit": "GJ/t", "source": "IPCC 2006 default, gas/diesel oil" },
              "emissionFactor": { "value": 74.1, "unit": "tCO2/TJ", "source": "IPCC 2006 default, gas/diesel oil" }
            },
            "projectEfficiency": { "value": 92, "unit": "%", "source": "acceptance test" },
            "referenceEfficiency": { "value": 80, "unit": "%", "source": "reference boiler" }
          }
        }
        """;

    private const string Readings = QuantifyCase.Header + """
        FC,2025-11-01T00:00:00+05:00,2025-11-02T00:00:00+05:00,5200.5,kg
        FC,2025-11-02T00:00:00+05:00,2025-11-03T00:00:00+05:00,5010,kg
        FC,2025-11-03T00:00:00+05:00,2025-11-04T00:00:00+05:00,4980.25,kg

        """;

    // FC_PJ,p × NCV × EF_fuel with FC in tonnes, NCV 43 GJ/t = 0.043 TJ/t and EF_fuel 74.1 tCO2/TJ.
    private static decimal Combustion(decimal tonnes) => tonnes * (43m * 0.001m) * 74.1m;

    [Fact]
    public void Quantify_FuelEfficiencyProject_GivesTheFormulaResult()
    {
        using var files = new QuantifyCase(Project, Readings);
        // η_PJ ≥ η_RE, so the fuel raises the reductions: the 0.5 % meter error reduces it.
        decimal fuel = (5200.5m + 5010m + 4980.25m) * 0.001m;
        fuel -= fuel * 0.005m;
        decimal pe = Combustion(fuel);
        decimal re = pe * ((92m * 0.01m) / (80m * 0.01m));

        CliRun run = files.Run("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("KZ_PM003", root.GetProperty("methodology").GetString());
        Assert.Equal("Ver1.0", root.GetProperty("methodologyVersion").GetString());
        Assert.Equal(re, root.GetProperty("referenceEmissionsTonnes").GetDecimal());
        Assert.Equal(pe, root.GetProperty("projectEmissionsTonnes").GetDecimal());
        Assert.Equal(re - pe, root.GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.Equal("ToEven", root.GetProperty("creditRounding").GetString());
        Assert.Equal((long)decimal.Round(re - pe, MidpointRounding.ToEven), root.GetProperty("credits").GetInt64());
    }

    [Fact]
    public void Quantify_LessEfficientEquipmentWithAGap_FillsItAgainstTheProject()
    {
        // η_PJ < η_RE puts the fuel on the project side: the meter error raises it and the missing day (24 h) takes
        // the burner rating, 250 kg/h. The reductions are negative and issue nothing.
        using var files = new QuantifyCase(
            Project.Replace("\"value\": 92,", "\"value\": 75,", StringComparison.Ordinal),
            Readings.Replace("FC,2025-11-03T00:00:00+05:00,2025-11-04T00:00:00+05:00,4980.25,kg\n", string.Empty, StringComparison.Ordinal));
        decimal fuel = (5200.5m + 5010m) * 0.001m;
        fuel += fuel * 0.005m;
        fuel += 250m * 0.001m * 24m;
        decimal pe = Combustion(fuel);
        decimal re = pe * ((75m * 0.01m) / (80m * 0.01m));

        CliRun run = files.Run("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.Equal(re - pe, json.RootElement.GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.True(re - pe < 0m);
        Assert.Equal(0, json.RootElement.GetProperty("credits").GetInt64());
    }

    [Fact]
    public void Quantify_FuelEfficiencyTable_PrintsTheFuelAndHonoursNoTrace()
    {
        using var files = new QuantifyCase(Project, Readings);

        CliRun withTrace = files.Run();
        CliRun noTrace = files.Run("--no-trace");

        Assert.Equal(0, withTrace.ExitCode);
        Assert.Contains("Project KZ002; fuel NCV 43 GJ/t (IPCC 2006 default, gas/diesel oil), EF_fuel 74.1 tCO2/TJ (IPCC 2006 default, gas/diesel oil)", withTrace.Output);
        Assert.Contains("  efficiency: project 92 %, reference 80 %", withTrace.Output);
        Assert.Contains("RE_p = FC_PJ,p × NCV × EF_fuel × (η_PJ ÷ η_RE)", withTrace.Output);
        Assert.Equal(0, noTrace.ExitCode);
        Assert.Contains("Creditable tonnes: 7 (ER rounded to the nearest whole tonne, halves to even", noTrace.Output);
        Assert.DoesNotContain("Trace (whole period):", noTrace.Output);
    }

    [Fact]
    public void Quantify_GridEmissionFactorInAFuelProject_IsRefused()
    {
        string project = Project.Replace("\"creditRounding\": \"nearest-even\",",
            "\"creditRounding\": \"nearest-even\",\n  \"gridEmissionFactor\": { \"published\": \"MN\", \"grid\": \"National grid\" },", StringComparison.Ordinal);
        using var files = new QuantifyCase(project, Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"gridEmissionFactor\"", "gridEmissionFactor",
            "the fuel-efficiency family counts fuel only and uses no electricity emission factor; remove gridEmissionFactor"), run.Error);
    }

    [Fact]
    public void Quantify_FuelReadInKilowattHours_NamesLineParameterAndNcv()
    {
        using var files = new QuantifyCase(Project, Readings.Replace(",kg", ",kWh", StringComparison.Ordinal));

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ReadingsError(2, "unit",
            "wrong unit for FC: Mismatched units: FC feeds FC_PJ,p, the fuel the project equipment burnt (equipment.fuel), which is a fuel mass " +
            "(kg, t or kt) because its net calorific value (equipment.fuel.netCalorificValue) is per mass; 'kWh' is an energy in watt-hours"), run.Error);
    }

    [Fact]
    public void Quantify_VolumeRateGapDefaultForAFuelCountedByMass_IsAWrongUnit()
    {
        using var files = new QuantifyCase(Project.Replace("\"unit\": \"kg/h\"", "\"unit\": \"L/h\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"gapDefault\"", "equipment.fuel.gapDefault.unit",
            "wrong unit 'L/h': the gap default FC_rated of FC_PJ,p (the fuel is counted by mass, as its net calorific value says) is a fuel mass per hour, given in kg/h or t/h"),
            run.Error);
    }

    [Fact]
    public void Quantify_ZeroProjectEfficiency_IsRefusedWithTheRule()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 92,", "\"value\": 0,", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"projectEfficiency\"", "equipment.projectEfficiency.value",
            "the project equipment's efficiency η_PJ must be positive, because an efficiency of zero delivers nothing; it is 0"), run.Error);
    }

    [Fact]
    public void Quantify_EfficiencyInLumensPerWatt_IsAWrongUnit()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 80, \"unit\": \"%\"", "\"value\": 80, \"unit\": \"lm/W\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"referenceEfficiency\"", "equipment.referenceEfficiency.unit",
            "wrong unit 'lm/W': the reference equipment's efficiency η_RE is a pure number, given in 1 or %"), run.Error);
    }

    [Fact]
    public void Quantify_NegativeFuelEmissionFactor_IsRefused()
    {
        using var files = new QuantifyCase(Project.Replace("\"value\": 74.1,", "\"value\": -74.1,", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"emissionFactor\"", "equipment.fuel.emissionFactor.value",
            "the fuel's CO2 emission factor EF_fuel must not be negative; it is -74.1"), run.Error);
    }
}
