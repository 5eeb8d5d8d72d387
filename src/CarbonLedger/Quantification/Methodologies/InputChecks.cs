using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>The argument checks shared by the built-in methodologies' inputs.</summary>
internal static class InputChecks
{
    /// <summary>Not null, of the dimension, and strictly positive (COPs, efficiencies, efficacies, NCVs).</summary>
    internal static ExAnteParameter Positive(ExAnteParameter? parameter, ParameterDimension dimension, string paramName, string what)
    {
        Preconditions.CheckNotNull(parameter, paramName);
        parameter.Unit.CheckDimension(dimension, paramName, what);
        Preconditions.CheckArgument(parameter.Value > 0m, paramName, "{0} must be positive; it is {1}", what, QuantificationFormat.Number(parameter.Value));
        return parameter;
    }

    /// <summary>Not null and of the dimension (emission factors, which may be zero).</summary>
    internal static ExAnteParameter OfDimension(ExAnteParameter? parameter, ParameterDimension dimension, string paramName, string what)
    {
        Preconditions.CheckNotNull(parameter, paramName);
        parameter.Unit.CheckDimension(dimension, paramName, what);
        return parameter;
    }

    /// <summary>Not null and of the dimension.</summary>
    internal static MonitoredParameter OfDimension(MonitoredParameter? parameter, ParameterDimension dimension, string paramName, string what)
    {
        Preconditions.CheckNotNull(parameter, paramName);
        parameter.Unit.CheckDimension(dimension, paramName, what);
        return parameter;
    }

    /// <summary>A fuel amount (mass or volume) and a net calorific value per the same kind of amount.</summary>
    internal static void FuelChain(MonitoredParameter? fuel, ExAnteParameter? netCalorificValue, string fuelParam, string ncvParam)
    {
        Preconditions.CheckNotNull(fuel, fuelParam);
        Preconditions.CheckNotNull(netCalorificValue, ncvParam);
        ParameterDimension fuelDimension = fuel.Unit.Dimension;
        Preconditions.CheckArgument(fuelDimension is ParameterDimension.FuelMass or ParameterDimension.FuelVolume, fuelParam,
            "Mismatched units: FC_PJ,p must be a fuel mass or volume; it is in {0} ({1})", fuel.Unit, fuelDimension);
        ParameterDimension expected = fuelDimension == ParameterDimension.FuelMass
            ? ParameterDimension.NetCalorificValuePerMass
            : ParameterDimension.NetCalorificValuePerVolume;
        Preconditions.CheckArgument(netCalorificValue.Unit.Dimension == expected, ncvParam,
            "Mismatched units: NCV must be per " + (fuelDimension == ParameterDimension.FuelMass ? "mass" : "volume") +
            " of fuel because FC_PJ,p is in {0}; the NCV is in {1}", fuel.Unit, netCalorificValue.Unit);
        Positive(netCalorificValue, expected, ncvParam, "NCV");
    }

    /// <summary>Not null and not blank.</summary>
    internal static string Name(string? name, string paramName)
    {
        Preconditions.CheckNotNull(name, paramName);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), paramName, "Name must not be blank");
        return name;
    }
}
