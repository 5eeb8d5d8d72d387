using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Utility;

namespace CarbonLedger.Allocation;

/// <summary>
/// The outcome of <see cref="AllocationRule.ApportionByVintage"/>: one <see cref="Apportionment"/> per vintage
/// year, and per-recipient totals that are the sums of the per-vintage parts.
/// </summary>
/// <remarks>Immutable; compares by reference.</remarks>
public sealed class VintageApportionment
{
    private readonly string[] recipients;
    private readonly SortedDictionary<int, Apportionment> byVintage;

    internal VintageApportionment(string[] recipients, SortedDictionary<int, Apportionment> byVintage)
    {
        this.recipients = recipients;
        this.byVintage = byVintage;
    }

    /// <summary>The vintage years, ascending.</summary>
    public IReadOnlyList<int> Vintages => byVintage.Keys.ToArray();

    /// <summary>The split of each vintage, by year.</summary>
    public IReadOnlyDictionary<int, Apportionment> ByVintage => new ReadOnlyDictionary<int, Apportionment>(byVintage);

    /// <summary>The recipients, in rule order.</summary>
    public IReadOnlyList<string> Recipients => new ReadOnlyCollection<string>(recipients);

    /// <summary>The credits split over all vintages.</summary>
    public long Total => byVintage.Values.Sum(a => a.Total);

    /// <summary>The total credits of a recipient or group over all vintages: the sum of its per-vintage parts.</summary>
    /// <exception cref="ArgumentException">There is no such recipient or group.</exception>
    public long TotalOf(string name)
    {
        Preconditions.CheckNotNull(name);
        long sum = 0;
        foreach (Apportionment apportionment in byVintage.Values)
        {
            sum += apportionment.CreditsOf(name);
        }
        return sum;
    }
}
