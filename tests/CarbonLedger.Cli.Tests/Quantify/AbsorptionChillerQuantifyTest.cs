using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CarbonLedger.Cli.Tests.Quantify;

public sealed class AbsorptionChillerQuantifyTest
{
    private const string Project = """
        {
          "project": "ID022",
          "methodology": { "family": "absorption-chiller", "id": "ID_AM022", "version": "Ver1.0", "title": "Absorption chiller (test)" },
          "site": { "id": "ID022-ABS", "timeZone": "Asia/Jakarta" },
          "period": { "start": "2025-06-01", "end": "2025-06-02" },
          "gridEmissionFactor": { "published": "ID", "grid": "Bangka", "connection": "captive-or-isolated" },
          "absorptionChiller": {
            "coolingOutput": { "parameter": "Q", "source": "chilled-water heat meter", "meterAccuracy": 0.02 },
            "referenceCop": { "value": 5.5, "unit": "1", "source": "reference electric chiller" },
            "electricity": { "parameter": "EC", "source": "auxiliary meter", "gapDefault": { "value": 15, "unit": "kW", "source": "rated power of the pumps" } },
            "fuel": {
              "parameter": "FC",
              "monitoringOption": "B",
              "source": "gas invoices",
              "netCalorificValue": { "value": 36, "unit": "MJ/m3", "source": "supplier's gas quality report" },
              "emissionFactor": { "value": 56100, "unit": "kgCO2/TJ", "source": "IPCC 2006 default, natural gas" }
            }
          }
        }
        """;

    // The electricity meter has no reading for 22:00–24:00 on 2 June: two hours for the gap default to fill.
    private const string Readings = QuantifyCase.Header + """
        Q,2025-06-01T00:00:00+07:00,2025-06-02T00:00:00+07:00,60.5,MWh
        Q,2025-06-02T00:00:00+07:00,2025-06-03T00:00:00+07:00,58.25,MWh
        EC,2025-06-01T00:00:00+07:00,2025-06-02T00:00:00+07:00,720,kWh
        EC,2025-06-02T00:00:00+07:00,2025-06-02T22:00:00+07:00,650,kWh
        FC,2025-06-01T00:00:00+07:00,2025-06-02T00:00:00+07:00,240,m3
        FC,2025-06-02T00:00:00+07:00,2025-06-03T00:00:00+07:00,235.05,m3

        """;

