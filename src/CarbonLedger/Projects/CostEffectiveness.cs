using System;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Projects;

/// <summary>
/// Support per tonne of CO2e, kept exactly as the fraction support ÷ tonnes (for example
/// <c>150000000 JPY / 17673 tCO2e</c>); <see cref="PerTonne"/> rounds only when asked, in the stated direction.
/// </summary>
/// <remarks>Equality compares support, tonnes and basis. Has no natural order.</remarks>
public readonly struct CostEffectiveness : IEquatable<CostEffectiveness>
{
    private CostEffectiveness(Money support, long tonnes, CostEffectivenessBasis basis)
    {
        Support = support;
        Tonnes = tonnes;
        Basis = basis;
    }

    /// <summary>The total support in one currency.</summary>
    public Money Support { get; }

    /// <summary>The credits (tonnes of CO2e) issued or expected.</summary>
    public long Tonnes { get; }

    /// <summary>Whether <see cref="Tonnes"/> counts issued or expected credits.</summary>
    public CostEffectivenessBasis Basis { get; }

    /// <summary>Whether the support divides into the tonnes without remainder at the currency's minor unit.</summary>
    public bool IsExactInMinorUnits => PerTonne(Support.Currency.MinorUnits, MidpointRounding.ToZero) * Tonnes == Support.Amount;

    /// <summary>Creates the figure support ÷ tonnes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is below 1.</exception>
    public static CostEffectiveness Create(Money support, long tonnes, CostEffectivenessBasis basis)
    {
        Preconditions.CheckArgumentRange(nameof(tonnes), tonnes, 1, long.MaxValue);
        Preconditions.CheckDefined(basis, nameof(basis));
        return new CostEffectiveness(support, tonnes, basis);
    }

    /// <summary>
    /// The support per tonne rounded to <paramref name="decimalPlaces"/> in the stated direction. The division is
    /// exact before this single rounding (no intermediate decimal rounding).
    /// </summary>
    /// <param name="decimalPlaces">0 to 20.</param>
    /// <param name="rounding">The direction, for example <see cref="MidpointRounding.ToEven"/>.</param>
    public decimal PerTonne(int decimalPlaces, MidpointRounding rounding)
    {
        Preconditions.CheckArgumentRange(nameof(decimalPlaces), decimalPlaces, 0, 20);
        Preconditions.CheckDefined(rounding, nameof(rounding));
        return ExactDivision.Divide(Support.Amount, Tonnes, decimalPlaces, rounding);
    }

    /// <inheritdoc />
    public bool Equals(CostEffectiveness other) => Support == other.Support && Tonnes == other.Tonnes && Basis == other.Basis;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CostEffectiveness other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Support, Tonnes, Basis);

    /// <summary>Equality of support, tonnes and basis.</summary>
    public static bool operator ==(CostEffectiveness left, CostEffectiveness right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CostEffectiveness left, CostEffectiveness right) => !left.Equals(right);

    /// <summary>The exact fraction, for example <c>150000000 JPY / 17673 tCO2e (issued)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Support} / {Tonnes} tCO2e ({Basis.ToString().ToLowerInvariant()})");
}
