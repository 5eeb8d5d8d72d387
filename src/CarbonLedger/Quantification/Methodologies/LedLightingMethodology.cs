using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// LED lighting (JCM family of ID_AM020, TH_AM016): <c>RE_p = EC_PJ,p × (η_PJ ÷ η_RE) × EF_elec</c> and
/// <c>PE_p = EC_PJ,p × EF_elec</c>, where <c>η</c> is luminous efficacy in lm/W: the reference lighting would have used
/// <c>η_PJ ÷ η_RE</c> times the electricity for the same light.
/// </summary>
/// <remarks>
/// The consumption is on the reference side when <c>η_PJ ≥ η_RE</c> and on the project side otherwise, so every
/// correction lowers the reductions. The ratio is a decimal division (28–29 significant digits). Instances are
/// immutable and thread-safe.
/// </remarks>
public sealed class LedLightingMethodology : Methodology<LedLightingInput>
{
    private const string FamilyTitle = "LED lighting (luminous efficacy ratio)";

    /// <summary>Creates the family under a methodology's identifier and version, with the family's title.</summary>
    /// <param name="id">The identifier, for example <c>ID_AM020</c>.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public LedLightingMethodology(MethodologyId id, MethodologyVersion version, GwpSet gwpSet)
        : base(id, version, FamilyTitle, gwpSet)
    {
    }

    /// <summary>Creates the family under a methodology's identifier, version and title.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="title">The methodology's title.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public LedLightingMethodology(MethodologyId id, MethodologyVersion version, string title, GwpSet gwpSet)
        : base(id, version, title, gwpSet)
    {
    }

    /// <inheritdoc />
    protected override PeriodEmissions Calculate(LedLightingInput input, CalculationContext context)
    {
        Term factor = context.ExAnte("EF_elec", input.ElectricityEmissionFactor, ParameterDimension.EmissionFactorPerEnergy);
        Term projectEfficacy = context.ExAnte("η_PJ", input.ProjectEfficacy, ParameterDimension.LuminousEfficacy);
        Term referenceEfficacy = context.ExAnte("η_RE", input.ReferenceEfficacy, ParameterDimension.LuminousEfficacy);
        ParameterSide side = projectEfficacy.Value >= referenceEfficacy.Value ? ParameterSide.Reference : ParameterSide.Project;
        Term consumption = input.GapDefault is GapDefault gap
            ? context.Monitored("EC_PJ,p", input.ElectricityConsumption, ParameterDimension.Energy, side, gap)
            : context.Monitored("EC_PJ,p", input.ElectricityConsumption, ParameterDimension.Energy, side);
        Co2e re = context.Emissions("RE_p", "EC_PJ,p × (η_PJ ÷ η_RE) × EF_elec", consumption * (projectEfficacy / referenceEfficacy) * factor);
        Co2e pe = context.Emissions("PE_p", "EC_PJ,p × EF_elec", consumption * factor);
        return new PeriodEmissions(re, pe);
    }
}
