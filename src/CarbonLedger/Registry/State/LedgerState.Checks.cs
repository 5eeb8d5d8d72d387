using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Registry.Events;

namespace CarbonLedger.Registry.State;

internal sealed partial record LedgerState
{
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
}
