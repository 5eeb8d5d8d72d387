using System;
using Xunit;

namespace CarbonLedger.Cli.Tests.Quantify;

public sealed class QuantifyFamilyChoiceTest
{
    private const string Supported =
        "families: solar-pv, led-lighting, high-efficiency-chiller, absorption-chiller, fuel-efficiency; " +
        "built-in methodologies: MN_AM003 Ver2.0 (solar-pv), TH_AM005 Ver3.0 (high-efficiency-chiller)";

    private const string Project = """
        {
          "project": "ID012",
          "methodology": { "family": "led-lighting", "id": "ID_AM020" },
          "site": { "id": "ID012-LED-1", "timeZone": "Asia/Jakarta" },
          "period": { "start": "2025-03-01", "end": "2025-03-31" },
          "gridEmissionFactor": { "published": "ID", "grid": "Jamali" },
          "lighting": {
            "electricity": { "parameter": "EC" },
            "projectEfficacy": { "value": 150, "unit": "lm/W", "source": "LED datasheet" },
            "referenceEfficacy": { "value": 90, "unit": "lm/W", "source": "fluorescent tubes replaced" }
          }
        }
        """;

    private const string Readings = QuantifyCase.Header + "EC,2025-03-01T00:00:00+07:00,2025-03-02T00:00:00+07:00,1000,kWh\n";

    [Fact]
    public void Quantify_MinimalLedProject_Runs()
    {
        using var files = new QuantifyCase(Project, Readings);

        CliRun run = files.Run("--no-trace");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Quantification: ID_AM020 Ver1.0", run.Output);
    }

    [Fact]
    public void Quantify_UnknownFamily_ListsTheFamiliesAndBuiltIns()
    {
        using var files = new QuantifyCase(Project.Replace("\"led-lighting\"", "\"heat-pump\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"heat-pump\"", "methodology.family", $"unknown methodology family 'heat-pump'; supported {Supported}"), run.Error);
    }

    [Fact]
    public void Quantify_NoFamilyForAMethodologyThatIsNotBuiltIn_AsksForTheFamily()
    {
        using var files = new QuantifyCase(Project.Replace("\"family\": \"led-lighting\", ", string.Empty, StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("ID_AM020", "methodology.id",
            "unknown methodology 'ID_AM020'; give its family (one of: solar-pv, led-lighting, high-efficiency-chiller, absorption-chiller, fuel-efficiency) " +
            $"or use a built-in one ({Supported})"), run.Error);
    }

    [Fact]
    public void Quantify_BuiltInIdUnderAnotherFamily_IsRefused()
    {
        using var files = new QuantifyCase(Project.Replace("\"ID_AM020\"", "\"TH_AM005\"", StringComparison.Ordinal), Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("TH_AM005", "methodology.family",
            "TH_AM005 is the built-in high-efficiency-chiller methodology (TH_AM005 Ver3.0), not of the led-lighting family"), run.Error);
    }

    [Fact]
    public void Quantify_PartOfAnotherFamily_IsRefused()
    {
        string project = Project.Replace("  \"lighting\": {", "  \"systems\": [],\n  \"lighting\": {", StringComparison.Ordinal);
        using var files = new QuantifyCase(project, Readings);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"systems\"", "systems", "'systems' belongs to the solar-pv family; methodology ID_AM020 is of the led-lighting family"), run.Error);
    }

    [Fact]
    public void Quantify_SolarConnectionOnTheGridFactor_PointsToTheSystems()
    {
        const string solar = """
            {
              "project": "MN001",
              "methodology": { "id": "MN_AM003" },
              "site": { "id": "MN-PV-1", "timeZone": "Asia/Ulaanbaatar" },
              "period": { "start": "2025-01-01", "end": "2025-01-31" },
              "gridEmissionFactor": { "published": "MN", "grid": "National grid", "connection": "captive-or-isolated" },
              "systems": [ { "name": "Array 1", "parameter": "EG_1" } ]
            }
            """;
        using var files = new QuantifyCase(solar, QuantifyCase.Header);

        CliRun run = files.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(files.ProjectError("\"gridEmissionFactor\"", "gridEmissionFactor.connection",
            "solar PV systems state their connection one by one (systems[i].connection); remove it here"), run.Error);
    }
}
