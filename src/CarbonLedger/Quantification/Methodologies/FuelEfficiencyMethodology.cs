using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// Fuel-fired equipment efficiency (boilers, furnaces; CDM analogues):
/// <c>RE_p = FC_PJ,p × NCV × EF_fuel × (η_PJ ÷ η_RE)</c> (the fuel the less efficient reference equipment would have
/// burnt for the same useful output) and <c>PE_p = FC_PJ,p × NCV × EF_fuel</c>.
/// </summary>
/// <remarks>
/// The fuel consumption is on the reference side when <c>η_PJ ≥ η_RE</c> (it then raises the reductions) and on the
/// project side otherwise, so every correction lowers the reductions. No JCM identifier is built in for this family:
/// construct it with the identifier and version of the methodology you apply. Instances are immutable and thread-safe.
/// </remarks>
public sealed class FuelEfficiencyMethodology : Methodology<FuelEfficiencyInput>
{
    private const string FamilyTitle = "Fuel-fired equipment efficiency (NCV × EF chain, efficiency ratio)";

    /// <summary>Creates the family under a methodology's identifier and version, with the family's title.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public FuelEfficiencyMethodology(MethodologyId id, MethodologyVersion version, GwpSet gwpSet)
        : base(id, version, FamilyTitle, gwpSet)
    {
    }

    /// <summary>Creates the family under a methodology's identifier, version and title.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="title">The methodology's title.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public FuelEfficiencyMethodology(MethodologyId id, MethodologyVersion version, string title, GwpSet gwpSet)
        : base(id, version, title, gwpSet)
    {
    }

    /// <inheritdoc />
    protected override PeriodEmissions Calculate(FuelEfficiencyInput input, CalculationContext context)
    {
        Term projectEfficiency = context.ExAnte("η_PJ", input.ProjectEfficiency, ParameterDimension.Dimensionless);
        Term referenceEfficiency = context.ExAnte("η_RE", input.ReferenceEfficiency, ParameterDimension.Dimensionless);
        ParameterSide side = projectEfficiency.Value >= referenceEfficiency.Value ? ParameterSide.Reference : ParameterSide.Project;
        (Term fuel, Term ncv, Term factor) = input.Fuel.Record(context, side);
        Term combustion = fuel * ncv * factor;
        Co2e re = context.Emissions("RE_p", "FC_PJ,p × NCV × EF_fuel × (η_PJ ÷ η_RE)", combustion * (projectEfficiency / referenceEfficiency));
        Co2e pe = context.Emissions("PE_p", "FC_PJ,p × NCV × EF_fuel", combustion);
        return new PeriodEmissions(re, pe);
    }
}
