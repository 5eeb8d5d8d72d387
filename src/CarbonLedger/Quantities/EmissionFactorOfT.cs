using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantities;

/// <summary>
/// An emission factor: tonnes of CO2e emitted per unit of an activity of one dimension, named by the unit
/// enum <typeparamref name="TUnit"/> (<see cref="ElectricEnergyUnit"/>, <see cref="EnergyContentUnit"/>,
/// <see cref="FuelMassUnit"/> or <see cref="FuelVolumeUnit"/>).
/// </summary>
/// <remarks>
/// <para>The dimension is part of the type, so applying a per-energy factor to a volume does not compile.
/// Create instances through <see cref="EmissionFactor"/>.</para>
/// <para>The single field holds exact tonnes of CO2e per canonical unit of the dimension (MWh, TJ, t, kL);
/// every unit scale is a power of ten, so creation and application are exact: 0.797 tCO2/MWh applied to
/// 1,500 kWh is exactly 1.1955 t. Equality and ordering compare that canonical value: 0.797 t/MWh equals
/// 0.797 kg/kWh. The default value is a zero factor.</para>
/// </remarks>
/// <typeparam name="TUnit">The unit enum of the activity's dimension.</typeparam>
public readonly struct EmissionFactor<TUnit> : IEquatable<EmissionFactor<TUnit>>, IComparable<EmissionFactor<TUnit>>
    where TUnit : struct, Enum
{
    private readonly decimal tonnesPerCanonicalUnit;

    internal EmissionFactor(decimal tonnesPerCanonicalUnit) => this.tonnesPerCanonicalUnit = tonnesPerCanonicalUnit;

    /// <summary>The factor in tonnes of CO2e per canonical unit (tCO2e/MWh, tCO2e/TJ, tCO2e/t or tCO2e/kL).</summary>
    public decimal TonnesPerCanonicalUnit => tonnesPerCanonicalUnit;

    /// <summary>Expresses the factor in other units, exactly (for example kgCO2e/kWh).</summary>
    /// <param name="massUnit">The CO2e mass unit of the numerator.</param>
    /// <param name="activityUnit">The activity unit of the denominator.</param>
    public decimal In(Co2eMassUnit massUnit, TUnit activityUnit) =>
        tonnesPerCanonicalUnit * UnitScale.ToCanonical(activityUnit, nameof(activityUnit)) / UnitScale.ToTonnes(massUnit, nameof(massUnit));

    /// <summary>
    /// Applies the factor to an exact activity amount: amount × scale(unit) × factor, exactly.
    /// </summary>
    /// <param name="amount">The activity amount; must not be negative.</param>
    /// <param name="unit">The unit of <paramref name="amount"/>.</param>
    /// <exception cref="ArgumentException">The amount is negative or the unit is not defined.</exception>
    public Co2e Apply(decimal amount, TUnit unit)
    {
        Preconditions.CheckArgument(amount >= 0m, nameof(amount), "Activity amount must not be negative; it is {0}", amount);
        decimal scale = UnitScale.ToCanonical(unit, nameof(unit));
        return Co2e.FromTonnes(amount * scale) * tonnesPerCanonicalUnit;
    }

    /// <inheritdoc />
    public bool Equals(EmissionFactor<TUnit> other) => tonnesPerCanonicalUnit == other.tonnesPerCanonicalUnit;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EmissionFactor<TUnit> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => tonnesPerCanonicalUnit.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(EmissionFactor<TUnit> other) => tonnesPerCanonicalUnit.CompareTo(other.tonnesPerCanonicalUnit);

    /// <summary>Exact equality of the canonical value.</summary>
    public static bool operator ==(EmissionFactor<TUnit> left, EmissionFactor<TUnit> right) => left.Equals(right);

    /// <summary>Exact inequality of the canonical value.</summary>
    public static bool operator !=(EmissionFactor<TUnit> left, EmissionFactor<TUnit> right) => !left.Equals(right);

    /// <summary>Orders by the canonical value.</summary>
    public static bool operator <(EmissionFactor<TUnit> left, EmissionFactor<TUnit> right) => left.CompareTo(right) < 0;

    /// <summary>Orders by the canonical value.</summary>
    public static bool operator <=(EmissionFactor<TUnit> left, EmissionFactor<TUnit> right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by the canonical value.</summary>
    public static bool operator >(EmissionFactor<TUnit> left, EmissionFactor<TUnit> right) => left.CompareTo(right) > 0;

    /// <summary>Orders by the canonical value.</summary>
    public static bool operator >=(EmissionFactor<TUnit> left, EmissionFactor<TUnit> right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>0.797 tCO2e/MWh</c> in the invariant culture.</summary>
    public override string ToString() =>
        tonnesPerCanonicalUnit.ToString(CultureInfo.InvariantCulture) + " tCO2e/" + UnitScale.CanonicalSymbol<TUnit>();
}
