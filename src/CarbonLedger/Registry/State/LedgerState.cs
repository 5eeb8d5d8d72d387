using System.Collections.Generic;
using System.Collections.Immutable;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Registry.State;

/// <summary>
/// The immutable state of a registry after some prefix of its history. <see cref="Apply"/> is the only way state
/// changes: the live ledger and replay both use it, so replaying the events rebuilds exactly the live state. Every
/// part is a persistent structure, so applying an event shares almost everything with the state before.
/// </summary>
internal sealed partial record LedgerState
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
        Settled = ImmutableDictionary<(RegistryId Origin, long Sequence), bool>.Empty,
        Returned = ImmutableHashSet<long>.Empty,
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
