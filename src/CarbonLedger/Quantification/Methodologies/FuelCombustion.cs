using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// Fuel burnt by project equipment: the monitored consumption <c>FC_PJ,p</c> (mass or volume), its net calorific
/// value <c>NCV</c> (per the same kind of amount) and the fuel's CO2 emission factor <c>EF_fuel</c> per energy content.
/// Emissions are <c>FC_PJ,p × NCV × EF_fuel</c> (t × TJ/t × tCO2/TJ, or kL × TJ/kL × tCO2/TJ).
/// </summary>
/// <remarks>Instances are immutable; <see cref="WithGapDefault"/> returns a copy.</remarks>
public sealed class FuelCombustion
{
    /// <summary>Creates the fuel chain.</summary>
    /// <param name="consumption">The monitored fuel consumption: a fuel mass or a fuel volume.</param>
    /// <param name="netCalorificValue">The NCV per mass (for a mass) or per volume (for a volume), positive.</param>
    /// <param name="emissionFactor">The CO2 emission factor per energy content (tCO2/TJ…).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The units do not match (a volume with an NCV per mass, say) or the NCV is zero.</exception>
    public FuelCombustion(MonitoredParameter consumption, ExAnteParameter netCalorificValue, ExAnteParameter emissionFactor)
    {
        InputChecks.FuelChain(consumption, netCalorificValue, nameof(consumption), nameof(netCalorificValue));
        Consumption = consumption;
        NetCalorificValue = netCalorificValue;
        EmissionFactor = InputChecks.OfDimension(emissionFactor, ParameterDimension.EmissionFactorPerEnergyContent, nameof(emissionFactor), "EF_fuel");
    }

    private FuelCombustion(FuelCombustion other, GapDefault gapDefault)
    {
        Consumption = other.Consumption;
        NetCalorificValue = other.NetCalorificValue;
        EmissionFactor = other.EmissionFactor;
        GapDefault = gapDefault;
    }

    /// <summary>The monitored fuel consumption <c>FC_PJ,p</c>.</summary>
    public MonitoredParameter Consumption { get; }

    /// <summary>The net calorific value <c>NCV</c>.</summary>
    public ExAnteParameter NetCalorificValue { get; }

    /// <summary>The CO2 emission factor <c>EF_fuel</c>.</summary>
    public ExAnteParameter EmissionFactor { get; }

    /// <summary>The conservative default for missing consumption data on the project side (rated fuel use × hours), or null.</summary>
    public GapDefault? GapDefault { get; }

    /// <summary>A copy with a conservative default for missing data; its rate is fuel mass or volume per hour.</summary>
    /// <param name="gapDefault">The default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gapDefault"/> is null.</exception>
    public FuelCombustion WithGapDefault(GapDefault gapDefault) => new(this, Preconditions.CheckNotNull(gapDefault));

    /// <summary>Records FC_PJ,p, NCV and EF_fuel and returns (consumption, NCV × EF_fuel as named terms).</summary>
    internal (Term Consumption, Term NetCalorificValue, Term EmissionFactor) Record(CalculationContext context, ParameterSide side)
    {
        ParameterDimension dimension = Consumption.Unit.Dimension;
        Term fuel = GapDefault is GapDefault gap
            ? context.Monitored("FC_PJ,p", Consumption, dimension, side, gap)
            : context.Monitored("FC_PJ,p", Consumption, dimension, side);
        Term ncv = context.ExAnte("NCV", NetCalorificValue, NetCalorificValue.Unit.Dimension);
        Term factor = context.ExAnte("EF_fuel", EmissionFactor, ParameterDimension.EmissionFactorPerEnergyContent);
        return (fuel, ncv, factor);
    }
}
