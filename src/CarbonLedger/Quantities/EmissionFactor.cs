using System;
using CarbonLedger.Utility;
using UnitsNet;

namespace CarbonLedger.Quantities;

/// <summary>
/// Creates emission factors of each dimension and applies them to UnitsNet quantities at the boundary.
/// </summary>
/// <remarks>
/// Factors must not be negative. The UnitsNet overloads read the quantity once, as a <see cref="double"/> in
/// the factor's canonical unit, and convert it to <see cref="decimal"/> with at most 15 significant digits
/// (the runtime's conversion); NaN and infinities are rejected. Everything after that is exact.
/// </remarks>
public static class EmissionFactor
{
    /// <summary>A factor per unit of electrical energy, for example 0.797 tCO2e/MWh or 0.5 kgCO2e/kWh.</summary>
    /// <param name="value">The factor's value; must not be negative.</param>
    /// <param name="massUnit">The CO2e mass unit of the numerator.</param>
    /// <param name="perUnit">The energy unit of the denominator.</param>
    public static EmissionFactor<ElectricEnergyUnit> PerEnergy(decimal value, Co2eMassUnit massUnit, ElectricEnergyUnit perUnit) =>
        Create(value, massUnit, perUnit);

    /// <summary>A factor in tonnes of CO2e per MWh, the unit of JCM grid emission factors.</summary>
    public static EmissionFactor<ElectricEnergyUnit> TonnesPerMegawattHour(decimal value) =>
        Create(value, Co2eMassUnit.Tonne, ElectricEnergyUnit.MegawattHour);

    /// <summary>A factor per unit of fuel energy content (heat), for example 56.1 tCO2/TJ for natural gas.</summary>
    public static EmissionFactor<EnergyContentUnit> PerEnergyContent(decimal value, Co2eMassUnit massUnit, EnergyContentUnit perUnit) =>
        Create(value, massUnit, perUnit);

    /// <summary>A factor in tonnes of CO2e per TJ of fuel energy content.</summary>
    public static EmissionFactor<EnergyContentUnit> TonnesPerTerajoule(decimal value) =>
        Create(value, Co2eMassUnit.Tonne, EnergyContentUnit.Terajoule);

    /// <summary>A factor per unit of fuel mass, for example 2.3 tCO2e/t.</summary>
    public static EmissionFactor<FuelMassUnit> PerMass(decimal value, Co2eMassUnit massUnit, FuelMassUnit perUnit) =>
        Create(value, massUnit, perUnit);

    /// <summary>A factor per unit of fuel volume, for example 2.58 tCO2e/kL of diesel.</summary>
    public static EmissionFactor<FuelVolumeUnit> PerVolume(decimal value, Co2eMassUnit massUnit, FuelVolumeUnit perUnit) =>
        Create(value, massUnit, perUnit);

    /// <summary>Applies a per-energy factor to a UnitsNet <see cref="Energy"/> (read once in MWh; see remarks).</summary>
    /// <exception cref="ArgumentException">The energy is NaN, infinite or negative.</exception>
    public static Co2e Apply(this EmissionFactor<ElectricEnergyUnit> factor, Energy energy) =>
        factor.Apply(DoubleConversion.ToDecimal(energy.MegawattHours, nameof(energy)), ElectricEnergyUnit.MegawattHour);

    /// <summary>Applies a per-energy-content factor to a UnitsNet <see cref="Energy"/> (read once in TJ; see remarks).</summary>
    /// <exception cref="ArgumentException">The energy is NaN, infinite or negative.</exception>
    public static Co2e Apply(this EmissionFactor<EnergyContentUnit> factor, Energy energy) =>
        factor.Apply(DoubleConversion.ToDecimal(energy.Gigajoules, nameof(energy)), EnergyContentUnit.Gigajoule);

    /// <summary>Applies a per-mass factor to a UnitsNet <see cref="Mass"/> (read once in tonnes; see remarks).</summary>
    /// <exception cref="ArgumentException">The mass is NaN, infinite or negative.</exception>
    public static Co2e Apply(this EmissionFactor<FuelMassUnit> factor, Mass mass) =>
        factor.Apply(DoubleConversion.ToDecimal(mass.Tonnes, nameof(mass)), FuelMassUnit.Tonne);

    /// <summary>Applies a per-volume factor to a UnitsNet <see cref="Volume"/> (read once in cubic metres; see remarks).</summary>
    /// <exception cref="ArgumentException">The volume is NaN, infinite or negative.</exception>
    public static Co2e Apply(this EmissionFactor<FuelVolumeUnit> factor, Volume volume) =>
        factor.Apply(DoubleConversion.ToDecimal(volume.CubicMeters, nameof(volume)), FuelVolumeUnit.CubicMetre);

    private static EmissionFactor<TUnit> Create<TUnit>(decimal value, Co2eMassUnit massUnit, TUnit perUnit)
        where TUnit : struct, Enum
    {
        Preconditions.CheckArgument(value >= 0m, nameof(value), "Emission factor must not be negative; it is {0}", value);
        decimal tonnes = UnitScale.ToTonnes(massUnit, nameof(massUnit));
        decimal scale = UnitScale.ToCanonical(perUnit, nameof(perUnit));
        return new EmissionFactor<TUnit>(value * tonnes / scale);
    }
}
