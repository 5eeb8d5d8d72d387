using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// The input of <see cref="FuelEfficiencyMethodology"/>: the fuel the project equipment burns and the efficiencies of
/// the project and reference equipment.
/// </summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class FuelEfficiencyInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="fuel">The fuel burnt by the project equipment.</param>
    /// <param name="projectEfficiency">The project equipment's efficiency <c>η_PJ</c>: dimensionless or percent, positive.</param>
    /// <param name="referenceEfficiency">The reference equipment's efficiency <c>η_RE</c>: dimensionless or percent, positive.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An efficiency is zero or not dimensionless (mismatched units).</exception>
    public FuelEfficiencyInput(FuelCombustion fuel, ExAnteParameter projectEfficiency, ExAnteParameter referenceEfficiency)
    {
        Fuel = Preconditions.CheckNotNull(fuel);
        ProjectEfficiency = InputChecks.Positive(projectEfficiency, ParameterDimension.Dimensionless, nameof(projectEfficiency), "η_PJ");
        ReferenceEfficiency = InputChecks.Positive(referenceEfficiency, ParameterDimension.Dimensionless, nameof(referenceEfficiency), "η_RE");
    }

    /// <summary>The fuel burnt.</summary>
    public FuelCombustion Fuel { get; }

    /// <summary>The project equipment's efficiency <c>η_PJ</c>.</summary>
    public ExAnteParameter ProjectEfficiency { get; }

    /// <summary>The reference equipment's efficiency <c>η_RE</c>.</summary>
    public ExAnteParameter ReferenceEfficiency { get; }
}
