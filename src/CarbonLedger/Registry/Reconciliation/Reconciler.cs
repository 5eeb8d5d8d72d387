using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Trust;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Registry.Reconciliation;

/// <summary>
/// Reconciles the histories of several registries, as the International Transaction Log did for Kyoto units: matches
/// each outgoing transfer to exactly one acquisition, or to one refusal and one return; lists what is in transit and
/// since when; verifies every recorded signature against a trust list; and checks signed checkpoints.
/// </summary>
/// <remarks>
/// An outgoing transfer is found by its sender and operation id (unique within a registry); the acquisition, refusal
/// and return must name its sequence and hash and carry its exact blocks. Transfers to a registry whose history is
/// not given are reported in transit. Runs in time linear in the number of events (plus the chain verifications).
/// </remarks>
public static class Reconciler
{
    /// <summary>Reconciles the given histories.</summary>
    /// <param name="histories">One history per registry, each starting with its <see cref="RegistryCreated"/> event.</param>
    /// <param name="trust">The keys of the registries, with their validity, for the recorded signatures and the checkpoints.</param>
    /// <param name="checkpoints">Signed checkpoints to check against the histories (may be empty).</param>
    /// <param name="asOf">The instant at which transit times are measured.</param>
    /// <param name="checkSignatures">Whether to verify the signatures recorded on acquisitions, refusals and returns (one ECDSA verification each).</param>
    /// <exception cref="System.ArgumentException">A history is empty or does not start with <see cref="RegistryCreated"/>.</exception>
    public static ReconciliationReport Reconcile(IEnumerable<IReadOnlyList<LedgerEvent>> histories, TrustList trust,
        IEnumerable<SignedCheckpoint> checkpoints, Instant asOf, bool checkSignatures = true)
    {
        Preconditions.CheckNotNull(histories);
        Preconditions.CheckNotNull(trust);
        Preconditions.CheckNotNull(checkpoints);
        var byRegistry = new Dictionary<RegistryId, IReadOnlyList<LedgerEvent>>();
        var mismatches = new List<Mismatch>();
        var summaries = new List<RegistrySummary>();
        var list = histories.ToList();
        foreach (IReadOnlyList<LedgerEvent> history in list)
        {
            Preconditions.CheckNotNull(history, nameof(histories));
            Preconditions.CheckArgument(history.Count > 0 && history[0] is RegistryCreated, nameof(histories), "A history starts with its RegistryCreated event");
            RegistryId registry = ((RegistryCreated)history[0]).Registry;
            if (!byRegistry.TryAdd(registry, history))
            {
                mismatches.Add(new Mismatch(MismatchKind.BrokenChain, registry, default, $"two histories of registry {registry} were given; the second is ignored"));
                continue;
            }
            ChainVerification chain = HashChain.Verify(history);
            if (!chain.IsValid)
            {
                mismatches.Add(new Mismatch(MismatchKind.BrokenChain, registry, default, $"history of {registry}: {chain.Problem}: {chain.Message}"));
            }
            summaries.Add(new RegistrySummary(registry, history.Count, history[^1].Hash, chain.IsValid, 0));
        }

        var run = new Run(byRegistry, trust, checkSignatures, mismatches);
        run.IndexOutgoing();
        run.MatchIncoming();
        run.MatchReturns();

        var checkpointResults = new List<CheckpointResult>();
        var checkedCount = new Dictionary<RegistryId, int>();
        foreach (SignedCheckpoint c in checkpoints)
        {
            Preconditions.CheckNotNull(c, nameof(checkpoints));
            RegistryId registry = c.Checkpoint.Registry;
            CheckpointComparison comparison = byRegistry.TryGetValue(registry, out IReadOnlyList<LedgerEvent>? history)
                ? c.Check(history, trust)
                : new CheckpointComparison(CheckpointStatus.OtherRegistry, $"no history of registry {registry} was given");
            checkpointResults.Add(new CheckpointResult(c, comparison));
            checkedCount[registry] = checkedCount.GetValueOrDefault(registry) + 1;
            if (!comparison.Matches)
            {
                mismatches.Add(new Mismatch(MismatchKind.CheckpointMismatch, registry, default, $"checkpoint {c.Checkpoint}: {comparison.Message}"));
            }
        }
        List<RegistrySummary> registries = summaries
            .Select(s => s with { CheckpointsChecked = checkedCount.GetValueOrDefault(s.Registry) })
            .OrderBy(s => s.Registry).ToList();
        (List<TransferFlow> flows, List<InTransitTransfer> inTransit) = run.Totals(asOf);
        return new ReconciliationReport(asOf, registries, flows, inTransit, mismatches, checkpointResults, checkSignatures);
    }

