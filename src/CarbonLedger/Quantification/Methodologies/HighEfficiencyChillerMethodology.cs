using System.Collections.Generic;
using System.Globalization;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// High-efficiency chiller or inverter air conditioning (JCM family of TH_AM005, ID_AM004):
/// <c>RE_p = Σ_i EC_PJ,i,p × (COP_PJ,i ÷ COP_RE,i) × EF_elec</c> and <c>PE_p = Σ_i EC_PJ,i,p × EF_elec</c>: the
/// reference equipment would have used <c>COP_PJ ÷ COP_RE</c> times the electricity to deliver the same cooling.
/// </summary>
/// <remarks>
/// <para>The consumption raises the reductions when the project COP exceeds the reference COP, so it is then on the
/// reference side (meter errors reduce it, missing data counts zero); otherwise it is on the project side (meter errors
/// increase it, missing data takes the unit's <see cref="ChillerUnit.GapDefault"/>). Either way the correction lowers
/// the reductions.</para>
/// <para>The ratio is a decimal division (28–29 significant digits), written in the trace in parentheses so the
/// order of computation is explicit. The built-in instance states GWP set AR5 (the formula counts CO2 only).
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class HighEfficiencyChillerMethodology : Methodology<HighEfficiencyChillerInput>
{
    private const string FamilyTitle = "High-efficiency chiller or inverter air conditioner (COP ratio)";

    /// <summary>Creates the family under a methodology's identifier and version, with the family's title.</summary>
    /// <param name="id">The identifier, for example <c>ID_AM004</c>.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public HighEfficiencyChillerMethodology(MethodologyId id, MethodologyVersion version, GwpSet gwpSet)
        : base(id, version, FamilyTitle, gwpSet)
    {
    }

    /// <summary>Creates the family under a methodology's identifier, version and title.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="title">The methodology's title.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public HighEfficiencyChillerMethodology(MethodologyId id, MethodologyVersion version, string title, GwpSet gwpSet)
        : base(id, version, title, gwpSet)
    {
    }

    /// <summary>JCM Thailand <c>TH_AM005</c> <c>Ver3.0</c> with the family's title.</summary>
    public static HighEfficiencyChillerMethodology ThAm005Ver3 { get; } =
        new(MethodologyId.Parse("TH_AM005"), new MethodologyVersion(3, 0), GwpSet.Ar5);

    /// <inheritdoc />
    protected override PeriodEmissions Calculate(HighEfficiencyChillerInput input, CalculationContext context)
    {
        Term factor = context.ExAnte("EF_elec", input.ElectricityEmissionFactor, ParameterDimension.EmissionFactorPerEnergy);
        var reference = new List<Term>(input.Units.Count);
        var project = new List<Term>(input.Units.Count);
        for (int i = 0; i < input.Units.Count; i++)
        {
            ChillerUnit unit = input.Units[i];
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            Term projectCop = context.ExAnte($"COP_PJ,{n}", unit.ProjectCop, ParameterDimension.Dimensionless);
            Term referenceCop = context.ExAnte($"COP_RE,{n}", unit.ReferenceCop, ParameterDimension.Dimensionless);
            ParameterSide side = projectCop.Value >= referenceCop.Value ? ParameterSide.Reference : ParameterSide.Project;
            Term consumption = unit.GapDefault is GapDefault gap
                ? context.Monitored($"EC_PJ,{n},p", unit.ElectricityConsumption, ParameterDimension.Energy, side, gap)
                : context.Monitored($"EC_PJ,{n},p", unit.ElectricityConsumption, ParameterDimension.Energy, side);
            reference.Add(consumption * (projectCop / referenceCop) * factor);
            project.Add(consumption * factor);
        }
        Co2e re = context.Emissions("RE_p", "Σ_i EC_PJ,i,p × (COP_PJ,i ÷ COP_RE,i) × EF_elec", Term.Total(reference));
        Co2e pe = context.Emissions("PE_p", "Σ_i EC_PJ,i,p × EF_elec", Term.Total(project));
        return new PeriodEmissions(re, pe);
    }
}
