using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace CarbonLedger.Allocation;

/// <summary>
/// The outcome of <see cref="AllocationRule.Apportion"/>: whole credits per recipient (and per group) that
/// sum exactly to <see cref="Total"/>.
/// </summary>
/// <remarks>Immutable. Has no natural order and compares by reference.</remarks>
public sealed class Apportionment
{
    private readonly AllocationRule rule;
    private readonly long[] credits;
    private ReadOnlyCollection<ApportionedPart>? parts;

    internal Apportionment(AllocationRule rule, long total, long[] credits)
    {
        this.rule = rule;
        Total = total;
        this.credits = credits;
    }

    /// <summary>The credits that were split.</summary>
    public long Total { get; }

    /// <summary>One part per recipient, in the order of <see cref="AllocationRule.Recipients"/>.</summary>
    public IReadOnlyList<ApportionedPart> Parts => parts ??= new ReadOnlyCollection<ApportionedPart>(
        credits.Select((value, index) => rule.PartAt(index, value)).ToArray());

    /// <summary>The credits of a recipient, or of a group (the sum of its members).</summary>
    /// <exception cref="ArgumentException">There is no such recipient or group.</exception>
    public long CreditsOf(string name) => rule.CreditsOf(name, credits);

    /// <summary>For example <c>17673 = Government of Japan: 8837 + Participants: 8836</c>.</summary>
    public override string ToString() =>
        Total.ToString(CultureInfo.InvariantCulture) + " = " + string.Join(" + ", Parts.Select(p => p.ToString()));
}
