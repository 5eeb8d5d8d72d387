using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// The unit a parameter value is stated in, such as <c>kWh</c>, <c>tCO2/MWh</c>, <c>GJ/t</c> or <c>lm/W</c>.
/// Each unit belongs to one <see cref="ParameterDimension"/> and converts to that dimension's canonical unit by an
/// exact power of ten.
/// </summary>
/// <remarks>
/// <para>The set of units is closed: the static properties list every supported unit. Energy in watt-hours and fuel
/// energy content in joules are separate dimensions on purpose: 1 GJ is 0.2777… MWh, which no decimal holds exactly,
/// so CarbonLedger never converts between them.</para>
/// <para>Equality compares the unit itself (kWh differs from MWh even though both are energies). Units have no
/// natural order and do not implement <see cref="IComparable{T}"/>. The default value is <see cref="One"/>.</para>
/// </remarks>
public readonly struct ParameterUnit : IEquatable<ParameterUnit>
{
    private static readonly Definition[] Definitions =
    [
        new(ParameterDimension.Dimensionless, 1m, "1"),
        new(ParameterDimension.Dimensionless, 0.01m, "%"),
        new(ParameterDimension.Energy, 0.000001m, "Wh"),
        new(ParameterDimension.Energy, 0.001m, "kWh"),
        new(ParameterDimension.Energy, 1m, "MWh"),
        new(ParameterDimension.Energy, 1000m, "GWh"),
        new(ParameterDimension.EnergyContent, 0.000001m, "MJ"),
        new(ParameterDimension.EnergyContent, 0.001m, "GJ"),
        new(ParameterDimension.EnergyContent, 1m, "TJ"),
        new(ParameterDimension.FuelMass, 0.001m, "kg"),
        new(ParameterDimension.FuelMass, 1m, "t"),
        new(ParameterDimension.FuelMass, 1000m, "kt"),
        new(ParameterDimension.FuelVolume, 0.001m, "L"),
        new(ParameterDimension.FuelVolume, 1m, "kL"),
        new(ParameterDimension.FuelVolume, 1m, "m3"),
        new(ParameterDimension.FuelVolume, 1000m, "thousand m3"),
        new(ParameterDimension.EmissionFactorPerEnergy, 1m, "tCO2/MWh"),
        new(ParameterDimension.EmissionFactorPerEnergy, 1m, "kgCO2/kWh"),
        new(ParameterDimension.EmissionFactorPerEnergy, 0.001m, "gCO2/kWh"),
        new(ParameterDimension.EmissionFactorPerEnergyContent, 1m, "tCO2/TJ"),
        new(ParameterDimension.EmissionFactorPerEnergyContent, 1m, "kgCO2/GJ"),
        new(ParameterDimension.EmissionFactorPerEnergyContent, 0.001m, "kgCO2/TJ"),
        new(ParameterDimension.NetCalorificValuePerMass, 1m, "TJ/t"),
        new(ParameterDimension.NetCalorificValuePerMass, 0.001m, "GJ/t"),
        new(ParameterDimension.NetCalorificValuePerMass, 0.001m, "MJ/kg"),
        new(ParameterDimension.NetCalorificValuePerVolume, 1m, "TJ/kL"),
        new(ParameterDimension.NetCalorificValuePerVolume, 0.001m, "GJ/kL"),
        new(ParameterDimension.NetCalorificValuePerVolume, 0.001m, "MJ/L"),
        new(ParameterDimension.NetCalorificValuePerVolume, 0.000001m, "MJ/m3"),
        new(ParameterDimension.LuminousEfficacy, 1m, "lm/W"),
        new(ParameterDimension.Power, 0.000001m, "W"),
        new(ParameterDimension.Power, 0.001m, "kW"),
        new(ParameterDimension.Power, 1m, "MW"),
        new(ParameterDimension.FuelMassRate, 0.001m, "kg/h"),
        new(ParameterDimension.FuelMassRate, 1m, "t/h"),
        new(ParameterDimension.FuelVolumeRate, 0.001m, "L/h"),
        new(ParameterDimension.FuelVolumeRate, 1m, "kL/h"),
        new(ParameterDimension.FuelVolumeRate, 1m, "m3/h"),
    ];

    private readonly byte code;

    private ParameterUnit(byte code) => this.code = code;

    /// <summary>A pure number (COP, efficiency as a fraction). This is also the default value.</summary>
    public static ParameterUnit One => new(0);

    /// <summary>Percent: 87 % is 0.87.</summary>
    public static ParameterUnit Percent => new(1);

    /// <summary>Watt-hours (10^-6 MWh).</summary>
    public static ParameterUnit WattHour => new(2);

    /// <summary>Kilowatt-hours (10^-3 MWh).</summary>
    public static ParameterUnit KilowattHour => new(3);

    /// <summary>Megawatt-hours, the canonical energy unit.</summary>
    public static ParameterUnit MegawattHour => new(4);

    /// <summary>Gigawatt-hours (10^3 MWh).</summary>
    public static ParameterUnit GigawattHour => new(5);

    /// <summary>Megajoules of fuel energy content (10^-6 TJ).</summary>
    public static ParameterUnit Megajoule => new(6);

    /// <summary>Gigajoules of fuel energy content (10^-3 TJ).</summary>
    public static ParameterUnit Gigajoule => new(7);

    /// <summary>Terajoules, the canonical energy-content unit.</summary>
    public static ParameterUnit Terajoule => new(8);

    /// <summary>Kilograms of fuel (10^-3 t).</summary>
    public static ParameterUnit Kilogram => new(9);

    /// <summary>Tonnes of fuel, the canonical fuel-mass unit.</summary>
    public static ParameterUnit Tonne => new(10);

    /// <summary>Kilotonnes of fuel (10^3 t).</summary>
    public static ParameterUnit Kilotonne => new(11);

    /// <summary>Litres of fuel (10^-3 kL).</summary>
    public static ParameterUnit Litre => new(12);

    /// <summary>Kilolitres of fuel, the canonical fuel-volume unit.</summary>
    public static ParameterUnit Kilolitre => new(13);

    /// <summary>Cubic metres of fuel (equal to kilolitres).</summary>
    public static ParameterUnit CubicMetre => new(14);

    /// <summary>Thousands of cubic metres of fuel (10^3 kL), common for gaseous fuels.</summary>
    public static ParameterUnit ThousandCubicMetres => new(15);

    /// <summary>Tonnes of CO2 per MWh, the canonical unit of grid emission factors.</summary>
    public static ParameterUnit TonneCo2PerMegawattHour => new(16);

    /// <summary>Kilograms of CO2 per kWh (equal to tCO2/MWh).</summary>
    public static ParameterUnit KilogramCo2PerKilowattHour => new(17);

    /// <summary>Grams of CO2 per kWh (10^-3 tCO2/MWh).</summary>
    public static ParameterUnit GramCo2PerKilowattHour => new(18);

    /// <summary>Tonnes of CO2 per TJ of fuel energy content, the canonical fuel emission factor unit.</summary>
    public static ParameterUnit TonneCo2PerTerajoule => new(19);

    /// <summary>Kilograms of CO2 per GJ (equal to tCO2/TJ).</summary>
    public static ParameterUnit KilogramCo2PerGigajoule => new(20);

    /// <summary>Kilograms of CO2 per TJ (10^-3 tCO2/TJ), the unit of the IPCC default tables.</summary>
    public static ParameterUnit KilogramCo2PerTerajoule => new(21);

    /// <summary>Terajoules per tonne of fuel, the canonical net calorific value per mass.</summary>
    public static ParameterUnit TerajoulePerTonne => new(22);

    /// <summary>Gigajoules per tonne of fuel (10^-3 TJ/t).</summary>
    public static ParameterUnit GigajoulePerTonne => new(23);

    /// <summary>Megajoules per kilogram of fuel (equal to GJ/t).</summary>
    public static ParameterUnit MegajoulePerKilogram => new(24);

    /// <summary>Terajoules per kilolitre of fuel, the canonical net calorific value per volume.</summary>
    public static ParameterUnit TerajoulePerKilolitre => new(25);

    /// <summary>Gigajoules per kilolitre of fuel (10^-3 TJ/kL).</summary>
    public static ParameterUnit GigajoulePerKilolitre => new(26);

    /// <summary>Megajoules per litre of fuel (equal to GJ/kL).</summary>
    public static ParameterUnit MegajoulePerLitre => new(27);

    /// <summary>Megajoules per cubic metre of fuel (10^-6 TJ/kL), common for gaseous fuels.</summary>
    public static ParameterUnit MegajoulePerCubicMetre => new(28);

    /// <summary>Lumens per watt, the unit of luminous efficacy.</summary>
    public static ParameterUnit LumenPerWatt => new(29);

    /// <summary>Watts of power (10^-6 MW).</summary>
    public static ParameterUnit Watt => new(30);

    /// <summary>Kilowatts of power (10^-3 MW).</summary>
    public static ParameterUnit Kilowatt => new(31);

    /// <summary>Megawatts of power, the canonical power unit.</summary>
    public static ParameterUnit Megawatt => new(32);

    /// <summary>Kilograms of fuel per hour (10^-3 t/h).</summary>
    public static ParameterUnit KilogramPerHour => new(33);

    /// <summary>Tonnes of fuel per hour, the canonical fuel-mass rate.</summary>
    public static ParameterUnit TonnePerHour => new(34);

    /// <summary>Litres of fuel per hour (10^-3 kL/h).</summary>
    public static ParameterUnit LitrePerHour => new(35);

    /// <summary>Kilolitres of fuel per hour, the canonical fuel-volume rate.</summary>
    public static ParameterUnit KilolitrePerHour => new(36);

    /// <summary>Cubic metres of fuel per hour (equal to kL/h).</summary>
    public static ParameterUnit CubicMetrePerHour => new(37);

    /// <summary>The dimension this unit measures.</summary>
    public ParameterDimension Dimension => Definitions[code].Dimension;

    /// <summary>The unit's symbol, for example <c>kWh</c> or <c>tCO2/MWh</c>.</summary>
    public string Symbol => Definitions[code].Symbol;

    /// <summary>How many canonical units of the dimension one of this unit is (an exact power of ten).</summary>
    public decimal ScaleToCanonical => Definitions[code].Scale;

    /// <summary>The canonical unit of this unit's dimension, for example MWh for kWh.</summary>
    public ParameterUnit Canonical => CanonicalOf(Dimension);

    /// <summary>Converts a value in this unit to the canonical unit of its dimension, exactly.</summary>
    /// <param name="value">A value stated in this unit.</param>
    public decimal ToCanonical(decimal value) => value * ScaleToCanonical;

    /// <summary>The canonical unit of a dimension (MWh, TJ, t, kL, tCO2/MWh, tCO2/TJ, TJ/t, TJ/kL, lm/W, MW, t/h, kL/h or 1).</summary>
    /// <param name="dimension">A defined dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException">The dimension is not defined.</exception>
    public static ParameterUnit CanonicalOf(ParameterDimension dimension)
    {
        for (int i = 0; i < Definitions.Length; i++)
        {
            if (Definitions[i].Dimension == dimension && Definitions[i].Scale == 1m)
            {
                return new ParameterUnit((byte)i);
            }
        }
        throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Value is not a defined ParameterDimension");
    }

    /// <summary>Finds the unit whose symbol is exactly <paramref name="symbol"/> (ordinal), for example <c>kWh</c>.</summary>
    internal static bool TryFromSymbol(string? symbol, out ParameterUnit unit)
    {
        for (int i = 0; i < Definitions.Length; i++)
        {
            if (string.Equals(Definitions[i].Symbol, symbol, StringComparison.Ordinal))
            {
                unit = new ParameterUnit((byte)i);
                return true;
            }
        }
        unit = default;
        return false;
    }

    /// <summary>Whether the unit measures an amount that meters read and periods total: an energy, an energy content,
    /// a fuel mass or a fuel volume.</summary>
    public bool IsAmount => Dimension is ParameterDimension.Energy or ParameterDimension.EnergyContent
        or ParameterDimension.FuelMass or ParameterDimension.FuelVolume;

    internal void CheckIsAmount(string paramName) =>
        Preconditions.CheckArgument(IsAmount, paramName,
            "A monitored amount is an energy, energy content, fuel mass or fuel volume; {0} measures {1}", this, Dimension);

    internal void CheckDimension(ParameterDimension expected, string paramName, string what)
    {
        if (Dimension != expected)
        {
            Preconditions.ThrowArgument(paramName,
                $"Mismatched units: {what} must be given in a unit of {expected} (canonical {CanonicalOf(expected)}); it is in {this} ({Dimension})");
        }
    }

    /// <inheritdoc />
    public bool Equals(ParameterUnit other) => code == other.code;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ParameterUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code;

    /// <summary>Equality of units.</summary>
    public static bool operator ==(ParameterUnit left, ParameterUnit right) => left.Equals(right);

    /// <summary>Inequality of units.</summary>
    public static bool operator !=(ParameterUnit left, ParameterUnit right) => !left.Equals(right);

    /// <summary>The unit's symbol.</summary>
    public override string ToString() => Symbol;

    private readonly record struct Definition(ParameterDimension Dimension, decimal Scale, string Symbol);
}
