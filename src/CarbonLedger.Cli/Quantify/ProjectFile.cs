using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Projects;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// A project file for <c>carbonledger quantify</c>: the methodology, its fixed (ex-ante) parameters, the site and its
/// time zone, the monitoring period and the monitored systems. The shape is documented in <c>docs/cli.md</c>.
/// </summary>
internal sealed class ProjectFile
{
    private ProjectFile(
        string file, ProjectId project, SolarPvMethodology methodology, MonitoringSite site, MonitoringPeriod period,
        MidpointRounding creditRounding, GridEmissionFactorSet gridFactors, IReadOnlyList<SystemSpec> systems)
    {
        File = file;
        Project = project;
        Methodology = methodology;
        Site = site;
        Period = period;
        CreditRounding = creditRounding;
        GridFactors = gridFactors;
        Systems = systems;
    }

    public string File { get; }

    public ProjectId Project { get; }

    public SolarPvMethodology Methodology { get; }

    public MonitoringSite Site { get; }

    public MonitoringPeriod Period { get; }

    public MidpointRounding CreditRounding { get; }

    public GridEmissionFactorSet GridFactors { get; }

    public IReadOnlyList<SystemSpec> Systems { get; }

    /// <summary>Reads and checks a project file.</summary>
    /// <exception cref="Terminal.InputException">The file is missing or a field is wrong; the message names the line and field.</exception>
    public static ProjectFile Load(string file)
    {
        using JsonInput json = JsonInput.Load(file);
        JsonElement root = json.Root;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw json.Error(string.Empty, "a project file is a JSON object");
        }
        string projectText = json.RequiredString(root, string.Empty, "project");
        ProjectId project = ProjectId.TryParse(projectText, out ProjectId id)
            ? id
            : throw json.Error("project", $"'{projectText}' is not a project id such as KZ001");
        SolarPvMethodology methodology = MethodologyCatalogue.Resolve(json, json.RequiredObject(root, string.Empty, "methodology"), "methodology");

        JsonElement siteElement = json.RequiredObject(root, string.Empty, "site");
        string siteId = json.RequiredString(siteElement, "site", "id");
        string zoneId = json.RequiredString(siteElement, "site", "timeZone");
        DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw json.Error("site.timeZone", $"'{zoneId}' is not a tzdb time zone such as Asia/Almaty");
        var site = new MonitoringSite(siteId, zone);

        JsonElement periodElement = json.RequiredObject(root, string.Empty, "period");
        LocalDate start = Date(json, periodElement, "period", "start");
        LocalDate end = Date(json, periodElement, "period", "end");
        if (end < start)
        {
            throw json.Error("period.end", $"the end date {end:uuuu-MM-dd} is earlier than the start date {start:uuuu-MM-dd}");
        }
        var period = new MonitoringPeriod(start, end);

        MidpointRounding rounding = (json.OptionalString(root, string.Empty, "creditRounding") ?? "down") switch
        {
            "down" => MidpointRounding.ToNegativeInfinity,
            "up" => MidpointRounding.ToPositiveInfinity,
            "nearest-even" => MidpointRounding.ToEven,
            "nearest-away-from-zero" => MidpointRounding.AwayFromZero,
            string other => throw json.Error("creditRounding", $"unknown rounding '{other}'; use down (the JCM rule), up, nearest-even or nearest-away-from-zero"),
        };

        GridEmissionFactorSet factors = GridFactorsOf(json, json.RequiredObject(root, string.Empty, "gridEmissionFactor"), project);

        JsonElement systemsElement = json.RequiredArray(root, string.Empty, "systems");
        var systems = new List<SystemSpec>();
        int index = 0;
        foreach (JsonElement element in systemsElement.EnumerateArray())
        {
            string path = JsonInput.Index("systems", index++);
            systems.Add(System(json, element, path, factors));
        }
        if (systems.Count == 0)
        {
            throw json.Error("systems", "give at least one system");
        }
        string? repeated = systems.GroupBy(s => s.Parameter, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (repeated is not null)
        {
            throw json.Error("systems", $"parameter '{repeated}' is given to more than one system");
        }
        return new ProjectFile(file, project, methodology, site, period, rounding, factors, systems);
    }

