using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>The input of <see cref="HighEfficiencyChillerMethodology"/>: the electricity emission factor and the units.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class HighEfficiencyChillerInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="electricityEmissionFactor">The electricity emission factor <c>EF_elec</c>, per energy (tCO2/MWh…).</param>
    /// <param name="units">At least one unit.</param>
    /// <exception cref="ArgumentNullException">An argument or a unit is null.</exception>
    /// <exception cref="ArgumentException">No unit is given, or the factor is not per energy (mismatched units).</exception>
    public HighEfficiencyChillerInput(ExAnteParameter electricityEmissionFactor, IEnumerable<ChillerUnit> units)
    {
        ElectricityEmissionFactor = InputChecks.OfDimension(
            electricityEmissionFactor, ParameterDimension.EmissionFactorPerEnergy, nameof(electricityEmissionFactor), "EF_elec");
        Preconditions.CheckNotNull(units);
        ChillerUnit[] list = units.ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(units), "Give at least one chiller or air conditioner");
        foreach (ChillerUnit unit in list)
        {
            Preconditions.CheckNotNull(unit, nameof(units));
        }
        Units = list;
    }

    /// <summary>The electricity emission factor <c>EF_elec</c>.</summary>
    public ExAnteParameter ElectricityEmissionFactor { get; }

    /// <summary>The units, in the order given (unit i is at index i − 1).</summary>
    public IReadOnlyList<ChillerUnit> Units { get; }
}
