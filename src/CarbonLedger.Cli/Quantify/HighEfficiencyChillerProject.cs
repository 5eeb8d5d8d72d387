using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// A high-efficiency chiller or inverter air-conditioning project (<c>high-efficiency-chiller</c>):
/// <c>gridEmissionFactor</c> for <c>EF_elec</c>, and <c>chillers</c>, one entry per unit i with its monitored
/// electricity consumption <c>EC_PJ,i,p</c> and its COPs <c>COP_PJ,i</c> and <c>COP_RE,i</c>.
/// </summary>
internal sealed class HighEfficiencyChillerProject : FamilyProject
{
    /// <summary>The family's own property of the project file.</summary>
    public const string Block = "chillers";

    private readonly HighEfficiencyChillerMethodology methodology;
    private readonly ElectricityFactor electricityFactor;
    private readonly IReadOnlyList<Unit> units;

    private HighEfficiencyChillerProject(
        HighEfficiencyChillerMethodology methodology, ElectricityFactor electricityFactor, IReadOnlyList<Unit> units)
        : base(units.Select(u => u.Electricity).ToArray())
    {
        this.methodology = methodology;
        this.electricityFactor = electricityFactor;
        this.units = units;
    }

    public static HighEfficiencyChillerProject Read(JsonInput json, JsonElement root, ProjectId project, HighEfficiencyChillerMethodology methodology)
    {
        ElectricityFactor electricityFactor = GridFactorField.ReadForConsumer(json, root, project);
        List<Unit> units = ReadEach(json, root, Block, "give at least one chiller or air conditioner", "a chiller",
            (element, path, number) => ReadUnit(json, element, path, number));
        var result = new HighEfficiencyChillerProject(methodology, electricityFactor, units);
        CheckDistinct(json, result.Monitored);
        return result;
    }

    public override IEnumerable<string> Describe(ProjectId project)
    {
        foreach (string line in electricityFactor.Describe(project))
        {
            yield return line;
        }
        foreach (Unit unit in units)
        {
            yield return $"  {unit.Name}: COP project {ProjectFields.Text(unit.ProjectCop)}, reference {ProjectFields.Text(unit.ReferenceCop)}";
        }
    }

    public override QuantificationResult Quantify(
        MonitoringPeriod period, MonitoringSite site, MidpointRounding rounding, IReadOnlyDictionary<string, MonitoredParameter> data)
    {
        var chillers = new List<ChillerUnit>(units.Count);
        foreach (Unit unit in units)
        {
            var chiller = new ChillerUnit(unit.Name, DataOf(data, unit.Electricity), unit.ProjectCop, unit.ReferenceCop);
            chillers.Add(unit.Electricity.GapDefault is GapDefault gap ? chiller.WithGapDefault(gap) : chiller);
        }
        return methodology.Quantify(period, site, new HighEfficiencyChillerInput(electricityFactor.ToParameter(), chillers), rounding);
    }

    private static Unit ReadUnit(JsonInput json, JsonElement element, string path, int number)
    {
        string name = json.RequiredString(element, path, "name");
        string n = number.ToString(CultureInfo.InvariantCulture);
        MonitoredSpec electricity = ProjectFields.Monitored(json, element, path, "electricity",
            MonitoredQuantity.Electricity($"EC_PJ,{n},p", $"the electricity consumption of '{name}'", $"P_rated,{n}"));
        ExAnteParameter projectCop = ProjectFields.ExAnte(json, element, path, "projectCop",
            $"the project COP COP_PJ,{n} of '{name}'", "because a COP of zero delivers no cooling", ParameterDimension.Dimensionless);
        ExAnteParameter referenceCop = ProjectFields.ExAnte(json, element, path, "referenceCop",
            $"the reference COP COP_RE,{n} of '{name}'", "because the formula divides by it", ParameterDimension.Dimensionless);
        return new Unit(name, electricity, projectCop, referenceCop);
    }

    private sealed record Unit(string Name, MonitoredSpec Electricity, ExAnteParameter ProjectCop, ExAnteParameter ReferenceCop);
}
