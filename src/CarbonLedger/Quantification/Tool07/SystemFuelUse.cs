using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// One fuel burnt by an electricity system's non-low-cost/must-run units in a year, for TOOL07's simple OM option B:
/// consumption <c>FC_i,y</c>, net calorific value <c>NCV_i,y</c> and CO2 factor <c>EF_CO2,i,y</c>.
/// </summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class SystemFuelUse
{
    /// <summary>Creates a fuel use.</summary>
    /// <param name="fuel">A non-blank fuel name, for example "Coal".</param>
    /// <param name="consumption">The amount burnt in the year, not negative.</param>
    /// <param name="consumptionUnit">Its unit: a fuel mass or a fuel volume.</param>
    /// <param name="netCalorificValue">The NCV, positive.</param>
    /// <param name="netCalorificValueUnit">Its unit: per mass for a mass, per volume for a volume.</param>
    /// <param name="emissionFactor">The fuel's CO2 emission factor per energy content.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fuel"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, an amount is negative or zero, or the units do not match.</exception>
    public SystemFuelUse(
        string fuel, decimal consumption, ParameterUnit consumptionUnit, decimal netCalorificValue, ParameterUnit netCalorificValueUnit,
        EmissionFactor<EnergyContentUnit> emissionFactor)
    {
        Preconditions.CheckNotNull(fuel);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(fuel), nameof(fuel), "Fuel name must not be blank");
        Preconditions.CheckArgument(consumption >= 0m, nameof(consumption), "Fuel consumption must not be negative; it is {0}", QuantificationFormat.Number(consumption));
        ParameterDimension amount = consumptionUnit.Dimension;
        Preconditions.CheckArgument(amount is ParameterDimension.FuelMass or ParameterDimension.FuelVolume, nameof(consumptionUnit),
            "Mismatched units: fuel consumption must be a fuel mass or volume; it is in {0}", consumptionUnit);
        netCalorificValueUnit.CheckDimension(
            amount == ParameterDimension.FuelMass ? ParameterDimension.NetCalorificValuePerMass : ParameterDimension.NetCalorificValuePerVolume,
            nameof(netCalorificValueUnit), $"NCV of {fuel} (consumption in {consumptionUnit})");
        Preconditions.CheckArgument(netCalorificValue > 0m, nameof(netCalorificValue), "NCV must be positive; it is {0}", QuantificationFormat.Number(netCalorificValue));
        Fuel = fuel;
        Consumption = consumption;
        ConsumptionUnit = consumptionUnit;
        NetCalorificValue = netCalorificValue;
        NetCalorificValueUnit = netCalorificValueUnit;
        EmissionFactor = emissionFactor;
    }

    /// <summary>The fuel's name.</summary>
    public string Fuel { get; }

    /// <summary>The amount burnt, in <see cref="ConsumptionUnit"/>.</summary>
    public decimal Consumption { get; }

    /// <summary>The unit of <see cref="Consumption"/>.</summary>
    public ParameterUnit ConsumptionUnit { get; }

    /// <summary>The NCV, in <see cref="NetCalorificValueUnit"/>.</summary>
    public decimal NetCalorificValue { get; }

    /// <summary>The unit of <see cref="NetCalorificValue"/>.</summary>
    public ParameterUnit NetCalorificValueUnit { get; }

    /// <summary>The fuel's CO2 emission factor.</summary>
    public EmissionFactor<EnergyContentUnit> EmissionFactor { get; }

    /// <summary>The emissions <c>FC × NCV × EF_CO2</c> in tonnes, exactly (canonical units t or kL, TJ/t or TJ/kL, tCO2/TJ).</summary>
    internal decimal Tonnes =>
        ConsumptionUnit.ToCanonical(Consumption) * NetCalorificValueUnit.ToCanonical(NetCalorificValue) * EmissionFactor.TonnesPerCanonicalUnit;

    /// <summary>The fuel's name.</summary>
    public override string ToString() => Fuel;
}
