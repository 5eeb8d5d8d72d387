using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;
using NodaTime;

namespace CarbonLedger.Registry.State;

/// <summary>
/// The immutable state of a registry after some prefix of its history. <see cref="Apply"/> is the only way state
/// changes: the live ledger and replay both use it, so replaying the events rebuilds exactly the live state. Every
/// part is a persistent structure, so applying an event shares almost everything with the state before.
/// </summary>
internal sealed record LedgerState
{
    /// <summary>A new, empty state with its own account directory (the start of a lineage).</summary>
    internal static LedgerState CreateEmpty() => new()
    {
        Directory = new AccountDirectory(),
        Slots = PersistentVector<AccountSlot>.Empty,
        Reservations = ImmutableSortedDictionary<OperationId, Reservation>.Empty,
        Issued = ImmutableDictionary<SpaceKey, SerialSet>.Empty,
        Present = ImmutableDictionary<SpaceKey, SerialSet>.Empty,
        Flows = ImmutableDictionary<VintageKey, Flows>.Empty,
    };

    internal RegistryId Registry { get; private set; }

    internal ActorId Administrator { get; private set; }

    /// <summary>The writer generation that may update this state object in place (see <see cref="TransientOwner"/>).</summary>
    private TransientOwner? Transient { get; init; }

    /// <summary>Account id to slot index, shared along the lineage (see <see cref="AccountDirectory"/>).</summary>
    internal required AccountDirectory Directory { get; init; }

    internal required PersistentVector<AccountSlot> Slots { get; set; }

    internal required ImmutableSortedDictionary<OperationId, Reservation> Reservations { get; set; }

    /// <summary>Whether the state has the account.</summary>
    internal bool HasAccount(AccountId id) => Directory.TryFind(id, Slots, out _);

    /// <summary>The same state with an independent account directory, for a ledger that continues separately.</summary>
    internal LedgerState Detach() => this with { Directory = Directory.Copy(), Transient = null };

    /// <summary>Serials ever issued by this registry, per serial space.</summary>
    internal required ImmutableDictionary<SpaceKey, SerialSet> Issued { get; set; }

    /// <summary>Serials present in this registry (in an account or a reservation), per serial space.</summary>
    internal required ImmutableDictionary<SpaceKey, SerialSet> Present { get; set; }

    internal required ImmutableDictionary<VintageKey, Flows> Flows { get; set; }

    // Set once on the fresh copy that Apply returns, before anyone else can see it.
    internal int NextSequence { get; private set; }

    internal EventHash HeadHash { get; private set; }

    internal Instant LastInstant { get; private set; }

    // ---- rule checks shared by the live ledger and replay ----

    internal AccountSlot RequireSlot(AccountId id, out int index)
    {
        if (!Directory.TryFind(id, Slots, out index))
        {
            throw new UnknownAccountException(id);
        }
        return Slots[index];
    }

    /// <summary>
    /// Hints the CPU to load the slots of two accounts (either may be unknown or in another registry), so that their
    /// loads overlap each other and whatever the operation does next (see <see cref="Prefetch"/>).
    /// </summary>
    internal void PrefetchSlots(AccountId first, AccountId second)
    {
        PersistentVector<AccountSlot> slots = Slots;
        if (Directory.TryIndex(first, out int i) && i < slots.Count)
        {
            Prefetch.Object(slots[i]);
        }
        if (Directory.TryIndex(second, out int j) && j < slots.Count)
        {
            Prefetch.Object(slots[j]);
        }
    }

    internal void CheckAdministrator(ActorId actor, AccountId account, string action)
    {
        if (actor != Administrator)
        {
            throw new UnauthorizedActorException(actor, account, string.Create(CultureInfo.InvariantCulture,
                $"Actor '{actor}' may not {action} account {account}; only the registry administrator '{Administrator}' may"));
        }
    }

    internal static void CheckHolder(ActorId actor, AccountSlot slot)
    {
        if (actor != slot.Holder)
        {
            ThrowNotHolder(actor, slot.Account);
        }
    }

    internal static void CheckNotTerminal(AccountSlot slot)
    {
        if (slot.Type.IsTerminal())
        {
            ThrowTerminal(slot.Account);
        }
    }

