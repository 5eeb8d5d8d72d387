using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// The unit symbols a project or readings file may use: every <see cref="ParameterUnit"/> of the library, found by
/// its exact symbol (<c>kWh</c>, <c>GJ/t</c>, <c>%</c>), and how to name a dimension and its units in a message.
/// </summary>
internal static class UnitTable
{
    /// <summary>Every unit, in the library's order (within a dimension, from the smallest to the largest).</summary>
    private static readonly ParameterUnit[] All =
    [
        ParameterUnit.One,
        ParameterUnit.Percent,
        ParameterUnit.WattHour,
        ParameterUnit.KilowattHour,
        ParameterUnit.MegawattHour,
        ParameterUnit.GigawattHour,
        ParameterUnit.Megajoule,
        ParameterUnit.Gigajoule,
        ParameterUnit.Terajoule,
        ParameterUnit.Kilogram,
        ParameterUnit.Tonne,
        ParameterUnit.Kilotonne,
        ParameterUnit.Litre,
        ParameterUnit.Kilolitre,
        ParameterUnit.CubicMetre,
        ParameterUnit.ThousandCubicMetres,
        ParameterUnit.TonneCo2PerMegawattHour,
        ParameterUnit.KilogramCo2PerKilowattHour,
        ParameterUnit.GramCo2PerKilowattHour,
        ParameterUnit.TonneCo2PerTerajoule,
        ParameterUnit.KilogramCo2PerGigajoule,
        ParameterUnit.KilogramCo2PerTerajoule,
        ParameterUnit.TerajoulePerTonne,
        ParameterUnit.GigajoulePerTonne,
        ParameterUnit.MegajoulePerKilogram,
        ParameterUnit.TerajoulePerKilolitre,
        ParameterUnit.GigajoulePerKilolitre,
        ParameterUnit.MegajoulePerLitre,
        ParameterUnit.MegajoulePerCubicMetre,
        ParameterUnit.LumenPerWatt,
        ParameterUnit.Watt,
        ParameterUnit.Kilowatt,
        ParameterUnit.Megawatt,
        ParameterUnit.KilogramPerHour,
        ParameterUnit.TonnePerHour,
        ParameterUnit.LitrePerHour,
        ParameterUnit.KilolitrePerHour,
        ParameterUnit.CubicMetrePerHour,
    ];

    private static readonly Dictionary<string, ParameterUnit> BySymbol = All.ToDictionary(u => u.Symbol, StringComparer.Ordinal);

    /// <summary>The units meters read and periods total (energy, energy content, fuel mass, fuel volume), in order.</summary>
    public static IReadOnlyList<ParameterUnit> Amounts { get; } = All.Where(u => u.IsAmount).ToArray();

    /// <summary>Finds a unit by its exact symbol (ordinal, case-sensitive: <c>MWh</c>, not <c>mwh</c>).</summary>
    public static bool TryFind(string symbol, out ParameterUnit unit) => BySymbol.TryGetValue(symbol, out unit);

    /// <summary>The symbols of the units of some dimensions, as a list for a message: <c>Wh, kWh, MWh or GWh</c>.</summary>
    public static string Symbols(IEnumerable<ParameterDimension> dimensions)
    {
        string[] symbols = All.Where(u => dimensions.Contains(u.Dimension)).Select(u => u.Symbol).ToArray();
        return symbols.Length == 1 ? symbols[0] : string.Join(", ", symbols[..^1]) + " or " + symbols[^1];
    }

    /// <summary>What a quantity of some dimensions measures, for a message: "a net calorific value per mass or a net calorific value per volume".</summary>
    public static string Describe(IEnumerable<ParameterDimension> dimensions) => string.Join(" or ", dimensions.Select(Describe));

    /// <summary>What a dimension measures, for a message: "an energy in watt-hours".</summary>
    public static string Describe(ParameterDimension dimension) => dimension switch
    {
        ParameterDimension.Dimensionless => "a pure number",
        ParameterDimension.Energy => "an energy in watt-hours",
        ParameterDimension.EnergyContent => "a fuel energy content in joules",
        ParameterDimension.FuelMass => "a fuel mass",
        ParameterDimension.FuelVolume => "a fuel volume",
        ParameterDimension.EmissionFactorPerEnergy => "an emission factor per energy",
        ParameterDimension.EmissionFactorPerEnergyContent => "an emission factor per fuel energy content",
        ParameterDimension.NetCalorificValuePerMass => "a net calorific value per mass",
        ParameterDimension.NetCalorificValuePerVolume => "a net calorific value per volume",
        ParameterDimension.LuminousEfficacy => "a luminous efficacy",
        ParameterDimension.Power => "a power",
        ParameterDimension.FuelMassRate => "a fuel mass per hour",
        ParameterDimension.FuelVolumeRate => "a fuel volume per hour",
        _ => dimension.ToString(),
    };
}
