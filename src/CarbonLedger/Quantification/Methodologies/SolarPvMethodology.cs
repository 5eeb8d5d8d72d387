using System.Collections.Generic;
using System.Globalization;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// Grid-connected or captive solar PV (JCM family of MN_AM003, TH_AM001, KH_AM002, MV_AM001):
/// <c>RE_p = Σ_i EG_i,p × EF_i</c> and <c>PE_p = 0</c>, where <c>EG_i,p</c> is system i's AC output in MWh and
/// <c>EF_i</c> the grid emission factor for its connection case in tCO2/MWh.
/// </summary>
/// <remarks>
/// <c>EG_i,p</c> is on the reference side: meter errors reduce it and missing readings count as zero. The GWP set
/// does not change the result (the formula counts CO2 only); the built-in instances state AR5, the set Paris
/// Agreement reporting uses. Instances are immutable and thread-safe.
/// </remarks>
public sealed class SolarPvMethodology : Methodology<SolarPvInput>
{
    private const string FamilyTitle = "Solar PV system (grid-connected or captive)";

    /// <summary>Creates the family under a methodology's identifier and version, with the family's title.</summary>
    /// <param name="id">The identifier, for example <c>TH_AM001</c>.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public SolarPvMethodology(MethodologyId id, MethodologyVersion version, GwpSet gwpSet)
        : base(id, version, FamilyTitle, gwpSet)
    {
    }

    /// <summary>Creates the family under a methodology's identifier, version and title.</summary>
    /// <param name="id">The identifier, for example <c>TH_AM001</c>.</param>
    /// <param name="version">The version stated by the methodology document.</param>
    /// <param name="title">The methodology's title.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    public SolarPvMethodology(MethodologyId id, MethodologyVersion version, string title, GwpSet gwpSet)
        : base(id, version, title, gwpSet)
    {
    }

    /// <summary>JCM Mongolia <c>MN_AM003</c> <c>Ver2.0</c>, "Installation of Solar PV System" (approved 30 January 2017).</summary>
    public static SolarPvMethodology MnAm003Ver2 { get; } =
        new(MethodologyId.Parse("MN_AM003"), new MethodologyVersion(2, 0), "Installation of Solar PV System", GwpSet.Ar5);

    /// <inheritdoc />
    protected override PeriodEmissions Calculate(SolarPvInput input, CalculationContext context)
    {
        var terms = new List<Term>(input.Systems.Count);
        for (int i = 0; i < input.Systems.Count; i++)
        {
            SolarPvSystem system = input.Systems[i];
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            Term generation = context.Monitored($"EG_{n},p", system.Generation, ParameterDimension.Energy, ParameterSide.Reference);
            Term factor = context.ExAnte($"EF_{n}", input.GridFactors.ToParameter(system.Connection), ParameterDimension.EmissionFactorPerEnergy);
            terms.Add(generation * factor);
        }
        Co2e reference = context.Emissions("RE_p", "Σ_i EG_i,p × EF_i", Term.Total(terms));
        Co2e project = context.Emissions("PE_p", "0 (a solar PV system emits nothing)", Term.Constant(0m));
        return new PeriodEmissions(reference, project);
    }
}
