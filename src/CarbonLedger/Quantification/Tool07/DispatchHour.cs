using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// One hour h of TOOL07's dispatch-data OM: the project's generation <c>EG_PJ,h</c> and the emission factor of the
/// units at the top of the dispatch order in that hour, <c>EF_EL,DD,h</c>.
/// </summary>
/// <remarks>Equality compares both values. There is no natural order.</remarks>
public readonly struct DispatchHour : IEquatable<DispatchHour>
{
    /// <summary>Creates an hour.</summary>
    /// <param name="projectGenerationMegawattHours">The project's generation in the hour, MWh; not negative.</param>
    /// <param name="dispatchEmissionFactor">The top-of-dispatch emission factor in the hour.</param>
    /// <exception cref="ArgumentException">The generation is negative.</exception>
    public DispatchHour(decimal projectGenerationMegawattHours, EmissionFactor<ElectricEnergyUnit> dispatchEmissionFactor)
    {
        Preconditions.CheckArgument(projectGenerationMegawattHours >= 0m, nameof(projectGenerationMegawattHours),
            "Project generation must not be negative; it is {0} MWh", QuantificationFormat.Number(projectGenerationMegawattHours));
        ProjectGenerationMegawattHours = projectGenerationMegawattHours;
        DispatchEmissionFactor = dispatchEmissionFactor;
    }

    /// <summary>The project's generation in the hour, <c>EG_PJ,h</c>, MWh.</summary>
    public decimal ProjectGenerationMegawattHours { get; }

    /// <summary>The top-of-dispatch emission factor in the hour, <c>EF_EL,DD,h</c>.</summary>
    public EmissionFactor<ElectricEnergyUnit> DispatchEmissionFactor { get; }

    /// <inheritdoc />
    public bool Equals(DispatchHour other) =>
        ProjectGenerationMegawattHours == other.ProjectGenerationMegawattHours && DispatchEmissionFactor == other.DispatchEmissionFactor;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DispatchHour other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProjectGenerationMegawattHours, DispatchEmissionFactor);

    /// <summary>Equality of both values.</summary>
    public static bool operator ==(DispatchHour left, DispatchHour right) => left.Equals(right);

    /// <summary>Inequality of either value.</summary>
    public static bool operator !=(DispatchHour left, DispatchHour right) => !left.Equals(right);

    /// <summary>Formats as <c>12.5 MWh at 0.8 tCO2e/MWh</c>.</summary>
    public override string ToString() => $"{QuantificationFormat.Number(ProjectGenerationMegawattHours)} MWh at {DispatchEmissionFactor}";
}