    private enum Settlement
    {
        Pending,
        Acquired,
        Refused,
        Returned,
    }

    private sealed class Outgoing(CreditsTransferredOut e)
    {
        public CreditsTransferredOut Event { get; } = e;

        public Settlement State { get; set; }

        public AcquisitionRefused? Refusal { get; set; }

        public bool Unsigned { get; set; }
    }

    private readonly record struct Key(RegistryId Registry, OperationId Operation);

    private sealed class Run(Dictionary<RegistryId, IReadOnlyList<LedgerEvent>> histories, TrustList trust, bool checkSignatures, List<Mismatch> mismatches)
    {
        private readonly Dictionary<Key, Outgoing> outgoing = [];
        private readonly Dictionary<Key, AcquisitionRefused> refusals = [];

        public void IndexOutgoing()
        {
            foreach (IReadOnlyList<LedgerEvent> history in histories.Values)
            {
                for (int i = 0; i < history.Count; i++)
                {
                    if (history[i] is CreditsTransferredOut o)
                    {
                        // Operation ids are unique in a verified history; a broken one was reported already.
                        outgoing.TryAdd(new Key(o.From.Registry, o.OperationId), new Outgoing(o));
                    }
                }
            }
        }

        public void MatchIncoming()
        {
            foreach ((RegistryId registry, IReadOnlyList<LedgerEvent> history) in histories)
            {
                for (int i = 0; i < history.Count; i++)
                {
                    switch (history[i])
                    {
                        case CreditsAcquired a:
                            Settle(registry, a, a.SourceOperation, a.SourceSequence, a.SourceEventHash, a.Blocks, a.SenderSignature, Settlement.Acquired, null);
                            break;
                        case AcquisitionRefused r:
                            refusals.TryAdd(new Key(registry, r.OperationId), r);
                            Settle(registry, r, r.SourceOperation, r.SourceSequence, r.SourceEventHash, r.Blocks, r.SenderSignature, Settlement.Refused, r);
                            break;
                    }
                }
            }
        }

        private void Settle(RegistryId registry, LedgerEvent e, OperationId sourceOperation, long sourceSequence, EventHash sourceHash,
            ImmutableArray<CreditBlock> blocks, RegistrySignature? signature, Settlement settlement, AcquisitionRefused? refusal)
        {
            RegistryId sender = e is CreditsAcquired a ? a.SourceRegistry : ((AcquisitionRefused)e).SourceRegistry;
            string what = string.Create(CultureInfo.InvariantCulture, $"{e.Kind} {e.OperationId} (#{e.Sequence} of {registry})");
            if (!outgoing.TryGetValue(new Key(sender, sourceOperation), out Outgoing? o))
            {
                string why = histories.ContainsKey(sender) ? $"registry {sender}'s history has no outgoing transfer {sourceOperation}" : $"no history of registry {sender} was given";
                Add(MismatchKind.AcquisitionWithoutTransfer, registry, e.OperationId, $"{what}: {why}");
                return;
            }
            CreditsTransferredOut t = o.Event;
            if (t.Hash != sourceHash || t.Sequence != sourceSequence || t.To.Registry != registry)
            {
                Add(MismatchKind.TransferDiffers, registry, e.OperationId, string.Create(CultureInfo.InvariantCulture,
                    $"{what} names #{sourceSequence} {sourceHash}; {sender}'s {sourceOperation} is #{t.Sequence} {t.Hash} addressed to {t.To.Registry}"));
                return;
            }
            if (!blocks.AsSpan().SequenceEqual(t.Blocks.AsSpan()))
            {
                Add(MismatchKind.BlocksDiffer, registry, e.OperationId, string.Create(CultureInfo.InvariantCulture,
                    $"{what} carries {BlockTotals.Sum(blocks)} credits in {blocks.Length} blocks; {sender}'s {sourceOperation} sent {t.Quantity} in {t.Blocks.Length}"));
                return;
            }
            if (o.State != Settlement.Pending)
            {
                Add(MismatchKind.DoubleAcquisition, registry, e.OperationId, $"{what}: {sender}'s {sourceOperation} was already {o.State.ToString().ToLowerInvariant()}");
                return;
            }
            if (signature is null)
            {
                o.Unsigned = true;
            }
            else if (checkSignatures && trust.Check(sender, t.Instant, signature, SignedTransfer.Bytes(t)) is { } problem)
            {
                Add(MismatchKind.BrokenSignature, registry, e.OperationId, $"{what}: the sender's signature of {sourceOperation}: {problem.Message}");
            }
            o.State = settlement;
            o.Refusal = refusal;
        }

