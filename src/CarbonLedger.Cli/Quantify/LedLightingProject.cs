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
/// An LED lighting project (<c>led-lighting</c>): <c>gridEmissionFactor</c> for <c>EF_elec</c>, and <c>lighting</c>
/// with the monitored electricity consumption <c>EC_PJ,p</c> and the luminous efficacies <c>η_PJ</c> and <c>η_RE</c>.
/// </summary>
internal sealed class LedLightingProject : FamilyProject
{
    /// <summary>The family's own property of the project file.</summary>
    public const string Block = "lighting";

    private readonly LedLightingMethodology methodology;
    private readonly ElectricityFactor electricityFactor;
    private readonly MonitoredSpec electricity;
    private readonly ExAnteParameter projectEfficacy;
    private readonly ExAnteParameter referenceEfficacy;

    private LedLightingProject(
        LedLightingMethodology methodology, ElectricityFactor electricityFactor, MonitoredSpec electricity,
        ExAnteParameter projectEfficacy, ExAnteParameter referenceEfficacy)
        : base([electricity])
    {
        this.methodology = methodology;
        this.electricityFactor = electricityFactor;
        this.electricity = electricity;
        this.projectEfficacy = projectEfficacy;
        this.referenceEfficacy = referenceEfficacy;
    }

    public static LedLightingProject Read(JsonInput json, JsonElement root, ProjectId project, LedLightingMethodology methodology)
    {
        ElectricityFactor electricityFactor = GridFactorField.ReadForConsumer(json, root, project);
        JsonElement block = json.RequiredObject(root, string.Empty, Block);
        MonitoredSpec electricity = ProjectFields.Monitored(json, block, Block, "electricity",
            MonitoredQuantity.Electricity("EC_PJ,p", "the LED lighting's electricity consumption", "P_rated"));
        ExAnteParameter projectEfficacy = ProjectFields.ExAnte(json, block, Block, "projectEfficacy",
            "the project lighting's luminous efficacy η_PJ", "because an efficacy of zero gives no light", ParameterDimension.LuminousEfficacy);
        ExAnteParameter referenceEfficacy = ProjectFields.ExAnte(json, block, Block, "referenceEfficacy",
            "the reference lighting's luminous efficacy η_RE", "because the formula divides by it", ParameterDimension.LuminousEfficacy);
        return new LedLightingProject(methodology, electricityFactor, electricity, projectEfficacy, referenceEfficacy);
    }

    public override IEnumerable<string> Describe(ProjectId project)
    {
        foreach (string line in electricityFactor.Describe(project))
        {
            yield return line;
        }
        yield return $"  luminous efficacy: project {ProjectFields.Text(projectEfficacy)}, reference {ProjectFields.Text(referenceEfficacy)}";
    }

    public override QuantificationResult Quantify(
        MonitoringPeriod period, MonitoringSite site, MidpointRounding rounding, IReadOnlyDictionary<string, MonitoredParameter> data)
    {
        var input = new LedLightingInput(DataOf(data, electricity), projectEfficacy, referenceEfficacy, electricityFactor.ToParameter());
        if (electricity.GapDefault is GapDefault gap)
        {
            input = input.WithGapDefault(gap);
        }
        return methodology.Quantify(period, site, input, rounding);
    }
}
