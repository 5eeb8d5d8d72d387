using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// The input of <see cref="AbsorptionChillerMethodology"/>: the cooling delivered, the reference (electric) chiller's
/// COP, the absorption chiller's own electricity use and fuel use, and the electricity emission factor.
/// </summary>
/// <remarks>Instances are immutable; <see cref="WithElectricityGapDefault"/> returns a copy.</remarks>
public sealed class AbsorptionChillerInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="coolingOutput">The cooling delivered <c>Q_cool,p</c>, as an energy in watt-hours (kWh or MWh of cooling).</param>
    /// <param name="referenceCop">The reference electric chiller's COP <c>COP_RE</c>, positive.</param>
    /// <param name="electricityConsumption">The absorption chiller's auxiliary electricity <c>EC_PJ,p</c>: an energy.</param>
    /// <param name="electricityEmissionFactor">The electricity emission factor <c>EF_elec</c>, per energy.</param>
    /// <param name="fuel">The fuel the absorption chiller burns.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A unit is of the wrong dimension (mismatched units) or the COP is zero.</exception>
    public AbsorptionChillerInput(
        MonitoredParameter coolingOutput, ExAnteParameter referenceCop, MonitoredParameter electricityConsumption,
        ExAnteParameter electricityEmissionFactor, FuelCombustion fuel)
    {
        CoolingOutput = InputChecks.OfDimension(coolingOutput, ParameterDimension.Energy, nameof(coolingOutput), "Q_cool,p");
        ReferenceCop = InputChecks.Positive(referenceCop, ParameterDimension.Dimensionless, nameof(referenceCop), "COP_RE");
        ElectricityConsumption = InputChecks.OfDimension(electricityConsumption, ParameterDimension.Energy, nameof(electricityConsumption), "EC_PJ,p");
        ElectricityEmissionFactor = InputChecks.OfDimension(
            electricityEmissionFactor, ParameterDimension.EmissionFactorPerEnergy, nameof(electricityEmissionFactor), "EF_elec");
        Fuel = Preconditions.CheckNotNull(fuel);
    }

    private AbsorptionChillerInput(AbsorptionChillerInput other, GapDefault gapDefault)
    {
        CoolingOutput = other.CoolingOutput;
        ReferenceCop = other.ReferenceCop;
        ElectricityConsumption = other.ElectricityConsumption;
        ElectricityEmissionFactor = other.ElectricityEmissionFactor;
        Fuel = other.Fuel;
        ElectricityGapDefault = gapDefault;
    }

    /// <summary>The cooling delivered <c>Q_cool,p</c>.</summary>
    public MonitoredParameter CoolingOutput { get; }

    /// <summary>The reference electric chiller's COP <c>COP_RE</c>.</summary>
    public ExAnteParameter ReferenceCop { get; }

    /// <summary>The auxiliary electricity <c>EC_PJ,p</c>.</summary>
    public MonitoredParameter ElectricityConsumption { get; }

    /// <summary>The electricity emission factor <c>EF_elec</c>.</summary>
    public ExAnteParameter ElectricityEmissionFactor { get; }

    /// <summary>The fuel burnt.</summary>
    public FuelCombustion Fuel { get; }

    /// <summary>The conservative default for missing electricity data (rated power × hours), or null.</summary>
    public GapDefault? ElectricityGapDefault { get; }

    /// <summary>A copy with a conservative default for missing electricity data; its rate must be a power.</summary>
    /// <param name="gapDefault">The default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gapDefault"/> is null.</exception>
    public AbsorptionChillerInput WithElectricityGapDefault(GapDefault gapDefault) => new(this, Preconditions.CheckNotNull(gapDefault));
}