        public void MatchReturns()
        {
            foreach ((RegistryId registry, IReadOnlyList<LedgerEvent> history) in histories)
            {
                for (int i = 0; i < history.Count; i++)
                {
                    if (history[i] is CreditsReturned r)
                    {
                        Return(registry, r);
                    }
                }
            }
        }

        private void Return(RegistryId registry, CreditsReturned r)
        {
            string what = string.Create(CultureInfo.InvariantCulture, $"return {r.OperationId} (#{r.Sequence} of {registry})");
            if (!outgoing.TryGetValue(new Key(registry, r.TransferOperation), out Outgoing? o)
                || o.Event.Hash != r.TransferHash || o.Event.Sequence != r.TransferSequence || !r.Blocks.AsSpan().SequenceEqual(o.Event.Blocks.AsSpan()))
            {
                Add(MismatchKind.ReturnWithoutRefusal, registry, r.OperationId, $"{what}: {registry} has no outgoing transfer {r.TransferOperation} with hash {r.TransferHash} and these blocks");
                return;
            }
            if (o.State == Settlement.Returned)
            {
                Add(MismatchKind.DoubleReturn, registry, r.OperationId, $"{what}: the credits of {r.TransferOperation} were returned before");
                return;
            }
            if (o.State == Settlement.Acquired)
            {
                Add(MismatchKind.DoubleAcquisition, registry, r.OperationId, $"{what}: {r.TransferOperation} was acquired by {o.Event.To.Registry} and returned as well");
                return;
            }
            AcquisitionRefused? refusal = o.Refusal;
            if (refusal is null || refusal.OperationId != r.RefusalOperation || refusal.Hash != r.RefusalHash || refusal.Sequence != r.RefusalSequence)
            {
                string why = histories.ContainsKey(r.RefusingRegistry)
                    ? $"{r.RefusingRegistry}'s history has no refusal {r.RefusalOperation} #{r.RefusalSequence} with hash {r.RefusalHash} of this transfer"
                    : $"no history of registry {r.RefusingRegistry} was given";
                Add(MismatchKind.ReturnWithoutRefusal, registry, r.OperationId, $"{what}: {why}");
                return;
            }
            if (checkSignatures && trust.Check(refusal.To.Registry, refusal.Instant, r.RefusalSignature, SignedRefusal.Bytes(refusal)) is { } problem)
            {
                Add(MismatchKind.BrokenSignature, registry, r.OperationId, $"{what}: the refusal's signature: {problem.Message}");
            }
            o.State = Settlement.Returned;
        }

        public (List<TransferFlow> Flows, List<InTransitTransfer> InTransit) Totals(Instant asOf)
        {
            var flows = new Dictionary<(RegistryId, RegistryId), long[]>();
            var inTransit = new List<InTransitTransfer>();
            foreach (Outgoing o in outgoing.Values)
            {
                CreditsTransferredOut t = o.Event;
                (RegistryId, RegistryId) pair = (t.From.Registry, t.To.Registry);
                if (!flows.TryGetValue(pair, out long[]? f))
                {
                    flows[pair] = f = new long[9];
                }
                f[0]++;
                f[1] += t.Quantity;
                switch (o.State)
                {
                    case Settlement.Acquired:
                        f[2]++;
                        f[3] += t.Quantity;
                        break;
                    case Settlement.Returned:
                        f[4]++;
                        f[5] += t.Quantity;
                        break;
                    default:
                        f[6]++;
                        f[7] += t.Quantity;
                        Duration age = asOf - t.Instant;
                        inTransit.Add(new InTransitTransfer(t.From.Registry, t.To.Registry, t.OperationId, t.Sequence, t.Quantity, t.Instant,
                            age < Duration.Zero ? Duration.Zero : age, o.State == Settlement.Refused));
                        break;
                }
                if (o.Unsigned)
                {
                    f[8]++;
                }
            }
            List<TransferFlow> result = flows.OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2)
                .Select(p => new TransferFlow(p.Key.Item1, p.Key.Item2, p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4], p.Value[5], p.Value[6], p.Value[7], p.Value[8]))
                .ToList();
            inTransit.Sort((a, b) => a.Since != b.Since ? a.Since.CompareTo(b.Since) : a.Sender != b.Sender ? a.Sender.CompareTo(b.Sender) : a.Sequence.CompareTo(b.Sequence));
            return (result, inTransit);
        }

        private void Add(MismatchKind kind, RegistryId registry, OperationId operation, string message) =>
            mismatches.Add(new Mismatch(kind, registry, operation, message));
    }
}
