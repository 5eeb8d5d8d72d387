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
/// An absorption chiller project (<c>absorption-chiller</c>): <c>gridEmissionFactor</c> for <c>EF_elec</c>, and
/// <c>absorptionChiller</c> with the cooling delivered <c>Q_cool,p</c>, the reference electric chiller's COP
/// <c>COP_RE</c>, the auxiliary electricity <c>EC_PJ,p</c> and the fuel burnt <c>FC_PJ,p</c> with its NCV and
/// emission factor.
/// </summary>
internal sealed class AbsorptionChillerProject : FamilyProject
{
    /// <summary>The family's own property of the project file.</summary>
    public const string Block = "absorptionChiller";

    private readonly AbsorptionChillerMethodology methodology;
    private readonly ElectricityFactor electricityFactor;
    private readonly MonitoredSpec cooling;
    private readonly ExAnteParameter referenceCop;
    private readonly MonitoredSpec electricity;
    private readonly FuelSpec fuel;

    private AbsorptionChillerProject(
        AbsorptionChillerMethodology methodology, ElectricityFactor electricityFactor,
        MonitoredSpec cooling, ExAnteParameter referenceCop, MonitoredSpec electricity, FuelSpec fuel)
        : base([cooling, electricity, fuel.Consumption])
    {
        this.methodology = methodology;
        this.electricityFactor = electricityFactor;
        this.cooling = cooling;
        this.referenceCop = referenceCop;
        this.electricity = electricity;
        this.fuel = fuel;
    }

    public static AbsorptionChillerProject Read(JsonInput json, JsonElement root, ProjectId project, AbsorptionChillerMethodology methodology)
    {
        ElectricityFactor electricityFactor = GridFactorField.ReadForConsumer(json, root, project);
        JsonElement block = json.RequiredObject(root, string.Empty, Block);
        MonitoredSpec cooling = ProjectFields.Monitored(json, block, Block, "coolingOutput",
            MonitoredQuantity.ReferenceEnergy("Q_cool,p", "the cooling the absorption chiller delivered"));
        ExAnteParameter referenceCop = ProjectFields.ExAnte(json, block, Block, "referenceCop",
            "the reference electric chiller's COP COP_RE", "because the formula divides by it", ParameterDimension.Dimensionless);
        MonitoredSpec electricity = ProjectFields.Monitored(json, block, Block, "electricity",
            MonitoredQuantity.Electricity("EC_PJ,p", "the absorption chiller's auxiliary electricity consumption", "P_rated"));
        FuelSpec fuel = FuelSpec.Read(json, block, Block, "fuel", "the fuel the absorption chiller burnt");
        var result = new AbsorptionChillerProject(methodology, electricityFactor, cooling, referenceCop, electricity, fuel);
        CheckDistinct(json, result.Monitored);
        return result;
    }

    public override IEnumerable<string> Describe(ProjectId project)
    {
        foreach (string line in electricityFactor.Describe(project))
        {
            yield return line;
        }
        yield return $"  reference chiller COP {ProjectFields.Text(referenceCop)}; {fuel.Describe()}";
    }

    public override QuantificationResult Quantify(
        MonitoringPeriod period, MonitoringSite site, MidpointRounding rounding, IReadOnlyDictionary<string, MonitoredParameter> data)
    {
        var input = new AbsorptionChillerInput(
            DataOf(data, cooling), referenceCop, DataOf(data, electricity), electricityFactor.ToParameter(), fuel.ToCombustion(data));
        if (electricity.GapDefault is GapDefault gap)
        {
            input = input.WithElectricityGapDefault(gap);
        }
        return methodology.Quantify(period, site, input, rounding);
    }
}
