using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// Absorption chiller with a fuel term (JCM family of ID_AM022): <c>RE_p = Q_cool,p ÷ COP_RE × EF_elec</c> (the
/// electricity a reference electric chiller would have used for the same cooling) and
/// <c>PE_p = EC_PJ,p × EF_elec + FC_PJ,p × NCV × EF_fuel</c>.
/// </summary>
/// <remarks>
/// <c>Q_cool,p</c> is on the reference side (meter errors reduce it, missing data counts zero); the electricity and
/// fuel are on the project side (meter errors increase them, missing data takes the declared default, and without one
/// the calculation stops). Instances are immutable and thread-safe.
/// </remarks>
public sealed class AbsorptionChillerMethodology : Methodology<AbsorptionChillerInput>
{
    private const string FamilyTitle = "Absorption chiller (reference electric chiller COP, fuel term)";

    /// <summary>Creates the family under a methodology's identifier and version, with the family's title.</summary>
    /// <param name="id">The identifier, for example <c>ID_AM022</c>.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public AbsorptionChillerMethodology(MethodologyId id, MethodologyVersion version, GwpSet gwpSet)
        : base(id, version, FamilyTitle, gwpSet)
    {
    }

    /// <summary>Creates the family under a methodology's identifier, version and title.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="title">The methodology's title.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public AbsorptionChillerMethodology(MethodologyId id, MethodologyVersion version, string title, GwpSet gwpSet)
        : base(id, version, title, gwpSet)
    {
    }

    /// <inheritdoc />
    protected override PeriodEmissions Calculate(AbsorptionChillerInput input, CalculationContext context)
    {
        Term cooling = context.Monitored("Q_cool,p", input.CoolingOutput, ParameterDimension.Energy, ParameterSide.Reference);
        Term cop = context.ExAnte("COP_RE", input.ReferenceCop, ParameterDimension.Dimensionless);
        Term factor = context.ExAnte("EF_elec", input.ElectricityEmissionFactor, ParameterDimension.EmissionFactorPerEnergy);
        Term electricity = input.ElectricityGapDefault is GapDefault gap
            ? context.Monitored("EC_PJ,p", input.ElectricityConsumption, ParameterDimension.Energy, ParameterSide.Project, gap)
            : context.Monitored("EC_PJ,p", input.ElectricityConsumption, ParameterDimension.Energy, ParameterSide.Project);
        (Term fuel, Term ncv, Term fuelFactor) = input.Fuel.Record(context, ParameterSide.Project);
        Co2e re = context.Emissions("RE_p", "Q_cool,p ÷ COP_RE × EF_elec", cooling / cop * factor);
        Co2e pe = context.Emissions("PE_p", "EC_PJ,p × EF_elec + FC_PJ,p × NCV × EF_fuel", (electricity * factor) + (fuel * ncv * fuelFactor));
        return new PeriodEmissions(re, pe);
    }
}
