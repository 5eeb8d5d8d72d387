using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Utility;

namespace CarbonLedger.Allocation;

/// <summary>
/// The outcome of <see cref="AllocationRule.Apportion"/>: whole credits per recipient (and per group) that
/// sum exactly to <see cref="Total"/>.
/// </summary>
/// <remarks>Immutable. Has no natural order and compares by reference.</remarks>
public sealed class Apportionment
{
    private readonly ApportionedPart[] parts;
    private readonly Dictionary<string, long> credits;

    internal Apportionment(long total, ApportionedPart[] parts, Dictionary<string, long> groupCredits)
    {
        Total = total;
        this.parts = parts;
        credits = new Dictionary<string, long>(groupCredits, StringComparer.Ordinal);
        foreach (ApportionedPart part in parts)
        {
            credits.Add(part.Recipient, part.Credits);
        }
    }

    /// <summary>The credits that were split.</summary>
    public long Total { get; }

    /// <summary>One part per recipient, in the order of <see cref="AllocationRule.Recipients"/>.</summary>
    public IReadOnlyList<ApportionedPart> Parts => new ReadOnlyCollection<ApportionedPart>(parts);

    /// <summary>The credits of a recipient, or of a group (the sum of its members).</summary>
    /// <exception cref="ArgumentException">There is no such recipient or group.</exception>
    public long CreditsOf(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(credits.TryGetValue(name, out long value), nameof(name), "The apportionment has no recipient or group '{0}'", name);
        return value;
    }

    /// <summary>For example <c>17673 = Government of Japan: 8837 + Participants: 8836</c>.</summary>
    public override string ToString() =>
        Total.ToString(System.Globalization.CultureInfo.InvariantCulture) + " = " + string.Join(" + ", parts.Select(p => p.ToString()));
}
