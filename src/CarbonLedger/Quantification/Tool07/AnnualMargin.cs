using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>One year's operating margin and the generation it covers, for TOOL07's 3-year ex-ante averaging.</summary>
/// <remarks>Equality compares all three values. There is no natural order.</remarks>
public readonly struct AnnualMargin : IEquatable<AnnualMargin>
{
    /// <summary>Creates a year's margin.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="factor">The year's operating margin emission factor.</param>
    /// <param name="generationMegawattHours">The generation the margin covers (its weight), MWh; positive.</param>
    /// <exception cref="ArgumentException">The generation is not positive.</exception>
    public AnnualMargin(int year, EmissionFactor<ElectricEnergyUnit> factor, decimal generationMegawattHours)
    {
        Preconditions.CheckArgument(generationMegawattHours > 0m, nameof(generationMegawattHours),
            "Generation must be positive; it is {0} MWh", QuantificationFormat.Number(generationMegawattHours));
        Year = year;
        Factor = factor;
        GenerationMegawattHours = generationMegawattHours;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The year's operating margin.</summary>
    public EmissionFactor<ElectricEnergyUnit> Factor { get; }

    /// <summary>The generation the margin covers, MWh.</summary>
    public decimal GenerationMegawattHours { get; }

    /// <inheritdoc />
    public bool Equals(AnnualMargin other) => Year == other.Year && Factor == other.Factor && GenerationMegawattHours == other.GenerationMegawattHours;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AnnualMargin other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Factor, GenerationMegawattHours);

    /// <summary>Equality of all values.</summary>
    public static bool operator ==(AnnualMargin left, AnnualMargin right) => left.Equals(right);

    /// <summary>Inequality of any value.</summary>
    public static bool operator !=(AnnualMargin left, AnnualMargin right) => !left.Equals(right);

    /// <summary>Formats as <c>2017: 0.78 tCO2e/MWh over 1000 MWh</c>.</summary>
    public override string ToString() => $"{Year}: {Factor} over {QuantificationFormat.Number(GenerationMegawattHours)} MWh";
}
