using System;
using System.Collections.Immutable;
using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Trust;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry.State;

/// <summary>The state's part in trust between registries: which incoming transfers were settled, which outgoing ones returned.</summary>
internal sealed partial record LedgerState
{
    /// <summary>
    /// Other registries' outgoing transfers acquired (false) or refused (true) here, by origin registry and the
    /// transfer's sequence in the origin's history: a transfer is settled once, whatever its operation id.
    /// </summary>
    internal required ImmutableDictionary<(RegistryId Origin, long Sequence), bool> Settled { get; set; }

    /// <summary>The sequences of this registry's outgoing transfers whose credits were returned.</summary>
    internal required ImmutableHashSet<long> Returned { get; set; }

    /// <summary>Rejects an outgoing transfer whose origin registry and sequence were acquired or refused here before.</summary>
    internal void CheckNotSettled(CreditsTransferredOut outgoing)
    {
        if (Settled.TryGetValue((outgoing.From.Registry, outgoing.Sequence), out bool refused))
        {
            throw new TransferRejectedException(refused ? TransferRejection.AlreadyRefused : TransferRejection.AlreadyAcquired, string.Create(CultureInfo.InvariantCulture,
                $"Acquisition refused: {SignedTransfer.Describe(outgoing)}: sequence #{outgoing.Sequence} of {outgoing.From.Registry} was {(refused ? "refused" : "acquired")} here before"));
        }
    }

    /// <summary>The refusals of a return: credits returned before, or serials present here again.</summary>
    internal void CheckReturn(CreditsTransferredOut outgoing)
    {
        if (Returned.Contains(outgoing.Sequence))
        {
            throw new TransferRejectedException(TransferRejection.AlreadyReturned, string.Create(CultureInfo.InvariantCulture,
                $"Return refused: the credits of {SignedTransfer.Describe(outgoing)} were returned before"));
        }
        foreach (CreditBlock b in outgoing.Blocks)
        {
            if (Present.GetValueOrDefault(SpaceKey.Of(b.Attributes)).Overlaps(b.Block))
            {
                ThrowAlreadyPresent(b, outgoing.To);
            }
        }
    }

    private ImmutableDictionary<(RegistryId Origin, long Sequence), bool> Settle(RegistryId origin, long sequence, bool refused, long at)
    {
        if (Settled.ContainsKey((origin, sequence)))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Event {at} settles transfer #{sequence} of {origin}, which was acquired or refused before"));
        }
        return Settled.Add((origin, sequence), refused);
    }

    private LedgerState ApplyRefused(AcquisitionRefused e, TransientOwner? owner)
    {
        CheckAdministrator(e.Actor, e.To, "refuse an acquisition into");
        if (e.From.Registry == Registry || e.To.Registry != Registry)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Refusal {e.OperationId} is not of a transfer from another registry to {Registry}"));
        }
        if (e.OperationId != OperationId.ForAcquisition(e.From.Registry, e.SourceOperation))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Refusal id {e.OperationId} does not match its source operation {e.SourceOperation}"));
        }
        ImmutableDictionary<(RegistryId Origin, long Sequence), bool> settled = Settle(e.From.Registry, e.SourceSequence, refused: true, e.Sequence);
        LedgerState next = Next(owner);
        next.Settled = settled;
        return next;
    }

    private LedgerState ApplyReturn(CreditsReturned e, Action<LedgerStep>? hook, TransientOwner? owner)
    {
        CheckAdministrator(e.Actor, e.To, "record a return into");
        if (e.To.Registry != Registry || e.From.Registry == Registry)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Return {e.OperationId} is not from another registry into {Registry}"));
        }
        if (Returned.Contains(e.TransferSequence))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The credits of transfer #{e.TransferSequence} were returned before"));
        }
        AccountSlot slot = RequireSlot(e.To, out int index);
        CheckBlocks(e.Blocks);
        CheckRoom(slot, e.Blocks, "refusal");
        ImmutableDictionary<SpaceKey, SerialSet> present = Present;
        ImmutableDictionary<VintageKey, Flows> flows = Flows;
        HoldingTree tree = slot.Available;
        foreach (CreditBlock b in e.Blocks)
        {
            var space = SpaceKey.Of(b.Attributes);
            SerialSet here = present.GetValueOrDefault(space);
            if (here.Overlaps(b.Block))
            {
                ThrowAlreadyPresent(b, e.From);
            }
            present = present.SetItem(space, here.Add(b.Block));
            // Returned credits were counted as transferred out: they no longer are.
            flows = AddFlow(flows, b.Attributes, transferredOut: -b.Count);
            tree = InsertMerged(tree, b, owner);
        }
        hook?.Invoke(LedgerStep.DestinationUpdated);
        LedgerState next = Next(owner, Put(index, slot, tree, owner));
        next.Present = present;
        next.Flows = flows;
        next.Returned = Returned.Add(e.TransferSequence);
        return next;
    }
}
