using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Quantify;
using CarbonLedger.Cli.Terminal;
using NodaTime;
using I = CarbonLedger.Cli.Scenario.ScenarioInputs;

namespace CarbonLedger.Cli.Scenario;

/// <summary>
/// ILLUSTRATIVE example inputs of <c>quantify</c> for the four methodology families the Japan–Kazakhstan scenario
/// does not use: for each, a project file and a month of daily readings. They are not part of the scenario: the
/// projects, methodology ids, equipment figures and readings are assumptions, the grid emission factor is the demo's
/// own illustrative one, and every file says so. The readings follow a fixed decimal pattern, so the files are the
/// same bytes on every run.
/// </summary>
internal static class FamilyExamples
{
    private static readonly LocalDate Start = new(2025, 7, 1);
    private static readonly LocalDate End = new(2025, 7, 31);

    /// <summary>Writes the project and readings file of each family; returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        var written = new List<string>();
        foreach ((string family, string project, (string Parameter, Func<int, decimal> Amount, string Unit)[] series) in Examples())
        {
            string projectName = $"project-{family}.json";
            string readingsName = $"readings-{family}.csv";
            TextFiles.Write(directory, projectName, project);
            using (var writer = new StreamWriter(Path.Combine(directory, readingsName), append: false, TextFiles.Utf8))
            {
                ReadingsCsv.Write(writer, series.SelectMany(s => Daily(s.Parameter, s.Amount, s.Unit)));
            }
            written.Add(projectName);
            written.Add(readingsName);
        }
        return written;
    }

    /// <summary>One reading per local day of July 2025 at the site; <paramref name="amount"/> gets the day's index 0–30.</summary>
    private static IEnumerable<(string, ZonedDateTime, ZonedDateTime, decimal, string)> Daily(string parameter, Func<int, decimal> amount, string unit)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[I.TimeZone];
        int days = Period.DaysBetween(Start, End) + 1;
        for (int d = 0; d < days; d++)
        {
            LocalDate day = Start.PlusDays(d);
            yield return (parameter, day.AtStartOfDayInZone(zone), day.PlusDays(1).AtStartOfDayInZone(zone), amount(d), unit);
        }
    }

    /// <summary>A day-to-day swing 0–10, the same for every series: (7 × day) mod 11.</summary>
    private static int Swing(int day) => day * 7 % 11;

    private static IEnumerable<(string Family, string Project, (string, Func<int, decimal>, string)[] Series)> Examples()
    {
        string factor = Numbers.Plain(I.GridEmissionFactor);
        string factorSource = Json(I.GridFactorSource);
        string grid = Json(I.GridName);

        yield return (MethodologyCatalogue.LedLighting, $$"""
            {
              "comment": "ILLUSTRATIVE example of the led-lighting family, not part of the Japan–Kazakhstan scenario: the project, the methodology id, the efficacies, the grid emission factor and the readings are assumptions, not official data.",
              "project": "KZ002",
              "methodology": { "family": "led-lighting", "id": "KZ_PM002", "version": "Ver1.0", "title": "LED lighting (ILLUSTRATIVE proposed methodology modelled on ID_AM020)" },
            {{SiteAndPeriod("KZ002-LED-1")}}
              "gridEmissionFactor": { "value": {{factor}}, "unit": "tCO2/MWh", "grid": {{grid}}, "source": {{factorSource}} },
              "lighting": {
                "electricity": { "parameter": "EC", "monitoringOption": "C", "source": "lighting distribution board meter (ILLUSTRATIVE generated data)", "meterAccuracy": 0.01,
                                 "gapDefault": { "value": 80, "unit": "kW", "source": "installed LED power (ILLUSTRATIVE)" } },
                "projectEfficacy": { "value": 150, "unit": "lm/W", "source": "LED luminaire datasheet (ILLUSTRATIVE)" },
                "referenceEfficacy": { "value": 85, "unit": "lm/W", "source": "fluorescent luminaires replaced (ILLUSTRATIVE)" }
              }
            }

            """,
            [("EC", d => 1800m + (15m * Swing(d)), "kWh")]);

        yield return (MethodologyCatalogue.HighEfficiencyChiller, $$"""
            {
              "comment": "ILLUSTRATIVE example of the high-efficiency-chiller family, not part of the Japan–Kazakhstan scenario: the project, the methodology id, the COPs, the grid emission factor and the readings are assumptions, not official data.",
              "project": "KZ003",
              "methodology": { "family": "high-efficiency-chiller", "id": "KZ_PM003", "version": "Ver1.0", "title": "High-efficiency chillers (ILLUSTRATIVE proposed methodology modelled on TH_AM005 Ver3.0)" },
            {{SiteAndPeriod("KZ003-CH-1")}}
              "gridEmissionFactor": { "value": {{factor}}, "unit": "tCO2/MWh", "grid": {{grid}}, "source": {{factorSource}} },
              "chillers": [
                {
                  "name": "Centrifugal chiller CH-1",
                  "electricity": { "parameter": "EC_1", "source": "chiller CH-1 meter (ILLUSTRATIVE generated data)", "meterAccuracy": 0.005 },
                  "projectCop": { "value": 6.1, "unit": "1", "source": "factory performance test (ILLUSTRATIVE)" },
                  "referenceCop": { "value": 4.8, "unit": "1", "source": "reference COP (ILLUSTRATIVE)" }
                },
                {
                  "name": "Inverter chiller CH-2",
                  "electricity": { "parameter": "EC_2", "source": "chiller CH-2 meter (ILLUSTRATIVE generated data)", "meterAccuracy": 0.005 },
                  "projectCop": { "value": 5.6, "unit": "1", "source": "factory performance test (ILLUSTRATIVE)" },
                  "referenceCop": { "value": 4.8, "unit": "1", "source": "reference COP (ILLUSTRATIVE)" }
                }
              ]
            }

            """,
            [("EC_1", d => 9000m + (120m * Swing(d)), "kWh"), ("EC_2", d => 6500m + (90m * Swing(d)), "kWh")]);

        yield return (MethodologyCatalogue.AbsorptionChiller, $$"""
            {
              "comment": "ILLUSTRATIVE example of the absorption-chiller family, not part of the Japan–Kazakhstan scenario: a waste-heat absorption chiller whose gas burner only tops up the heat. The project, the methodology id, the COP, the fuel data, the grid emission factor and the readings are assumptions, not official data.",
              "project": "KZ004",
              "methodology": { "family": "absorption-chiller", "id": "KZ_PM004", "version": "Ver1.0", "title": "Waste-heat absorption chiller with supplementary firing (ILLUSTRATIVE proposed methodology modelled on ID_AM022)" },
            {{SiteAndPeriod("KZ004-ABS-1")}}
              "gridEmissionFactor": { "value": {{factor}}, "unit": "tCO2/MWh", "grid": {{grid}}, "source": {{factorSource}} },
              "absorptionChiller": {
                "coolingOutput": { "parameter": "Q", "source": "chilled-water heat meter (ILLUSTRATIVE generated data)", "meterAccuracy": 0.02 },
                "referenceCop": { "value": 5.0, "unit": "1", "source": "reference electric chiller (ILLUSTRATIVE)" },
                "electricity": { "parameter": "EC", "source": "auxiliary power meter (ILLUSTRATIVE generated data)",
                                 "gapDefault": { "value": 30, "unit": "kW", "source": "rated power of the pumps and cooling tower fans (ILLUSTRATIVE)" } },
                "fuel": {
                  "parameter": "FC", "monitoringOption": "B", "source": "invoices for the supplementary burner's natural gas (ILLUSTRATIVE generated data)",
                  "gapDefault": { "value": 20, "unit": "m3/h", "source": "supplementary burner rating (ILLUSTRATIVE)" },
                  "netCalorificValue": { "value": 34, "unit": "MJ/m3", "source": "gas supplier's quality certificate (ILLUSTRATIVE)" },
                  "emissionFactor": { "value": 56100, "unit": "kgCO2/TJ", "source": "IPCC 2006 default for natural gas" }
                }
              }
            }

            """,
            [("Q", d => 42m + (0.5m * Swing(d)), "MWh"), ("EC", d => 600m + (8m * Swing(d)), "kWh"), ("FC", d => 300m + (4m * Swing(d)), "m3")]);

        yield return (MethodologyCatalogue.FuelEfficiency, $$"""
            {
              "comment": "ILLUSTRATIVE example of the fuel-efficiency family, not part of the Japan–Kazakhstan scenario: the project, the methodology id, the efficiencies and the readings are assumptions, not official data.",
              "project": "KZ005",
              "methodology": { "family": "fuel-efficiency", "id": "KZ_PM005", "version": "Ver1.0", "title": "High-efficiency boiler (ILLUSTRATIVE proposed methodology)" },
            {{SiteAndPeriod("KZ005-BLR-1")}}
              "equipment": {
                "fuel": {
                  "parameter": "FC", "source": "diesel flow meter (ILLUSTRATIVE generated data)", "meterAccuracy": 0.005,
                  "gapDefault": { "value": 120, "unit": "kg/h", "source": "burner rating (ILLUSTRATIVE)" },
                  "netCalorificValue": { "value": 43, "unit": "GJ/t", "source": "IPCC 2006 default for gas/diesel oil" },
                  "emissionFactor": { "value": 74.1, "unit": "tCO2/TJ", "source": "IPCC 2006 default for gas/diesel oil" }
                },
                "projectEfficiency": { "value": 92, "unit": "%", "source": "boiler acceptance test (ILLUSTRATIVE)" },
                "referenceEfficiency": { "value": 80, "unit": "%", "source": "reference boiler efficiency (ILLUSTRATIVE)" }
              }
            }

            """,
            [("FC", d => 2400m + (30m * Swing(d)), "kg")]);
    }

    /// <summary>The <c>site</c> and <c>period</c> lines of an example project file.</summary>
    private static string SiteAndPeriod(string siteId) => $$"""
          "site": { "id": "{{siteId}}", "timeZone": "Asia/Almaty" },
          "period": { "start": "2025-07-01", "end": "2025-07-31" },
        """;

    private static string Json(string text) => "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";
}
