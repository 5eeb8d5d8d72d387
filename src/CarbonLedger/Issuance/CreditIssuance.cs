using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Projects;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Issuance;

/// <summary>
/// The credits issued for one monitoring period of a project under one Joint Committee decision: one
/// <see cref="VintageIssuance"/> per vintage with credits, each with its deductions, recipient parts and serials.
/// </summary>
/// <remarks>
/// <para>Invariants: for every vintage, net plus deductions equals gross, and the lots' blocks are consecutive
/// and cover the vintage's block; a recipient's total is the sum of its per-vintage parts.</para>
/// <para>Immutable; compares by reference.</para>
/// </remarks>
public sealed class CreditIssuance
{
    private readonly VintageIssuance[] vintages;

    internal CreditIssuance(ProjectId project, DateInterval monitoringPeriod, JointCommitteeDecision decision, long batchNumber,
        VintageCredits credits, VintageIssuance[] vintages)
    {
        Project = project;
        MonitoringPeriod = monitoringPeriod;
        Decision = decision;
        BatchNumber = batchNumber;
        Credits = credits;
        this.vintages = vintages;
    }

    /// <summary>The project.</summary>
    public ProjectId Project { get; }

    /// <summary>The monitoring period (inclusive).</summary>
    public DateInterval MonitoringPeriod { get; }

    /// <summary>The Joint Committee decision that authorised the issuance.</summary>
    public JointCommitteeDecision Decision { get; }

    /// <summary>The project's issuance number: 1 for its first issuance. It is the batch field of the serial numbers.</summary>
    public long BatchNumber { get; }

    /// <summary>The credits per vintage that were issued (including vintages with 0 credits, which issue nothing).</summary>
    public VintageCredits Credits { get; }

    /// <summary>One issuance per vintage with credits, in ascending year order.</summary>
    public IReadOnlyList<VintageIssuance> Vintages => new ReadOnlyCollection<VintageIssuance>(vintages);

    /// <summary>Every lot of every vintage, in serial order.</summary>
    public IReadOnlyList<IssuedLot> Lots => vintages.SelectMany(v => v.Lots).ToArray();

    /// <summary>The gross credits over all vintages.</summary>
    public long Gross => vintages.Sum(v => v.Gross);

    /// <summary>The credits allocated to recipients over all vintages.</summary>
    public long Net => vintages.Sum(v => v.Net);

    /// <summary>The credits of a recipient (or deduction destination) over all vintages: the sum of its per-vintage lots.</summary>
    /// <exception cref="ArgumentException">No lot has that holder.</exception>
    public long CreditsOf(string holder)
    {
        Preconditions.CheckNotNull(holder);
        IssuedLot[] lots = vintages.SelectMany(v => v.Lots).Where(l => string.Equals(l.Holder, holder, StringComparison.Ordinal)).ToArray();
        Preconditions.CheckArgument(lots.Length > 0, nameof(holder), "Issuance of {0} has no holder '{1}'", Project, holder);
        return lots.Sum(l => l.Credits);
    }

    /// <summary>The credits deducted for <paramref name="kind"/> over all vintages.</summary>
    public long DeductedFor(DeductionKind kind) => vintages.SelectMany(v => v.Lots).Where(l => l.Deduction == kind).Sum(l => l.Credits);

    /// <summary>For example <c>KZ001 batch 1 [2025-01-01, 2025-12-31]: 17673 credits</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Project} batch {BatchNumber} {MonitoringPeriod}: {Gross} credits");
}