    [Fact]
    public void Quantify_AbsorptionChillerProject_GivesTheFormulaResult()
    {
        using var files = new QuantifyCase(Project, Readings);
        // RE_p = Q_cool,p ÷ COP_RE × EF_elec; PE_p = EC_PJ,p × EF_elec + FC_PJ,p × NCV × EF_fuel.
        // Q_cool,p is reduced by its 2 % meter error; EC_PJ,p's two missing hours take 15 kW each; EF_elec is the
        // published Bangka factor for captive or isolated sites, 0.533 tCO2/MWh; NCV 36 MJ/m3 = 0.000036 TJ/kL
        // (1 m3 = 1 kL); EF_fuel 56,100 kgCO2/TJ = 56.1 tCO2/TJ.
        decimal cooling = 60.5m + 58.25m;
        cooling -= cooling * 0.02m;
        decimal electricity = ((720m + 650m) * 0.001m) + (15m * 0.001m * 2m);
        decimal fuel = 240m + 235.05m;
        decimal ncv = 36m * 0.000001m;
        decimal fuelFactor = 56100m * 0.001m;
        decimal re = cooling / 5.5m * 0.533m;
        decimal pe = (electricity * 0.533m) + (fuel * ncv * fuelFactor);

        CliRun run = files.Run("--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("ID_AM022", root.GetProperty("methodology").GetString());
        Assert.Equal(re, root.GetProperty("referenceEmissionsTonnes").GetDecimal());
        Assert.Equal(pe, root.GetProperty("projectEmissionsTonnes").GetDecimal());
        Assert.Equal(re - pe, root.GetProperty("emissionReductionsTonnes").GetDecimal());
        Assert.Equal((long)decimal.Floor(re - pe), root.GetProperty("credits").GetInt64());
        JsonElement trace = root.GetProperty("trace");
        string[] symbols = trace.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("symbol").GetString()!).ToArray();
        Assert.Equal(["Q_cool,p", "COP_RE", "EF_elec", "P_rated", "EC_PJ,p", "FC_PJ,p", "NCV", "EF_fuel"], symbols);
        JsonElement fill = trace.GetProperty("corrections").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "MissingDataConservativeDefault");
        Assert.Equal("EC_PJ,p", fill.GetProperty("symbol").GetString());
        Assert.Equal(electricity, fill.GetProperty("after").GetDecimal());
    }

    [Fact]
    public void Quantify_AbsorptionChillerTable_HonoursNoTrace()
    {
        using var files = new QuantifyCase(Project, Readings);

        CliRun withTrace = files.Run();
        CliRun noTrace = files.Run("--no-trace");

        Assert.Equal(0, withTrace.ExitCode);
        Assert.Contains("EF_elec is case 2, captive-or-isolated", withTrace.Output);
        Assert.Contains("  reference chiller COP 5.5; fuel NCV 36 MJ/m3 (supplier's gas quality report), EF_fuel 56100 kgCO2/TJ (IPCC 2006 default, natural gas)", withTrace.Output);
        Assert.Contains("PE_p = EC_PJ,p × EF_elec + FC_PJ,p × NCV × EF_fuel", withTrace.Output);
        Assert.Equal(0, noTrace.ExitCode);
        Assert.DoesNotContain("Trace (whole period):", noTrace.Output);
    }

    [Fact]
    public void Quantify_GapDefaultOnCoolingOutput_IsRefused()
    {
        using var files = new QuantifyCase(Project.Replace("\"meterAccuracy\": 0.02 }", "\"meterAccuracy\": 0.02, \"gapDefault\": { \"value\": 1, \"unit\": \"MW\", \"source\": \"x\" } }", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"coolingOutput\"", "absorptionChiller.coolingOutput.gapDefault",
            "Q_cool,p is on the reference side: time without readings counts as zero, so a gap default does not apply"), run.Error);
    }

    [Fact]
    public void Quantify_FuelReadInTonnesWithAnNcvPerVolume_NamesLineParameterAndNcv()
    {
        using var files = new QuantifyCase(Project, Readings.Replace(",m3", ",t", StringComparison.Ordinal));

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ReadingsError(6, "unit",
            "wrong unit for FC: Mismatched units: FC feeds FC_PJ,p, the fuel the absorption chiller burnt (absorptionChiller.fuel), which is a fuel volume " +
            "(L, kL, m3 or thousand m3) because its net calorific value (absorptionChiller.fuel.netCalorificValue) is per volume; 't' is a fuel mass"), run.Error);
    }

    [Fact]
    public void Quantify_MissingFuelEmissionFactor_NamesThePath()
    {
        string project = Project.Replace(",\n      \"emissionFactor\": { \"value\": 56100, \"unit\": \"kgCO2/TJ\", \"source\": \"IPCC 2006 default, natural gas\" }", string.Empty, StringComparison.Ordinal);
        using var files = new QuantifyCase(project, Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"fuel\"", "absorptionChiller.fuel.emissionFactor", "is required"), run.Error);
    }

    [Fact]
    public void Quantify_NcvWithoutAmount_IsAWrongUnit()
    {
        using var files = new QuantifyCase(Project.Replace("\"unit\": \"MJ/m3\"", "\"unit\": \"MJ\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"netCalorificValue\"", "absorptionChiller.fuel.netCalorificValue.unit",
            "wrong unit 'MJ': the fuel's net calorific value NCV is a net calorific value per mass or a net calorific value per volume, " +
            "given in TJ/t, GJ/t, MJ/kg, TJ/kL, GJ/kL, MJ/L or MJ/m3"), run.Error);
    }

    [Fact]
    public void Quantify_CaptiveSiteWithASuppliedCase1Factor_IsRefused()
    {
        using var files = new QuantifyCase(Project.Replace("\"published\": \"ID\", \"grid\": \"Bangka\"",
            "\"value\": 0.7, \"unit\": \"tCO2/MWh\", \"grid\": \"Bangka\", \"source\": \"own estimate\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"gridEmissionFactor\"", "gridEmissionFactor.connection",
            "the grid emission factors for Bangka give no factor for case 2 (captive or isolated)"), run.Error);
    }

    [Fact]
    public void Quantify_ElectricityGapWithoutDefault_AsksForOne()
    {
        string project = Project.Replace(", \"gapDefault\": { \"value\": 15, \"unit\": \"kW\", \"source\": \"rated power of the pumps\" }", string.Empty, StringComparison.Ordinal);
        using var files = new QuantifyCase(project, Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {files.Readings}: Project-side parameter EC_PJ,p of ID_AM022 Ver1.0 has 1 gap(s) without readings totalling 2 h", run.Error);
        Assert.EndsWith($"; complete the readings of EC or give absorptionChiller.electricity.gapDefault in {files.Project}\n", run.Error);
    }
}
