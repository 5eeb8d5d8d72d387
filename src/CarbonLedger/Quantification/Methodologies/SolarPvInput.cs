using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// The input of <see cref="SolarPvMethodology"/>: the grid emission factors of the project's grid and the PV systems,
/// each with its monitored output and connection case.
/// </summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class SolarPvInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="gridFactors">The grid's factors: published (<see cref="JcmGridEmissionFactors"/>) or supplied.</param>
    /// <param name="systems">At least one PV system; each system's connection case must have a factor.</param>
    /// <exception cref="ArgumentNullException">An argument or a system is null.</exception>
    /// <exception cref="ArgumentException">No system is given, or a system's case has no factor.</exception>
    public SolarPvInput(GridEmissionFactorSet gridFactors, IEnumerable<SolarPvSystem> systems)
    {
        Preconditions.CheckNotNull(gridFactors);
        Preconditions.CheckNotNull(systems);
        SolarPvSystem[] list = systems.ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(systems), "Give at least one solar PV system");
        foreach (SolarPvSystem system in list)
        {
            Preconditions.CheckNotNull(system, nameof(systems));
            Preconditions.CheckArgument(system.Connection == GridConnectionCase.GridConnected || gridFactors.HasCaptiveOrIsolated, nameof(systems),
                "System '{0}' is connected as case 2 (captive or isolated), but the factors for {1} give no case 2 factor", system.Name, gridFactors);
        }
        GridFactors = gridFactors;
        Systems = list;
    }

    /// <summary>The grid emission factors.</summary>
    public GridEmissionFactorSet GridFactors { get; }

    /// <summary>The PV systems, in the order given (system i is at index i − 1).</summary>
    public IReadOnlyList<SolarPvSystem> Systems { get; }
}
