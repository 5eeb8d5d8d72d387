using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>
/// A methodology's conservative default for missing project-side data: a rate fixed ex ante (for example the
/// rated power of a pump, 15 kW) multiplied by the hours without data.
/// </summary>
/// <remarks>
/// The rate's dimension must match the monitored amount: <see cref="ParameterDimension.Power"/> for an energy,
/// <see cref="ParameterDimension.FuelMassRate"/> for a fuel mass, <see cref="ParameterDimension.FuelVolumeRate"/>
/// for a fuel volume. Instances are immutable.
/// </remarks>
public sealed class GapDefault
{
    private GapDefault(string symbol, ExAnteParameter rate)
    {
        Symbol = symbol;
        Rate = rate;
    }

    /// <summary>The symbol of the rate in the trace, for example <c>P_rated,1</c>.</summary>
    public string Symbol { get; }

    /// <summary>The rate per hour of missing data.</summary>
    public ExAnteParameter Rate { get; }

    /// <summary>Creates a default of <paramref name="rate"/> per hour of missing data.</summary>
    /// <param name="symbol">A non-blank symbol for the rate.</param>
    /// <param name="rate">A rate: power, fuel mass per hour or fuel volume per hour.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The symbol is blank or the rate's unit is not a rate.</exception>
    public static GapDefault PerHour(string symbol, ExAnteParameter rate)
    {
        Preconditions.CheckNotNull(symbol);
        Preconditions.CheckNotNull(rate);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(symbol), nameof(symbol), "Symbol must not be blank");
        Preconditions.CheckArgument(
            rate.Unit.Dimension is ParameterDimension.Power or ParameterDimension.FuelMassRate or ParameterDimension.FuelVolumeRate,
            nameof(rate), "A gap default is a rate per hour (power, fuel mass per hour or fuel volume per hour); {0} measures {1}",
            rate.Unit, rate.Unit.Dimension);
        return new GapDefault(symbol, rate);
    }

    /// <summary>The rate dimension that fills gaps in an amount of <paramref name="amount"/>, or null when none does.</summary>
    internal static ParameterDimension? RateFor(ParameterDimension amount) => amount switch
    {
        ParameterDimension.Energy => ParameterDimension.Power,
        ParameterDimension.FuelMass => ParameterDimension.FuelMassRate,
        ParameterDimension.FuelVolume => ParameterDimension.FuelVolumeRate,
        _ => null,
    };

    /// <summary>Formats as <c>P_rated,1 = 15 kW per hour of missing data</c>.</summary>
    public override string ToString() => $"{Symbol} = {QuantificationFormat.Number(Rate.Value)} {Rate.Unit} per hour of missing data";
}
