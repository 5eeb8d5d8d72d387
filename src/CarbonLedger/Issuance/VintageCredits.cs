using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Issuance;

/// <summary>
/// Whole creditable credits per vintage year, for example the output of a quantification:
/// <c>{ 2024: 5001, 2025: 12672 }</c>. Years ascend; a year may hold 0 credits (a year whose reductions were
/// negative), and such a year issues nothing.
/// </summary>
/// <remarks>Immutable. Years run from 1000 to 9999; credits are 0 or more. Compares by reference.</remarks>
public sealed class VintageCredits : IReadOnlyDictionary<int, long>
{
    private readonly SortedDictionary<int, long> credits;

    private VintageCredits(SortedDictionary<int, long> credits)
    {
        this.credits = credits;
        Total = credits.Values.Aggregate(0L, (sum, value) => checked(sum + value));
    }

    /// <summary>The credits over all vintages.</summary>
    public long Total { get; }

    /// <summary>The vintage years, ascending.</summary>
    public IEnumerable<int> Keys => credits.Keys;

    /// <summary>The credits of each vintage, in ascending year order.</summary>
    public IEnumerable<long> Values => credits.Values;

    /// <summary>How many vintages there are.</summary>
    public int Count => credits.Count;

    /// <summary>The credits of a vintage year.</summary>
    /// <exception cref="KeyNotFoundException">The year is not listed.</exception>
    public long this[int key] => credits[key];

    /// <summary>Credits of a single vintage.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000–9999 or the credits are negative.</exception>
    public static VintageCredits Of(int vintage, long credits) => Create([new KeyValuePair<int, long>(vintage, credits)]);

    /// <summary>Credits of several vintages.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="credits"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no vintage, or a year repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1000–9999 or credits are negative.</exception>
    /// <exception cref="OverflowException">The total exceeds a 64-bit count.</exception>
    public static VintageCredits Create(IEnumerable<KeyValuePair<int, long>> credits)
    {
        Preconditions.CheckNotNull(credits);
        var sorted = new SortedDictionary<int, long>();
        foreach (KeyValuePair<int, long> vintage in credits)
        {
            Preconditions.CheckArgumentRange(nameof(credits), vintage.Key, Vintage.MinYear, Vintage.MaxYear);
            Preconditions.CheckArgumentRange(nameof(credits), vintage.Value, 0, long.MaxValue);
            Preconditions.CheckArgument(sorted.TryAdd(vintage.Key, vintage.Value), nameof(credits), "Vintage {0} appears more than once", vintage.Key);
        }
        Preconditions.CheckArgument(sorted.Count > 0, nameof(credits), "At least one vintage is needed");
        return new VintageCredits(sorted);
    }

    /// <inheritdoc />
    public bool ContainsKey(int key) => credits.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(int key, [MaybeNullWhen(false)] out long value) => credits.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<int, long>> GetEnumerator() => credits.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>For example <c>{2024: 5001, 2025: 12672}</c>.</summary>
    public override string ToString() => "{" + string.Join(", ", credits.Select(c => FormattableString.Invariant($"{c.Key}: {c.Value}"))) + "}";
}
