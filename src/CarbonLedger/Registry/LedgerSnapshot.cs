using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using NodaTime;

namespace CarbonLedger.Registry;

/// <summary>
/// An immutable view of a registry after some prefix of its history: accounts, holdings, balances, reservations,
/// reconciliation totals and the events themselves. Snapshots never change, so a reporting service can read one
/// from any thread while the ledger commits new operations.
/// </summary>
/// <remarks>
/// Balances are derived from the holdings (each account's holdings tree keeps the credit sum of its blocks), never
/// stored beside them. Holdings are listed in picking order: oldest vintage first, then issuing registry, project and
/// serial. Adjacent blocks with equal attributes are always joined.
/// </remarks>
public sealed class LedgerSnapshot
{
    private readonly LedgerState state;
    private readonly EventList events;

    internal LedgerSnapshot(LedgerState state, EventList events)
    {
        this.state = state;
        this.events = events;
    }

    /// <summary>The registry's id.</summary>
    public RegistryId Registry => state.Registry;

    /// <summary>The registry administrator.</summary>
    public ActorId Administrator => state.Administrator;

    /// <summary>The history up to this snapshot, in order.</summary>
    public IReadOnlyList<LedgerEvent> Events => events;

    /// <summary>How many events the history has.</summary>
    public int EventCount => events.Count;

    /// <summary>The hash of the last event: a compact fingerprint of the whole history.</summary>
    public EventHash HeadHash => state.HeadHash;

    /// <summary>The instant of the last event.</summary>
    public Instant LastEventInstant => state.LastInstant;

    /// <summary>The accounts, ordered by id.</summary>
    public IReadOnlyList<Account> Accounts
    {
        get
        {
            var list = new List<Account>(state.Slots.Count);
            for (int i = 0; i < state.Slots.Count; i++)
            {
                list.Add(state.Slots[i].Account);
            }
            list.Sort(static (a, b) => a.Id.CompareTo(b.Id));
            return list.AsReadOnly();
        }
    }

    /// <summary>The open reservations, ordered by id.</summary>
    public IReadOnlyList<Reservation> Reservations => state.Reservations.Values.ToList().AsReadOnly();

    internal LedgerState State => state;

    /// <summary>The account with this id.</summary>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    public Account GetAccount(AccountId account) => state.RequireSlot(account, out _).Account;

    /// <summary>Whether the registry has this account.</summary>
    public bool HasAccount(AccountId account) => state.HasAccount(account);

    /// <summary>The account's available (not reserved) blocks, in picking order.</summary>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    public IReadOnlyList<CreditBlock> GetHoldings(AccountId account) => state.RequireSlot(account, out _).Available.ToList().AsReadOnly();

    /// <summary>The account's available (not reserved) credits; O(1).</summary>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    public long GetBalance(AccountId account) => state.RequireSlot(account, out _).Available.Credits;

    /// <summary>The account's credits in open reservations.</summary>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    public long GetReservedBalance(AccountId account)
    {
        state.RequireSlot(account, out _);
        long total = 0;
        foreach (Reservation r in state.Reservations.Values)
        {
            if (r.Account == account)
            {
                total += r.Quantity;
            }
        }
        return total;
    }

    /// <summary>The reservation made by operation <paramref name="reservation"/>, or null when none is open.</summary>
    public Reservation? FindReservation(OperationId reservation) => state.Reservations.GetValueOrDefault(reservation);

    /// <summary>
    /// The reconciliation per serial space and vintage: inflows and outflows from the events, stocks from the holdings.
    /// Every entry satisfies <see cref="CreditTotals.IsConserved"/>. Ordered by issuer, project and vintage.
    /// </summary>
    public IReadOnlyList<CreditTotals> GetTotals() => state.Totals().AsReadOnly();

    /// <summary>The registry as it was at <paramref name="instant"/>: after every event of this snapshot dated at or before it.</summary>
    /// <remarks>
    /// Rebuilt by replaying that prefix of the history. The ledger remembers the last state it rebuilt this way (for
    /// as long as somebody holds the snapshot returned for it): asking again about the same prefix returns that
    /// snapshot, and asking about a later instant replays only the events in between. Questions in increasing order of
    /// time, such as month-end balances through a year, therefore cost about one replay in all; an earlier instant
    /// replays from the first event.
    /// </remarks>
    public LedgerSnapshot AsOf(Instant instant)
    {
        int lo = 0;
        int hi = events.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (events[mid].Instant <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        if (lo == events.Count)
        {
            return this;
        }
        PrefixStates prefixStates = events.PrefixStates;
        LedgerSnapshot? known = prefixStates.Closest(lo);
        if (known is not null && known.EventCount == lo)
        {
            return known;
        }
        int from = known?.EventCount ?? 0;
        // The account directory is shared by the states that grow from one another and has a single writer; readers
        // continuing from the same remembered state at once would be several, so the continuation takes its own copy.
        LedgerState start = known?.state.Detach() ?? LedgerState.CreateEmpty();
        var snapshot = new LedgerSnapshot(Ledger.Rebuild(start, events, from, lo, null, checkPicks: false), events.Prefix(lo));
        prefixStates.Remember(snapshot, lo - from);
        return snapshot;
    }
}
