using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CarbonLedger.Issuance;

/// <summary>
/// The result of <see cref="DeductionSchedule.Apply"/>: what each deduction took and the net left for
/// allocation. <see cref="Net"/> plus <see cref="Deducted"/> equals <see cref="Gross"/> exactly.
/// </summary>
/// <remarks>Immutable; compares by reference.</remarks>
public sealed class DeductionOutcome
{
    private readonly DeductedCredits[] items;

    internal DeductionOutcome(long gross, long net, DeductedCredits[] items)
    {
        Gross = gross;
        Net = net;
        this.items = items;
    }

    /// <summary>The credits before deductions.</summary>
    public long Gross { get; }

    /// <summary>The credits left for allocation.</summary>
    public long Net { get; }

    /// <summary>The credits taken by all deductions together.</summary>
    public long Deducted => Gross - Net;

    /// <summary>What each deduction took, in schedule order.</summary>
    public IReadOnlyList<DeductedCredits> Items => new ReadOnlyCollection<DeductedCredits>(items);

    /// <summary>The credits taken by the deduction of <paramref name="kind"/>; 0 when the schedule has none.</summary>
    public long CreditsOf(DeductionKind kind) => items.Where(i => i.Deduction.Kind == kind).Sum(i => i.Credits);

    /// <summary>For example <c>17673 − 883 − 354 = 16436</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Gross}{string.Concat(items.Select(i => FormattableString.Invariant($" − {i.Credits}")))} = {Net}");
}
