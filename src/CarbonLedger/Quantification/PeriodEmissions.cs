using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Quantities;

namespace CarbonLedger.Quantification;

/// <summary>What a methodology's calculation returns: reference emissions <c>RE</c> and project emissions <c>PE</c>
/// for the span it was run on.</summary>
/// <remarks>Equality compares both quantities exactly. There is no natural order.</remarks>
public readonly struct PeriodEmissions : IEquatable<PeriodEmissions>
{
    /// <summary>Creates the pair.</summary>
    /// <param name="reference">Reference emissions <c>RE</c>.</param>
    /// <param name="project">Project emissions <c>PE</c>.</param>
    public PeriodEmissions(Co2e reference, Co2e project)
    {
        Reference = reference;
        Project = project;
    }

    /// <summary>Reference emissions <c>RE</c>.</summary>
    public Co2e Reference { get; }

    /// <summary>Project emissions <c>PE</c>.</summary>
    public Co2e Project { get; }

    /// <inheritdoc />
    public bool Equals(PeriodEmissions other) => Reference == other.Reference && Project == other.Project;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PeriodEmissions other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reference, Project);

    /// <summary>Equality of both quantities.</summary>
    public static bool operator ==(PeriodEmissions left, PeriodEmissions right) => left.Equals(right);

    /// <summary>Inequality of either quantity.</summary>
    public static bool operator !=(PeriodEmissions left, PeriodEmissions right) => !left.Equals(right);

    /// <summary>Formats as <c>RE 1195.5 tCO2e, PE 0 tCO2e</c>.</summary>
    public override string ToString() => $"RE {Reference}, PE {Project}";
}