    /// <summary>
    /// Checks that <paramref name="blocks"/> fit in the account beside the credits it has available: an account's
    /// balance is a <see cref="long"/>, so together they must not exceed <see cref="long.MaxValue"/>. (One serial space
    /// never holds more, but an account may hold several.)
    /// </summary>
    internal static void CheckRoom(AccountSlot slot, ImmutableArray<CreditBlock> blocks, string parameter)
    {
        Int128 total = slot.Available.Credits;
        foreach (CreditBlock b in blocks)
        {
            total += b.Count;
        }
        if (total > long.MaxValue)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Account {slot.Account.Id} would have {total} credits available, more than the {long.MaxValue} one account can hold"), parameter);
        }
    }

    // The refusals are built in separate methods so that the checks stay small enough to inline.
    [DoesNotReturn]
    private static void ThrowNotHolder(ActorId actor, Account account) =>
        throw new UnauthorizedActorException(actor, account.Id, string.Create(CultureInfo.InvariantCulture,
            $"Actor '{actor}' may not move credits out of account {account.Id}; only its holder '{account.Holder}' may"));

    [DoesNotReturn]
    private static void ThrowTerminal(Account account) =>
        throw new AccountTypeException(account.Id, account.Type, string.Create(CultureInfo.InvariantCulture,
            $"Account {account.Id} is a {account.Type} account; nothing leaves it"));

    /// <summary>Checks a movement out of <paramref name="from"/> and returns the slots (no destination slot for an outgoing transfer).</summary>
    internal (AccountSlot Source, int SourceIndex, AccountSlot? Destination, int DestinationIndex) CheckMovement(
        LedgerEventKind kind, ActorId actor, AccountId from, AccountId to)
    {
        bool outgoing = kind == LedgerEventKind.CreditsTransferredOut;
        if (outgoing && to.Registry == Registry)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Account {to} is in this registry; an international transfer goes to another registry's account"), nameof(to));
        }
        if (!outgoing && to.Registry != Registry)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Account {to} is in registry {to.Registry}, not {Registry}; use an international transfer"), nameof(to));
        }
        if (from == to)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Source and destination are both {from}"), nameof(to));
        }
        AccountSlot source = RequireSlot(from, out int sourceIndex);
        CheckHolder(actor, source);
        CheckNotTerminal(source);
        if (outgoing)
        {
            return (source, sourceIndex, null, -1);
        }
        AccountSlot destination = RequireSlot(to, out int destinationIndex);
        CheckDestination(kind, destination);
        return (source, sourceIndex, destination, destinationIndex);
    }

    /// <summary>Checks that credits arriving by an event of <paramref name="kind"/> may arrive in <paramref name="destination"/>.</summary>
    internal static void CheckDestination(LedgerEventKind kind, AccountSlot destination)
    {
        AccountType type = destination.Type;
        bool allowed = kind switch
        {
            LedgerEventKind.CreditsCancelled => type.IsCancellation(),
            LedgerEventKind.CreditsRetired => type == AccountType.Retirement,
            _ => !type.IsTerminal(),
        };
        if (!allowed)
        {
            string rule = kind switch
            {
                LedgerEventKind.CreditsCancelled => "cancellations go to cancellation or OMGE cancellation accounts",
                LedgerEventKind.CreditsRetired => "retirements go to retirement accounts",
                LedgerEventKind.CreditsAcquired => "acquisitions arrive in non-terminal accounts (cancel or retire the credits afterwards)",
                _ => "transfers go to non-terminal accounts (use Cancel or Retire)",
            };
            AccountId to = destination.Account.Id;
            throw new AccountTypeException(to, type, string.Create(CultureInfo.InvariantCulture, $"Account {to} is a {type} account; {rule}"));
        }
    }

    /// <summary>Checks a reservation or marking on <paramref name="account"/>.</summary>
    internal AccountSlot CheckOwnAccount(LedgerEventKind kind, ActorId actor, AccountId account, out int index)
    {
        AccountSlot slot = RequireSlot(account, out index);
        if (kind == LedgerEventKind.CreditsMarked)
        {
            CheckAdministrator(actor, account, "mark credits in");
            return slot;
        }
        CheckHolder(actor, slot);
        if (kind == LedgerEventKind.CreditsReserved)
        {
            CheckNotTerminal(slot);
        }
        return slot;
    }

    internal Reservation RequireReservation(OperationId reservation, AccountId account)
    {
        if (!Reservations.TryGetValue(reservation, out Reservation? r) || r.Account != account)
        {
            throw new UnknownReservationException(reservation, account);
        }
        return r;
    }

    /// <summary>The refusals of an account opening (the live ledger checks them before it writes anything).</summary>
    internal void CheckOpen(ActorId actor, Account account)
    {
        CheckAdministrator(actor, account.Id, "open");
        if (account.Id.Registry != Registry)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Account {account.Id} does not belong to registry {Registry}"), "account");
        }
        if (Directory.TryFind(account.Id, Slots, out _))
        {
            throw new DuplicateAccountException(account.Id);
        }
    }

    /// <summary>The refusals of an issuance against this state: another issuer, or serials issued before.</summary>
    /// <remarks>Overlaps between the blocks of one issuance are refused by the ledger before, and by <see cref="Apply"/> in a replay.</remarks>
    internal void CheckIssue(ImmutableArray<CreditBlock> blocks)
    {
        foreach (CreditBlock b in blocks)
        {
            CreditAttributes a = b.Attributes;
            if (a.Issuer != Registry)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Block {b} names issuer {a.Issuer}; registry {Registry} issues only its own credits"), "blocks");
            }
            if (Issued.GetValueOrDefault(SpaceKey.Of(a)).Overlaps(b.Block))
            {
                ThrowIssuedTwice(b);
            }
        }
    }

    /// <summary>The refusals of an acquisition against this state: a source in this registry, serials already here, or serials naming this registry that it never issued.</summary>
    internal void CheckAcquire(AccountId from, ImmutableArray<CreditBlock> blocks)
    {
        if (from.Registry == Registry)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Acquisition source {from} is in this registry"), "outgoing");
        }
        foreach (CreditBlock b in blocks)
        {
            var space = SpaceKey.Of(b.Attributes);
            if (Present.GetValueOrDefault(space).Overlaps(b.Block))
            {
                ThrowAlreadyPresent(b, from);
            }
            if (b.Attributes.Issuer == Registry && !Issued.GetValueOrDefault(space).Covers(b.Block))
            {
                throw new SerialConflictException(b.Range, string.Create(CultureInfo.InvariantCulture,
                    $"Serials {b.Range} name registry {Registry} as issuer but were never issued here"));
            }
        }
    }

    [DoesNotReturn]
    private static void ThrowIssuedTwice(in CreditBlock b) =>
        throw new SerialConflictException(b.Range, string.Create(CultureInfo.InvariantCulture,
            $"Serials {b.Range} overlap serials already issued; the same credit cannot be issued twice"));

    [DoesNotReturn]
    private void ThrowAlreadyPresent(in CreditBlock b, AccountId from) =>
        throw new SerialConflictException(b.Range, string.Create(CultureInfo.InvariantCulture,
            $"Serials {b.Range} arriving from {from} overlap serials already present in registry {Registry}"));

    // ---- picking (live operations; a replay of a history from outside picks again to compare) ----

    /// <summary>The blocks a selection takes from an account, without changing anything.</summary>
    internal static ImmutableArray<CreditBlock> Pick(AccountSlot source, CreditSelection selection)
    {
        var collected = new Collected();
        PickInto(source, selection, ref collected);
        return collected.ToImmutable();
    }

    /// <summary>Receives the blocks a selection picks, in picking order.</summary>
    private interface IPicked
    {
        /// <summary>Takes the next picked block; false stops the picking early.</summary>
        bool Add(in CreditBlock block);
    }

    /// <summary>Collects the picked blocks (one block, the usual case, costs a one-element array and no builder).</summary>
    private struct Collected : IPicked
    {
        private CreditBlock first;
        private ImmutableArray<CreditBlock>.Builder? all;
        private bool any;

        public bool Add(in CreditBlock block)
        {
            if (!any)
            {
                first = block;
                any = true;
            }
            else
            {
                if (all is null)
                {
                    all = ImmutableArray.CreateBuilder<CreditBlock>();
                    all.Add(first);
                }
                all.Add(block);
            }
            return true;
        }

        public readonly ImmutableArray<CreditBlock> ToImmutable() =>
            all is not null ? all.ToImmutable() : any ? ImmutableArray.Create(first) : ImmutableArray<CreditBlock>.Empty;
    }

    /// <summary>Compares the picked blocks with given ones as they come, without collecting them.</summary>
    private struct Compared(ImmutableArray<CreditBlock> expected) : IPicked
    {
        private int matched;
        private bool differs;

        /// <summary>Whether the picking gave exactly the expected blocks.</summary>
        public readonly bool Same => !differs && matched == expected.Length;

        public bool Add(in CreditBlock block)
        {
            if (matched < expected.Length && expected[matched] == block)
            {
                matched++;
                return true;
            }
            differs = true;
            return false;
        }
    }

    private static void PickInto<TPicked>(AccountSlot source, CreditSelection selection, ref TPicked picked)
        where TPicked : struct, IPicked
    {
        if (selection.IsExact)
        {
            PickExact(source, selection, ref picked);
        }
        else
        {
            PickQuantity(source, selection, ref picked);
        }
    }

    private static void PickQuantity<TPicked>(AccountSlot source, CreditSelection selection, ref TPicked picked)
        where TPicked : struct, IPicked
    {
        HoldingTree tree = source.Available;
        long remaining = selection.Quantity;
        if (!selection.HasFilter && tree.Credits < remaining)
        {
            throw new InsufficientCreditsException(source.Account.Id, selection.Quantity, tree.Credits);
        }
        var cursor = new HoldingCursor(tree, selection);
        while (cursor.MoveNext(out CreditBlock block))
        {
            if (!selection.Matches(block.Attributes))
            {
                continue;
            }
            CreditBlock taken = block;
            if (block.Count > remaining)
            {
                taken = block.WithBlock(block.Block.SplitTail(remaining).Moved);
            }
            remaining -= taken.Count;
            if (!picked.Add(taken) || remaining == 0)
            {
                return;
            }
        }
        throw new InsufficientCreditsException(source.Account.Id, selection.Quantity, selection.Quantity - remaining);
    }

    private static void PickExact<TPicked>(AccountSlot source, CreditSelection selection, ref TPicked picked)
        where TPicked : struct, IPicked
    {
        HoldingTree tree = source.Available;
        foreach (SerialRange range in selection.Ranges)
        {
            long cursor = range.Serials.Start;
            while (true)
            {
                if (!TryFindContaining(tree, range, cursor, out CreditBlock held))
                {
                    throw new CreditsNotHeldException(source.Account.Id,
                        SerialRange.Create(range.Issuer, range.Project, SerialBlock.FromRange(cursor, range.Serials.End)));
                }
                long end = Math.Min(held.Block.End, range.Serials.End);
                if (!picked.Add(held.WithBlock(SerialBlock.FromRange(cursor, end))))
                {
                    return;
                }
                if (end == range.Serials.End)
                {
                    break;
                }
                cursor = end + 1;
            }
        }
    }

    /// <summary>
    /// Checks that an event which picks credits from <paramref name="slot"/> (a movement, a reservation or a marking)
    /// carries exactly the blocks its selection picks there, in order: a history must not contradict itself, even with
    /// every hash recomputed. The live ledger picks the blocks with this very code, so only histories read from outside
    /// are checked.
    /// </summary>
    private static void CheckPicked(AccountSlot slot, LedgerEvent e, CreditSelection selection, ImmutableArray<CreditBlock> blocks)
    {
        var compared = new Compared(blocks);
        PickInto(slot, selection, ref compared);
        if (!compared.Same)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Event {e.Sequence} carries other blocks than its selection picks from account {slot.Account.Id} ({selection})"));
        }
    }

    /// <summary>The holding that contains <paramref name="serial"/> of the range's serial space, in any vintage.</summary>
    private static bool TryFindContaining(HoldingTree tree, SerialRange range, long serial, out CreditBlock found)
    {
        bool more = tree.TryGetFirst(out CreditBlock probe);
        while (more)
        {
            int vintage = probe.Attributes.Vintage;
            var key = new HoldingKey(vintage, range.Issuer, range.Project.Value, serial);
            if (tree.TryFloor(key, out found) && found.Attributes.Vintage == vintage
                && HoldingKey.InSpace(found, range.Issuer, range.Project) && found.Block.Contains(serial))
            {
                return true;
            }
            more = vintage < CreditAttributes.MaxVintage && tree.TryCeiling(HoldingKey.FirstOfVintage(vintage + 1), out probe);
        }
        found = default;
        return false;
    }

    // ---- applying events ----

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

    // ---- reading ----

    /// <summary>The reconciliation per serial space and vintage.</summary>
    internal List<CreditTotals> Totals()
    {
        var stocks = new Dictionary<VintageKey, long[]>();
        long[] Stock(CreditAttributes a)
        {
            var key = VintageKey.Of(a);
            if (!stocks.TryGetValue(key, out long[]? s))
            {
                s = new long[4];
                stocks.Add(key, s);
            }
            return s;
        }
        for (int i = 0; i < Slots.Count; i++)
        {
            AccountSlot slot = Slots[i];
            int column = slot.Type.IsCancellation() ? 2 : slot.Type == AccountType.Retirement ? 3 : 0;
            foreach (CreditBlock b in slot.Available.ToList())
            {
                Stock(b.Attributes)[column] += b.Count;
            }
        }
        foreach (Reservation r in Reservations.Values)
        {
            foreach (CreditBlock b in r.Blocks)
            {
                Stock(b.Attributes)[1] += b.Count;
            }
        }
        var keys = new HashSet<VintageKey>(stocks.Keys);
        keys.UnionWith(Flows.Keys);
        var result = new List<CreditTotals>(keys.Count);
        foreach (VintageKey k in keys)
        {
            Flows f = Flows.GetValueOrDefault(k);
            long[] s = stocks.GetValueOrDefault(k) ?? new long[4];
            result.Add(new CreditTotals(k.Issuer, k.Project, k.Vintage, f.Issued, f.Acquired, f.TransferredOut, s[0], s[1], s[2], s[3]));
        }
        result.Sort(static (a, b) =>
        {
            int c = a.Issuer.CompareTo(b.Issuer);
            if (c == 0)
            {
                c = HoldingKey.CompareProjects(a.Project.Value, b.Project.Value);
            }
            return c != 0 ? c : a.Vintage.CompareTo(b.Vintage);
        });
        return result;
    }
}
