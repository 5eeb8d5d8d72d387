using System.Collections.Generic;
using NodaTime;

namespace CarbonLedger.Registry.Reconciliation;

/// <summary>
/// The reconciliation of several registries' histories (<see cref="Reconciler"/>): every outgoing transfer matched to
/// exactly one acquisition or return, what is in transit and for how long, every mismatch, and the signed
/// checkpoints checked.
/// </summary>
public sealed class ReconciliationReport
{
    internal ReconciliationReport(Instant asOf, IReadOnlyList<RegistrySummary> registries, IReadOnlyList<TransferFlow> flows,
        IReadOnlyList<InTransitTransfer> inTransit, IReadOnlyList<Mismatch> mismatches, IReadOnlyList<CheckpointResult> checkpoints, bool signaturesChecked)
    {
        AsOf = asOf;
        Registries = registries;
        Flows = flows;
        InTransit = inTransit;
        Mismatches = mismatches;
        Checkpoints = checkpoints;
        SignaturesChecked = signaturesChecked;
    }

    /// <summary>The instant at which transit times are measured.</summary>
    public Instant AsOf { get; }

    /// <summary>The registries, in registry order.</summary>
    public IReadOnlyList<RegistrySummary> Registries { get; }

    /// <summary>Per sending and receiving registry: transfers, acquisitions, returns and what is in transit.</summary>
    public IReadOnlyList<TransferFlow> Flows { get; }

    /// <summary>Transfers in transit, oldest first.</summary>
    public IReadOnlyList<InTransitTransfer> InTransit { get; }

    /// <summary>Every problem found, in the order the histories were given.</summary>
    public IReadOnlyList<Mismatch> Mismatches { get; }

    /// <summary>The signed checkpoints, each checked against its registry's history.</summary>
    public IReadOnlyList<CheckpointResult> Checkpoints { get; }

    /// <summary>Whether recorded signatures were verified against the trust list.</summary>
    public bool SignaturesChecked { get; }

    /// <summary>Whether nothing was found wrong (transfers in transit are not a mismatch).</summary>
    public bool IsConsistent => Mismatches.Count == 0;
}
