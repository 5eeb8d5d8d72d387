using System;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// A project file for <c>carbonledger quantify</c>: the methodology, the site and its time zone, the monitoring
/// period, the credit rounding, and the part that belongs to the methodology's family (its fixed, ex-ante values and
/// its monitored quantities). The shape is documented in <c>docs/cli.md</c>.
/// </summary>
internal sealed class ProjectFile
{
    private ProjectFile(
        string file, ProjectId project, Methodology methodology, MonitoringSite site, MonitoringPeriod period,
        MidpointRounding creditRounding, FamilyProject family)
    {
        File = file;
        Project = project;
        Methodology = methodology;
        Site = site;
        Period = period;
        CreditRounding = creditRounding;
        Family = family;
    }

    public string File { get; }

    public ProjectId Project { get; }

    public Methodology Methodology { get; }

    public MonitoringSite Site { get; }

    public MonitoringPeriod Period { get; }

    public MidpointRounding CreditRounding { get; }

    /// <summary>The family's part of the file: its fixed values, its monitored quantities and how to run it.</summary>
    public FamilyProject Family { get; }

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
        Methodology methodology = MethodologyCatalogue.Resolve(json, json.RequiredObject(root, string.Empty, "methodology"), "methodology");

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

        string familyName = MethodologyCatalogue.FamilyOf(methodology);
        foreach ((string other, string block) in MethodologyCatalogue.Blocks)
        {
            if (!string.Equals(other, familyName, StringComparison.Ordinal) && root.TryGetProperty(block, out _))
            {
                throw json.Error(block, $"'{block}' belongs to the {other} family; methodology {methodology.Id} is of the {familyName} family");
            }
        }
        FamilyProject family = methodology switch
        {
            SolarPvMethodology pv => SolarPvProject.Read(json, root, project, pv),
            LedLightingMethodology led => LedLightingProject.Read(json, root, project, led),
            HighEfficiencyChillerMethodology chiller => HighEfficiencyChillerProject.Read(json, root, project, chiller),
            AbsorptionChillerMethodology absorption => AbsorptionChillerProject.Read(json, root, project, absorption),
            FuelEfficiencyMethodology fuel => FuelEfficiencyProject.Read(json, root, fuel),
            _ => throw new UnreachableException($"The catalogue resolved a {methodology.GetType().Name}, for which no project reader exists"),
        };
        return new ProjectFile(file, project, methodology, site, period, rounding, family);
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
