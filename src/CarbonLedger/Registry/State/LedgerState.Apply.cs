using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry.State;

internal sealed partial record LedgerState
{
    /// <summary>The state after <paramref name="e"/>; throws when the event does not fit this state.</summary>
    internal LedgerState Apply(LedgerEvent e, Action<LedgerStep>? hook, TransientOwner? owner = null, bool checkPicks = false)
    {
        if (e.Sequence != NextSequence)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Event {e.Sequence} arrived where event {NextSequence} was expected"));
        }
        if (e.PreviousHash != HeadHash)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Event {e.Sequence} does not link to the hash of event {NextSequence - 1}"));
        }
        if (NextSequence > 0 && e.Instant < LastInstant)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Event {e.Sequence} is dated {e.Instant}, before the event before it ({LastInstant})"));
        }
        if ((NextSequence == 0) != (e is RegistryCreated))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Event {e.Sequence} is a {e.Kind}; a history starts with exactly one RegistryCreated"));
        }
        LedgerState next = e switch
        {
            RegistryCreated r => ApplyCreated(r, owner),
            AccountOpened o => ApplyOpen(o, owner),
            CreditsIssued i => ApplyIssue(i, hook, owner),
            CreditMovement m => ApplyMovement(m, hook, owner, checkPicks),
            CreditsReserved r => ApplyReserve(r, hook, owner, checkPicks),
            CreditsReleased r => ApplyRelease(r, hook, owner),
            CreditsAcquired a => ApplyAcquire(a, hook, owner),
            CreditsMarked m => ApplyMark(m, hook, owner, checkPicks),
            AcquisitionRefused r => ApplyRefused(r, owner),
            CreditsReturned r => ApplyReturn(r, hook, owner),
            _ => throw new InvalidOperationException($"Event kind {e.Kind} cannot be applied"),
        };
        // Every case above returned a new state object (a 'with' copy) or, in a replay, a state object the replay
        // owns, so it can take the new head in place.
        next.NextSequence = NextSequence + 1;
        next.HeadHash = e.Hash;
        next.LastInstant = e.Instant;
        return next;
    }

    /// <summary>
    /// The state object the next state is written into: this one when the writer generation <paramref name="owner"/>
    /// created it (no reader can see it yet), else a copy (owned by <paramref name="owner"/>, if any). Sealed state
    /// belongs to an earlier generation, so it is never written.
    /// </summary>
    private LedgerState Next(TransientOwner? owner) =>
        owner is not null && ReferenceEquals(Transient, owner) ? this : this with { Transient = owner };

    private LedgerState Next(TransientOwner? owner, PersistentVector<AccountSlot> slots)
    {
        LedgerState next = Next(owner);
        next.Slots = slots;
        return next;
    }

    /// <summary>The slots with one account's holdings replaced; the same vector when the slot was updated in place.</summary>
    private PersistentVector<AccountSlot> Put(int index, AccountSlot slot, HoldingTree tree, TransientOwner? owner)
    {
        AccountSlot updated = slot.With(tree, owner);
        return ReferenceEquals(updated, slot) ? Slots : Slots.SetItem(index, updated, owner);
    }

    /// <summary>The slots with two accounts' holdings replaced, sharing one copy of the common path.</summary>
    private PersistentVector<AccountSlot> Put(int first, AccountSlot firstSlot, HoldingTree firstTree, int second, AccountSlot secondSlot, HoldingTree secondTree, TransientOwner? owner)
    {
        AccountSlot a = firstSlot.With(firstTree, owner);
        AccountSlot b = secondSlot.With(secondTree, owner);
        if (ReferenceEquals(a, firstSlot))
        {
            return ReferenceEquals(b, secondSlot) ? Slots : Slots.SetItem(second, b, owner);
        }
        return ReferenceEquals(b, secondSlot) ? Slots.SetItem(first, a, owner) : Slots.SetItems(first, a, second, b, owner);
    }

    private LedgerState ApplyCreated(RegistryCreated r, TransientOwner? owner)
    {
        LedgerState next = Next(owner);
        next.Registry = r.Registry;
        next.Administrator = r.Actor;
        return next;
    }

    private LedgerState ApplyOpen(AccountOpened o, TransientOwner? owner)
    {
        Account account = o.Account;
        CheckOpen(o.Actor, account);
        Directory.Set(account.Id, Slots.Count);
        return Next(owner, Slots.Add(new AccountSlot(account, default)));
    }

    private LedgerState ApplyIssue(CreditsIssued e, Action<LedgerStep>? hook, TransientOwner? owner)
    {
        CheckAdministrator(e.Actor, e.To, "issue into");
        AccountSlot slot = RequireSlot(e.To, out int index);
        CheckBlocks(e.Blocks);
        CheckIssue(e.Blocks);
        CheckRoom(slot, e.Blocks, "blocks");
        // Serial sets are updated per space in local copies and written back once per space.
        var spaces = new Dictionary<SpaceKey, (SerialSet Issued, SerialSet Present)>();
        var issuedPerVintage = new Dictionary<VintageKey, long>();
        HoldingTree tree = slot.Available;
        foreach (CreditBlock b in e.Blocks)
        {
            CreditAttributes a = b.Attributes;
            var space = SpaceKey.Of(a);
            if (!spaces.TryGetValue(space, out (SerialSet Issued, SerialSet Present) sets))
            {
                sets = (Issued.GetValueOrDefault(space), Present.GetValueOrDefault(space));
            }
            if (sets.Issued.Overlaps(b.Block))
            {
                // Only blocks of this same event can overlap here (CheckIssue compared them with the state).
                ThrowIssuedTwice(b);
            }
            spaces[space] = (sets.Issued.Add(b.Block), sets.Present.Add(b.Block));
            issuedPerVintage[VintageKey.Of(a)] = issuedPerVintage.GetValueOrDefault(VintageKey.Of(a)) + b.Count;
            tree = InsertMerged(tree, b, owner);
        }
        ImmutableDictionary<VintageKey, Flows> flows = Flows;
        foreach (KeyValuePair<VintageKey, long> kv in issuedPerVintage)
        {
            Flows f = flows.GetValueOrDefault(kv.Key);
            flows = flows.SetItem(kv.Key, f with { Issued = f.Issued + kv.Value });
        }
        ImmutableDictionary<SpaceKey, SerialSet> issued = Issued;
        ImmutableDictionary<SpaceKey, SerialSet> present = Present;
        foreach (KeyValuePair<SpaceKey, (SerialSet Issued, SerialSet Present)> kv in spaces)
        {
            issued = issued.SetItem(kv.Key, kv.Value.Issued);
            present = present.SetItem(kv.Key, kv.Value.Present);
        }
        hook?.Invoke(LedgerStep.DestinationUpdated);
        LedgerState next = Next(owner, Put(index, slot, tree, owner));
        next.Issued = issued;
        next.Present = present;
        next.Flows = flows;
        return next;
    }

    private LedgerState ApplyMovement(CreditMovement e, Action<LedgerStep>? hook, TransientOwner? owner, bool checkPicks)
    {
        (AccountSlot source, int sourceIndex, AccountSlot? destination, int destinationIndex) = CheckMovement(e.Kind, e.Actor, e.From, e.To);
        HoldingTree tree = TakePicked(source, e, e.Selection, e.Blocks, hook, owner, checkPicks);
        if (destination is null)
        {
            PersistentVector<AccountSlot> slots = Put(sourceIndex, source, tree, owner);
            ImmutableDictionary<SpaceKey, SerialSet> present = Present;
            ImmutableDictionary<VintageKey, Flows> flows = Flows;
            foreach (CreditBlock b in e.Blocks)
            {
                var space = SpaceKey.Of(b.Attributes);
                present = present.SetItem(space, present[space].Remove(b.Block));
                flows = AddFlow(flows, b.Attributes, transferredOut: b.Count);
            }
            hook?.Invoke(LedgerStep.DestinationUpdated);
            LedgerState next = Next(owner, slots);
            next.Present = present;
            next.Flows = flows;
            return next;
        }
        CheckRoom(destination, e.Blocks, "credits");
        HoldingTree target = PutAll(destination.Available, e.Blocks, hook, owner);
        return Next(owner, Put(sourceIndex, source, tree, destinationIndex, destination, target, owner));
    }

    private LedgerState ApplyReserve(CreditsReserved e, Action<LedgerStep>? hook, TransientOwner? owner, bool checkPicks)
    {
        AccountSlot slot = CheckOwnAccount(e.Kind, e.Actor, e.Account, out int index);
        HoldingTree tree = TakePicked(slot, e, e.Selection, e.Blocks, hook, owner, checkPicks);
        var reservation = new Reservation(e.OperationId, e.Account, e.Blocks, e.Quantity);
        ImmutableSortedDictionary<OperationId, Reservation> reservations = Reservations.Add(e.OperationId, reservation);
        LedgerState next = Next(owner, Put(index, slot, tree, owner));
        next.Reservations = reservations;
        return next;
    }

    private LedgerState ApplyRelease(CreditsReleased e, Action<LedgerStep>? hook, TransientOwner? owner)
    {
        AccountSlot slot = CheckOwnAccount(e.Kind, e.Actor, e.Account, out int index);
        Reservation reservation = RequireReservation(e.Reservation, e.Account);
        if (!reservation.Blocks.AsSpan().SequenceEqual(e.Blocks.AsSpan()))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Event {e.Sequence} releases other blocks than reservation {e.Reservation} holds"));
        }
        CheckRoom(slot, e.Blocks, "reservation");
        HoldingTree tree = PutAll(slot.Available, e.Blocks, hook, owner);
        ImmutableSortedDictionary<OperationId, Reservation> reservations = Reservations.Remove(e.Reservation);
        LedgerState next = Next(owner, Put(index, slot, tree, owner));
        next.Reservations = reservations;
        return next;
    }

    private LedgerState ApplyAcquire(CreditsAcquired e, Action<LedgerStep>? hook, TransientOwner? owner)
    {
        CheckAdministrator(e.Actor, e.To, "record an acquisition into");
        CheckAcquire(e.From, e.Blocks);
        if (e.OperationId != OperationId.ForAcquisition(e.From.Registry, e.SourceOperation))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Acquisition id {e.OperationId} does not match its source operation {e.SourceOperation}"));
        }
        AccountSlot slot = RequireSlot(e.To, out int index);
        CheckDestination(LedgerEventKind.CreditsAcquired, slot);
        CheckBlocks(e.Blocks);
        CheckRoom(slot, e.Blocks, "outgoing");
        ImmutableDictionary<(RegistryId Origin, long Sequence), bool> settled = Settle(e.From.Registry, e.SourceSequence, refused: false, e.Sequence);
        ImmutableDictionary<SpaceKey, SerialSet> present = Present;
        ImmutableDictionary<VintageKey, Flows> flows = Flows;
        HoldingTree tree = slot.Available;
        foreach (CreditBlock b in e.Blocks)
        {
            var space = SpaceKey.Of(b.Attributes);
            SerialSet here = present.GetValueOrDefault(space);
            if (here.Overlaps(b.Block))
            {
                // Only blocks of this same event can overlap here (CheckAcquire compared them with the state).
                ThrowAlreadyPresent(b, e.From);
            }
            present = present.SetItem(space, here.Add(b.Block));
            flows = AddFlow(flows, b.Attributes, acquired: b.Count);
            tree = InsertMerged(tree, b, owner);
        }
        hook?.Invoke(LedgerStep.DestinationUpdated);
        LedgerState next = Next(owner, Put(index, slot, tree, owner));
        next.Present = present;
        next.Flows = flows;
        next.Settled = settled;
        return next;
    }

    private LedgerState ApplyMark(CreditsMarked e, Action<LedgerStep>? hook, TransientOwner? owner, bool checkPicks)
    {
        AccountSlot slot = CheckOwnAccount(e.Kind, e.Actor, e.Account, out int index);
        HoldingTree tree = TakePicked(slot, e, e.Selection, e.Blocks, hook, owner, checkPicks);
        foreach (CreditBlock b in e.Blocks)
        {
            tree = InsertMerged(tree, b.WithAttributes(e.Marking.Apply(b.Attributes)), owner);
        }
        hook?.Invoke(LedgerStep.DestinationUpdated);
        return Next(owner, Put(index, slot, tree, owner));
    }

    /// <summary>Checks that the blocks are what the selection picked, then takes each out of the holdings.</summary>
    private static HoldingTree TakePicked(AccountSlot slot, LedgerEvent e, CreditSelection selection, ImmutableArray<CreditBlock> blocks,
        Action<LedgerStep>? hook, TransientOwner? owner, bool checkPicks)
    {
        CheckBlocks(blocks);
        CheckSelection(selection, blocks);
        if (checkPicks)
        {
            CheckPicked(slot, e, selection, blocks);
        }
        HoldingTree tree = slot.Available;
        AccountId account = slot.Account.Id;
        foreach (CreditBlock b in blocks)
        {
            tree = RemoveExact(tree, b, account, owner);
        }
        hook?.Invoke(LedgerStep.SourceUpdated);
        return tree;
    }

    /// <summary>Puts each block into the holdings, joined with its neighbours.</summary>
    private static HoldingTree PutAll(HoldingTree tree, ImmutableArray<CreditBlock> blocks, Action<LedgerStep>? hook, TransientOwner? owner)
    {
        foreach (CreditBlock b in blocks)
        {
            tree = InsertMerged(tree, b, owner);
        }
        hook?.Invoke(LedgerStep.DestinationUpdated);
        return tree;
    }

    private static void CheckBlocks(ImmutableArray<CreditBlock> blocks)
    {
        if (blocks.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An operation must move at least one block", nameof(blocks));
        }
        foreach (CreditBlock b in blocks)
        {
            if (!b.IsValid)
            {
                throw new ArgumentException("A block is the default value", nameof(blocks));
            }
        }
    }

    private static void CheckSelection(CreditSelection selection, ImmutableArray<CreditBlock> blocks)
    {
        if (BlockTotals.Sum(blocks) != selection.Quantity)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The blocks hold {BlockTotals.Sum(blocks)} credits but the selection asked for {selection.Quantity}"));
        }
    }

    private static ImmutableDictionary<VintageKey, Flows> AddFlow(ImmutableDictionary<VintageKey, Flows> flows, CreditAttributes a, long issued = 0, long acquired = 0, long transferredOut = 0)
    {
        var key = VintageKey.Of(a);
        Flows f = flows.GetValueOrDefault(key);
        return flows.SetItem(key, new Flows(f.Issued + issued, f.Acquired + acquired, f.TransferredOut + transferredOut));
    }

    /// <summary>Removes exactly <paramref name="block"/> (serials and attributes) from the holdings.</summary>
    private static HoldingTree RemoveExact(HoldingTree tree, in CreditBlock block, AccountId account, TransientOwner? owner)
    {
        HoldingKey key = HoldingKey.Of(block);
        if (!tree.TryFloor(key, out CreditBlock held) || !held.Attributes.Equals(block.Attributes) || !held.Block.Contains(block.Block))
        {
            throw new CreditsNotHeldException(account, block.Range);
        }
        if (held.Block == block.Block)
        {
            return tree.Remove(key, owner);
        }
        (SerialBlock? before, SerialBlock? after) = held.Block.Remove(block.Block);
        tree = before is { } b ? tree.Replace(held.WithBlock(b), owner) : tree.Remove(HoldingKey.Of(held), owner);
        return after is { } a ? tree.Add(held.WithBlock(a), owner) : tree;
    }

    /// <summary>Adds a block, joining it with adjacent holdings of equal attributes so holdings stay maximal runs.</summary>
    private static HoldingTree InsertMerged(HoldingTree tree, in CreditBlock block, TransientOwner? owner)
    {
        HoldingKey key = HoldingKey.Of(block);
        bool hasBefore = tree.TryLower(key, out CreditBlock before) && before.Attributes.SameSpaceAndVintage(block.Attributes);
        bool hasAfter = tree.TryCeiling(key, out CreditBlock after) && after.Attributes.SameSpaceAndVintage(block.Attributes);
        if ((hasBefore && before.Block.End >= block.Block.Start) || (hasAfter && after.Block.Start <= block.Block.End))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Block {block} overlaps a holding already in the account"));
        }
        bool joinBefore = hasBefore && before.Block.End + 1 == block.Block.Start && before.Attributes.Equals(block.Attributes);
        bool joinAfter = hasAfter && block.Block.End + 1 == after.Block.Start && after.Attributes.Equals(block.Attributes);
        if (joinBefore && joinAfter)
        {
            return tree.Remove(HoldingKey.Of(after), owner).Replace(before.WithBlock(SerialBlock.FromRange(before.Block.Start, after.Block.End)), owner);
        }
        if (joinBefore)
        {
            return tree.Replace(before.WithBlock(SerialBlock.FromRange(before.Block.Start, block.Block.End)), owner);
        }
        if (joinAfter)
        {
            // The joined block starts below 'after' and above 'before', so it takes the place of 'after' in the order.
            return tree.ReplaceAt(HoldingKey.Of(after), block.WithBlock(SerialBlock.FromRange(block.Block.Start, after.Block.End)), owner);
        }
        return tree.Add(block, owner);
    }
}
