using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// A solar PV project (<c>solar-pv</c>): <c>gridEmissionFactor</c> and <c>systems</c>, one entry per PV system with
/// the readings symbol of its AC output <c>EG_i,p</c> and its connection case.
/// </summary>
internal sealed class SolarPvProject : FamilyProject
{
    /// <summary>The family's own property of the project file.</summary>
    public const string Block = "systems";

    private readonly SolarPvMethodology methodology;
    private readonly GridEmissionFactorSet factors;
    private readonly IReadOnlyList<SystemSpec> systems;

    private SolarPvProject(SolarPvMethodology methodology, GridEmissionFactorSet factors, IReadOnlyList<SystemSpec> systems)
        : base(systems.Select(s => s.Output).ToArray())
    {
        this.methodology = methodology;
        this.factors = factors;
        this.systems = systems;
    }

    public static SolarPvProject Read(JsonInput json, JsonElement root, ProjectId project, SolarPvMethodology methodology)
    {
        GridEmissionFactorSet factors = GridFactorField.ReadForSystems(json, root, project);
        List<SystemSpec> systems = ReadEach(json, root, Block, "give at least one system", "a system",
            (element, path, number) => System(json, element, path, number, factors));
        string? repeated = systems.GroupBy(s => s.Output.Parameter, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (repeated is not null)
        {
            throw json.Error(Block, $"parameter '{repeated}' is given to more than one system");
        }
        return new SolarPvProject(methodology, factors, systems);
    }

    public override IEnumerable<string> Describe(ProjectId project)
    {
        yield return $"Project {project}; grid emission factor {factors}";
        yield return $"  source: {factors.Source}";
    }

    public override QuantificationResult Quantify(
        MonitoringPeriod period, MonitoringSite site, MidpointRounding rounding, IReadOnlyDictionary<string, MonitoredParameter> data)
    {
        SolarPvSystem[] pv = systems.Select(s => new SolarPvSystem(s.Name, DataOf(data, s.Output), s.Connection)).ToArray();
        return methodology.Quantify(period, site, new SolarPvInput(factors, pv), rounding);
    }

    private static SystemSpec System(JsonInput json, JsonElement element, string path, int number, GridEmissionFactorSet factors)
    {
        string name = json.RequiredString(element, path, "name");
        string n = number.ToString(CultureInfo.InvariantCulture);
        MonitoredSpec output = ProjectFields.MonitoredAt(json, element, path,
            MonitoredQuantity.ReferenceEnergy($"EG_{n},p", $"the AC output of PV system '{name}'"));
        GridConnectionCase connection = ProjectFields.Connection(json, element, path);
        GridFactorField.CheckCase(json, factors, connection, JsonInput.Path(path, "connection"));
        return new SystemSpec(name, connection, output);
    }
}
