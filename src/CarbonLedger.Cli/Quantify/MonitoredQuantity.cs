using System.Collections.Generic;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// What a family expects of one monitored quantity before the project file describes it: its methodology symbol, the
/// dimensions its readings may be in and, where missing data counts against the project, the symbol and rate
/// dimension of its gap default.
/// </summary>
/// <param name="Symbol">The methodology's symbol, for example <c>EC_PJ,p</c>.</param>
/// <param name="What">What the quantity is, for messages.</param>
/// <param name="Dimensions">The dimensions its readings may be in.</param>
/// <param name="Because">Why only those dimensions, when another part of the file decides it, or null.</param>
/// <param name="DefaultUnit">The unit of the empty series when the readings file has no reading of it.</param>
/// <param name="GapSymbol">The symbol of the gap default's rate in the trace, or null when no gap default applies.</param>
/// <param name="GapRate">The dimension of the gap default's rate, or null when no gap default applies.</param>
/// <param name="GapBecause">Why the rate has that dimension, when another part of the file decides it, or null.</param>
internal sealed record MonitoredQuantity(
    string Symbol, string What, IReadOnlyList<ParameterDimension> Dimensions, string? Because, ParameterUnit DefaultUnit,
    string? GapSymbol, ParameterDimension? GapRate, string? GapBecause)
{
    /// <summary>An amount of energy in watt-hours that raises the reductions (a PV output, cooling delivered): gaps count as zero.</summary>
    public static MonitoredQuantity ReferenceEnergy(string symbol, string what) =>
        new(symbol, what, [ParameterDimension.Energy], null, ParameterUnit.KilowattHour, null, null, null);

    /// <summary>Electricity consumed by project equipment; missing data may be filled with rated power × hours.</summary>
    public static MonitoredQuantity Electricity(string symbol, string what, string gapSymbol) =>
        new(symbol, what, [ParameterDimension.Energy], null, ParameterUnit.KilowattHour, gapSymbol, ParameterDimension.Power, null);

    /// <summary>
    /// Fuel burnt by project equipment: a mass when its net calorific value is per mass, a volume when it is per volume;
    /// missing data may be filled with a rated fuel use per hour of the same kind.
    /// </summary>
    public static MonitoredQuantity Fuel(string symbol, string what, ParameterDimension ncvDimension, string ncvPath, string gapSymbol)
    {
        bool mass = ncvDimension == ParameterDimension.NetCalorificValuePerMass;
        string kind = mass ? "mass" : "volume";
        return new(symbol, what,
            [mass ? ParameterDimension.FuelMass : ParameterDimension.FuelVolume],
            $"because its net calorific value ({ncvPath}) is per {kind}",
            mass ? ParameterUnit.Tonne : ParameterUnit.Kilolitre,
            gapSymbol,
            mass ? ParameterDimension.FuelMassRate : ParameterDimension.FuelVolumeRate,
            $"the fuel is counted by {kind}, as its net calorific value says");
    }
}
