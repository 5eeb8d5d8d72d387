using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Utility;
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

    /// <summary>
    /// Checks that <paramref name="actor"/> may move credits out of <paramref name="account"/>, as every movement
    /// (transfer, cancellation, retirement, outgoing transfer) checks first: the account exists, the actor holds it, and
    /// it is not terminal. Nothing changes; a layer over the registry uses it to refuse before it picks any credits.
    /// </summary>
    /// <param name="actor">Who would move the credits.</param>
    /// <param name="account">The source account.</param>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    /// <exception cref="UnauthorizedActorException">The actor does not hold the account.</exception>
    /// <exception cref="AccountTypeException">The account is terminal (nothing leaves it).</exception>
    public void CheckSource(ActorId actor, AccountId account)
    {
        AccountSlot slot = state.RequireSlot(account, out _);
        LedgerState.CheckHolder(actor, slot);
        LedgerState.CheckNotTerminal(slot);
    }

    /// <summary>Checks that <paramref name="actor"/> may mark credits in <paramref name="account"/> (<see cref="Ledger.Mark"/>): the registry administrator. Nothing changes.</summary>
    /// <param name="actor">Who would mark the credits.</param>
    /// <param name="account">The account holding them.</param>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    public void CheckMayMark(ActorId actor, AccountId account)
    {
        state.CheckAdministrator(actor, account, "mark credits in");
        state.RequireSlot(account, out _);
    }

    /// <summary>Checks that <paramref name="actor"/> may issue credits into <paramref name="account"/> (<see cref="Ledger.Issue"/>): the registry administrator. Nothing changes.</summary>
    /// <param name="actor">Who would issue the credits.</param>
    /// <param name="account">The receiving account.</param>
    /// <exception cref="UnauthorizedActorException">The actor is not the administrator.</exception>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    public void CheckMayIssue(ActorId actor, AccountId account)
    {
        state.CheckAdministrator(actor, account, "issue into");
        state.RequireSlot(account, out _);
    }

    /// <summary>The account with this id, which must be of type <paramref name="type"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="type">The type the account must have.</param>
    /// <param name="rule">Why it must have that type, for the refusal's message (for example "uses go to retirement accounts").</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    /// <exception cref="AccountTypeException">The account is of another type; the message ends with <paramref name="rule"/>.</exception>
    public Account GetAccountOfType(AccountId account, AccountType type, string rule)
    {
        Preconditions.CheckNotNull(rule);
        Account found = state.RequireSlot(account, out _).Account;
        if (found.Type != type)
        {
            throw new AccountTypeException(account, found.Type, string.Create(CultureInfo.InvariantCulture, $"Account {account} is a {found.Type} account; {rule}"));
        }
        return found;
    }

    /// <summary>
    /// The blocks an operation with <paramref name="credits"/> would take from the account's available credits, in the
    /// order the ledger takes them (for exact ranges: the held blocks each range spans, cut to it). Nothing changes.
    /// </summary>
    /// <param name="account">The account to pick from.</param>
    /// <param name="credits">A quantity (with its order and filters) or exact ranges.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="credits"/> is null.</exception>
    /// <exception cref="UnknownAccountException">The registry has no such account.</exception>
    /// <exception cref="InsufficientCreditsException">The account holds too few matching available credits.</exception>
    /// <exception cref="CreditsNotHeldException">The account does not hold some of the exact serials.</exception>
    public IReadOnlyList<CreditBlock> Pick(AccountId account, CreditSelection credits)
    {
        Preconditions.CheckNotNull(credits);
        return LedgerState.Pick(state.RequireSlot(account, out _), credits);
    }

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