    private static SystemSpec System(JsonInput json, JsonElement element, string path, GridEmissionFactorSet factors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw json.Error(path, "a system is a JSON object");
        }
        string name = json.RequiredString(element, path, "name");
        string parameter = json.RequiredString(element, path, "parameter");
        GridConnectionCase connection = (json.OptionalString(element, path, "connection") ?? "grid-connected") switch
        {
            "grid-connected" => GridConnectionCase.GridConnected,
            "captive-or-isolated" => GridConnectionCase.CaptiveOrIsolated,
            string other => throw json.Error(JsonInput.Path(path, "connection"), $"unknown connection '{other}'; use grid-connected or captive-or-isolated"),
        };
        if (connection == GridConnectionCase.CaptiveOrIsolated && !factors.HasCaptiveOrIsolated)
        {
            throw json.Error(JsonInput.Path(path, "connection"), $"the grid emission factors for {factors.Grid} give no factor for case 2 (captive or isolated)");
        }
        MonitoringOption option = (json.OptionalString(element, path, "monitoringOption") ?? "C") switch
        {
            "A" => MonitoringOption.A,
            "B" => MonitoringOption.B,
            "C" => MonitoringOption.C,
            string other => throw json.Error(JsonInput.Path(path, "monitoringOption"), $"unknown monitoring option '{other}'; use A, B or C"),
        };
        string source = json.OptionalString(element, path, "source") ?? "meter readings";
        decimal? accuracy = json.OptionalDecimal(element, path, "meterAccuracy");
        if (accuracy is decimal mpe && (mpe < 0m || mpe >= 1m))
        {
            throw json.Error(JsonInput.Path(path, "meterAccuracy"), "the maximum permissible error is a fraction from 0 to 1, for example 0.005 for 0.5 %");
        }
        return new SystemSpec(name, parameter, connection, option, source, accuracy, path);
    }

    private static GridEmissionFactorSet GridFactorsOf(JsonInput json, JsonElement element, ProjectId project)
    {
        const string path = "gridEmissionFactor";
        if (json.OptionalString(element, path, "published") is string country)
        {
            string grid = json.RequiredString(element, path, "grid");
            try
            {
                return JcmGridEmissionFactors.Find(country, grid);
            }
            catch (ArgumentException ex)
            {
                throw json.Error(JsonInput.Path(path, "published"), ex.Message, ex);
            }
        }
        decimal value = json.RequiredDecimal(element, path, "value");
        string unitText = json.RequiredString(element, path, "unit");
        decimal scale = unitText switch
        {
            "tCO2/MWh" or "kgCO2/kWh" => 1m,
            "gCO2/kWh" => 0.001m,
            _ => throw json.Error(JsonInput.Path(path, "unit"),
                $"wrong unit '{unitText}': a grid emission factor is given in tCO2/MWh, kgCO2/kWh or gCO2/kWh"),
        };
        if (value <= 0m)
        {
            throw json.Error(JsonInput.Path(path, "value"), "a grid emission factor must be positive");
        }
        string gridName = json.RequiredString(element, path, "grid");
        string source = json.RequiredString(element, path, "source");
        return GridEmissionFactorSet.Supplied(project.CountryAlpha2, gridName, EmissionFactor.TonnesPerMegawattHour(value * scale), source);
    }

    private static LocalDate Date(JsonInput json, JsonElement parent, string parentPath, string name)
    {
        string text = json.RequiredString(parent, parentPath, name);
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw json.Error(JsonInput.Path(parentPath, name), string.Create(CultureInfo.InvariantCulture, $"'{text}' is not an ISO date such as 2025-07-01"));
    }
}
