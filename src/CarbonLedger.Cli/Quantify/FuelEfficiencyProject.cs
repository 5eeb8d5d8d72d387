using System;
using System.Collections.Generic;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// A fuel-fired equipment efficiency project (<c>fuel-efficiency</c>: boilers, furnaces): <c>equipment</c> with the
/// fuel burnt <c>FC_PJ,p</c>, its NCV and emission factor, and the efficiencies <c>η_PJ</c> and <c>η_RE</c>. The family
/// counts fuel only, so the file has no <c>gridEmissionFactor</c>.
/// </summary>
internal sealed class FuelEfficiencyProject : FamilyProject
{
    /// <summary>The family's own property of the project file.</summary>
    public const string Block = "equipment";

    private readonly FuelEfficiencyMethodology methodology;
    private readonly FuelSpec fuel;
    private readonly ExAnteParameter projectEfficiency;
    private readonly ExAnteParameter referenceEfficiency;

    private FuelEfficiencyProject(
        FuelEfficiencyMethodology methodology, FuelSpec fuel, ExAnteParameter projectEfficiency, ExAnteParameter referenceEfficiency)
        : base([fuel.Consumption])
    {
        this.methodology = methodology;
        this.fuel = fuel;
        this.projectEfficiency = projectEfficiency;
        this.referenceEfficiency = referenceEfficiency;
    }

    public static FuelEfficiencyProject Read(JsonInput json, JsonElement root, FuelEfficiencyMethodology methodology)
    {
        if (root.TryGetProperty(GridFactorField.Path, out _))
        {
            throw json.Error(GridFactorField.Path,
                $"the fuel-efficiency family counts fuel only and uses no electricity emission factor; remove {GridFactorField.Path}");
        }
        JsonElement block = json.RequiredObject(root, string.Empty, Block);
        FuelSpec fuel = FuelSpec.Read(json, block, Block, "fuel", "the fuel the project equipment burnt");
        ExAnteParameter projectEfficiency = ProjectFields.ExAnte(json, block, Block, "projectEfficiency",
            "the project equipment's efficiency η_PJ", "because an efficiency of zero delivers nothing", ParameterDimension.Dimensionless);
        ExAnteParameter referenceEfficiency = ProjectFields.ExAnte(json, block, Block, "referenceEfficiency",
            "the reference equipment's efficiency η_RE", "because the formula divides by it", ParameterDimension.Dimensionless);
        return new FuelEfficiencyProject(methodology, fuel, projectEfficiency, referenceEfficiency);
    }

    public override IEnumerable<string> Describe(ProjectId project)
    {
        yield return $"Project {project}; {fuel.Describe()}";
        yield return $"  efficiency: project {ProjectFields.Text(projectEfficiency)}, reference {ProjectFields.Text(referenceEfficiency)}";
    }

    public override QuantificationResult Quantify(
        MonitoringPeriod period, MonitoringSite site, MidpointRounding rounding, IReadOnlyDictionary<string, MonitoredParameter> data) =>
        methodology.Quantify(period, site, new FuelEfficiencyInput(fuel.ToCombustion(data), projectEfficiency, referenceEfficiency), rounding);
}
