using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Linq;
using CarbonLedger.Utility;
using UnitsNet;

namespace CarbonLedger.Quantities;

/// <summary>
/// A set of 100-year global warming potentials (GWP-100), one per <see cref="GreenhouseGas"/>, used to turn a
/// mass of a gas into <see cref="Co2e"/>.
/// </summary>
/// <remarks>
/// <para>The built-in sets are the IPCC Fourth, Fifth and Sixth Assessment Report values (<see cref="Ar4"/>,
/// <see cref="Ar5"/>, <see cref="Ar6"/>). Paris Agreement transparency reporting uses AR5 (decision 18/CMA.1).
/// A methodology states which set it uses. Other sets can be built with <see cref="Create"/>.</para>
/// <para>Instances are immutable and thread-safe. Two sets are equal when their names and all their values
/// are equal. A GWP set has no natural order and does not implement <see cref="IComparable{T}"/>.</para>
/// </remarks>
public sealed class GwpSet : IEquatable<GwpSet>
{
    private readonly FrozenDictionary<GreenhouseGas, decimal> values;

    private GwpSet(string name, FrozenDictionary<GreenhouseGas, decimal> values)
    {
        Name = name;
        this.values = values;
    }

    /// <summary>IPCC AR4 (2007) GWP-100: CH4 25, N2O 298, SF6 22,800, NF3 17,200, HFC-23 14,800, HFC-134a 1,430, CF4 7,390.</summary>
    public static GwpSet Ar4 { get; } = Build("AR4", 25m, 298m, 22_800m, 17_200m, 14_800m, 1_430m, 7_390m);

    /// <summary>IPCC AR5 (2014) GWP-100: CH4 28, N2O 265, SF6 23,500, NF3 16,100, HFC-23 12,400, HFC-134a 1,300, CF4 6,630.</summary>
    public static GwpSet Ar5 { get; } = Build("AR5", 28m, 265m, 23_500m, 16_100m, 12_400m, 1_300m, 6_630m);

    /// <summary>IPCC AR6 (2021) GWP-100: CH4 27.9, N2O 273, SF6 25,200, NF3 17,400, HFC-23 14,600, HFC-134a 1,526, CF4 7,380.</summary>
    public static GwpSet Ar6 { get; } = Build("AR6", 27.9m, 273m, 25_200m, 17_400m, 14_600m, 1_526m, 7_380m);

    /// <summary>The set's name, for example <c>AR5</c>.</summary>
    public string Name { get; }

    /// <summary>The gases this set has a value for.</summary>
    public IEnumerable<GreenhouseGas> Gases => values.Keys.Order();

    /// <summary>
    /// Builds a custom set. Every gas must have a positive value and CO2 must be exactly 1.
    /// </summary>
    /// <param name="name">A non-empty name.</param>
    /// <param name="values">GWP-100 per gas.</param>
    /// <exception cref="ArgumentException">The name is empty, a value is not positive, CO2 is missing or not 1, or a gas is undefined.</exception>
    public static GwpSet Create(string name, IReadOnlyDictionary<GreenhouseGas, decimal> values)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(values);
        Preconditions.CheckArgument(name.Trim().Length > 0, nameof(name), "Name must not be empty");
        foreach (KeyValuePair<GreenhouseGas, decimal> pair in values)
        {
            Preconditions.CheckDefined(pair.Key, nameof(values));
            Preconditions.CheckArgument(pair.Value > 0m, nameof(values), "GWP of {0} must be positive; it is {1}", pair.Key, pair.Value);
        }
        Preconditions.CheckArgument(values.TryGetValue(GreenhouseGas.CarbonDioxide, out decimal co2) && co2 == 1m,
            nameof(values), "GWP of CarbonDioxide must be exactly 1");
        return new GwpSet(name, values.ToFrozenDictionary());
    }

    /// <summary>The GWP-100 of a gas in this set.</summary>
    /// <exception cref="ArgumentException">The set has no value for the gas.</exception>
    public decimal this[GreenhouseGas gas] => GetPotential(gas);

    /// <summary>The GWP-100 of a gas in this set.</summary>
    /// <exception cref="ArgumentException">The set has no value for the gas.</exception>
    public decimal GetPotential(GreenhouseGas gas)
    {
        if (!values.TryGetValue(gas, out decimal gwp))
        {
            Preconditions.ThrowArgument(nameof(gas), $"GWP set {Name} has no value for {gas}");
        }
        return gwp;
    }

    /// <summary>Converts an exact mass of a gas, in tonnes, to CO2e: tonnes × GWP, exactly.</summary>
    /// <param name="gas">The gas.</param>
    /// <param name="tonnesOfGas">Tonnes of the gas (may be negative for a reduction).</param>
    public Co2e ToCo2e(GreenhouseGas gas, decimal tonnesOfGas) => Co2e.FromTonnes(tonnesOfGas) * GetPotential(gas);

    /// <summary>
    /// Converts a UnitsNet <see cref="Mass"/> of a gas to CO2e. Boundary member: the mass is converted once to
    /// decimal tonnes (15 significant digits, see <see cref="Co2e.FromMass(Mass)"/>) and then multiplied exactly.
    /// </summary>
    public Co2e ToCo2e(GreenhouseGas gas, Mass massOfGas) => Co2e.FromMass(massOfGas) * GetPotential(gas);

    /// <inheritdoc />
    public bool Equals(GwpSet? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (Name == other.Name && values.Count == other.values.Count &&
         values.All(pair => other.values.TryGetValue(pair.Key, out decimal v) && v == pair.Value)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GwpSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, values.Count);

    /// <summary>The set's name.</summary>
    public override string ToString() => Name;

    private static GwpSet Build(string name, decimal ch4, decimal n2o, decimal sf6, decimal nf3, decimal hfc23, decimal hfc134a, decimal cf4) =>
        new(name, new Dictionary<GreenhouseGas, decimal>
        {
            [GreenhouseGas.CarbonDioxide] = 1m,
            [GreenhouseGas.Methane] = ch4,
            [GreenhouseGas.NitrousOxide] = n2o,
            [GreenhouseGas.SulphurHexafluoride] = sf6,
            [GreenhouseGas.NitrogenTrifluoride] = nf3,
            [GreenhouseGas.Hfc23] = hfc23,
            [GreenhouseGas.Hfc134a] = hfc134a,
            [GreenhouseGas.Cf4] = cf4,
        }.ToFrozenDictionary());
}
