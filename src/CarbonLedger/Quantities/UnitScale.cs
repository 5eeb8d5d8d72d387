using System;
using System.Runtime.CompilerServices;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantities;

/// <summary>
/// Exact decimal scales from each supported activity unit to its dimension's canonical unit
/// (MWh, TJ, t, kL). Every scale is a power of ten, so conversions never round.
/// </summary>
internal static class UnitScale
{
    /// <summary>Whether <typeparamref name="TUnit"/> is one of the activity unit enums.</summary>
    internal static bool IsActivityUnit<TUnit>() =>
        typeof(TUnit) == typeof(ElectricEnergyUnit) || typeof(TUnit) == typeof(EnergyContentUnit)
        || typeof(TUnit) == typeof(FuelMassUnit) || typeof(TUnit) == typeof(FuelVolumeUnit);

    /// <summary>How many canonical units one <paramref name="unit"/> is.</summary>
    internal static decimal ToCanonical<TUnit>(TUnit unit, string paramName)
        where TUnit : struct, Enum
    {
        decimal scale = 0m;
        if (typeof(TUnit) == typeof(ElectricEnergyUnit))
        {
            scale = Unsafe.As<TUnit, ElectricEnergyUnit>(ref unit) switch
            {
                ElectricEnergyUnit.WattHour => 0.000001m,
                ElectricEnergyUnit.KilowattHour => 0.001m,
                ElectricEnergyUnit.MegawattHour => 1m,
                ElectricEnergyUnit.GigawattHour => 1000m,
                _ => 0m,
            };
        }
        else if (typeof(TUnit) == typeof(EnergyContentUnit))
        {
            scale = Unsafe.As<TUnit, EnergyContentUnit>(ref unit) switch
            {
                EnergyContentUnit.Megajoule => 0.000001m,
                EnergyContentUnit.Gigajoule => 0.001m,
                EnergyContentUnit.Terajoule => 1m,
                _ => 0m,
            };
        }
        else if (typeof(TUnit) == typeof(FuelMassUnit))
        {
            scale = Unsafe.As<TUnit, FuelMassUnit>(ref unit) switch
            {
                FuelMassUnit.Kilogram => 0.001m,
                FuelMassUnit.Tonne => 1m,
                FuelMassUnit.Kilotonne => 1000m,
                _ => 0m,
            };
        }
        else if (typeof(TUnit) == typeof(FuelVolumeUnit))
        {
            scale = Unsafe.As<TUnit, FuelVolumeUnit>(ref unit) switch
            {
                FuelVolumeUnit.Litre => 0.001m,
                FuelVolumeUnit.Kilolitre => 1m,
                FuelVolumeUnit.CubicMetre => 1m,
                FuelVolumeUnit.ThousandCubicMetres => 1000m,
                _ => 0m,
            };
        }
        if (scale == 0m)
        {
            Preconditions.ThrowArgument(paramName, $"{unit} is not a supported {typeof(TUnit).Name} activity unit");
        }
        return scale;
    }

    /// <summary>How many tonnes one <paramref name="unit"/> of CO2e is.</summary>
    internal static decimal ToTonnes(Co2eMassUnit unit, string paramName) => unit switch
    {
        Co2eMassUnit.Gram => 0.000001m,
        Co2eMassUnit.Kilogram => 0.001m,
        Co2eMassUnit.Tonne => 1m,
        _ => throw new ArgumentOutOfRangeException(paramName, unit, "Value is not a defined Co2eMassUnit"),
    };

    /// <summary>The symbol of the canonical unit of a dimension, for display.</summary>
    internal static string CanonicalSymbol<TUnit>() =>
        typeof(TUnit) == typeof(ElectricEnergyUnit) ? "MWh"
        : typeof(TUnit) == typeof(EnergyContentUnit) ? "TJ"
        : typeof(TUnit) == typeof(FuelMassUnit) ? "t"
        : typeof(TUnit) == typeof(FuelVolumeUnit) ? "kL"
        : typeof(TUnit).Name;
}
