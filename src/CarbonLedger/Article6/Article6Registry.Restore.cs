using System;
using System.Collections.Generic;
using System.Globalization;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Article6;

public sealed partial class Article6Registry
{
    /// <summary>
    /// Rebuilds the Article 6.2 layer of a registry from what a reporting service stored: the cooperative approaches,
    /// the authorisations (this Party's and those of acquired units) and the journal. Every journal entry must belong
    /// to this Party, follow the one before it and name a ledger event that has the hash it records.
    /// </summary>
    /// <param name="ledger">The Party's registry, with at least the history the journal refers to.</param>
    /// <param name="zone">The time zone in which action dates are read.</param>
    /// <param name="approaches">The cooperative approaches known to the registry.</param>
    /// <param name="authorizations">Every authorisation the journal names.</param>
    /// <param name="journal">The journal, in order from sequence 0.</param>
    /// <remarks>
    /// The rebuilt layer refuses and records exactly as the live one did. Operation ids of the journal are known
    /// again (from the ledger events), so repeating one returns its actions; an international transfer whose
    /// acquisition had not been recorded when the journal was stored is not completed by a repeat, and must be
    /// finished with <see cref="Ledger.Acquire(ActorId, CarbonLedger.Registry.Trust.SignedTransfer, CarbonLedger.Registry.Trust.TrustList)"/> on the receiving ledger.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">An entry is out of sequence, of another Party, names an unknown authorisation or approach,
    /// or does not match its ledger event.</exception>
    public static Article6Registry Restore(Ledger ledger, DateTimeZone zone, IEnumerable<CooperativeApproach> approaches,
        IEnumerable<Authorization> authorizations, IEnumerable<ItmoAction> journal)
    {
        Article6Registry registry = Create(ledger, zone);
        Preconditions.CheckNotNull(approaches);
        Preconditions.CheckNotNull(authorizations);
        Preconditions.CheckNotNull(journal);
        foreach (CooperativeApproach approach in approaches)
        {
            Preconditions.CheckArgument(approach is not null, nameof(approaches), "A cooperative approach is null");
            registry.approaches.TryAdd(approach.Id, approach);
        }
        foreach (Authorization authorization in authorizations)
        {
            Preconditions.CheckArgument(authorization is not null, nameof(authorizations), "An authorization is null");
            Preconditions.CheckArgument(registry.approaches.ContainsKey(authorization.Approach), nameof(authorizations),
                "Authorization {0} names an unknown cooperative approach", authorization.Id);
            registry.authorizations.TryAdd((authorization.AuthorizingParty.Alpha3, authorization.Id), authorization);
        }
        IReadOnlyList<LedgerEvent> events = ledger.Current.Events;
        var acquisitions = new AcquisitionIndex();
        var byEvent = new Dictionary<long, List<ItmoAction>>();
        foreach (ItmoAction a in journal)
        {
            Preconditions.CheckArgument(a is not null, nameof(journal), "A journal entry is null");
            Preconditions.CheckArgument(a.Sequence == registry.actions.Count && a.Party.Equals(registry.Party), nameof(journal),
                "Journal entry {0} is out of sequence or belongs to another Party", a.Sequence);
            Preconditions.CheckArgument(a.LedgerSequence < events.Count && events[(int)a.LedgerSequence].Hash == a.LedgerEventHash, nameof(journal),
                "Journal entry {0} does not match ledger event {1}", a.Sequence, a.LedgerSequence);
            if (!registry.authorizations.TryGetValue((a.FirstTransferringParty.Alpha3, a.Authorization), out Authorization? auth))
            {
                Preconditions.ThrowArgument(nameof(journal), string.Create(CultureInfo.InvariantCulture,
                    $"Journal entry {a.Sequence} names authorization {a.Authorization} of {a.FirstTransferringParty.Alpha3}, which was not given"));
            }
            registry.Replay(a, auth, events[(int)a.LedgerSequence], acquisitions);
            registry.actions.Add(a);
            if (!byEvent.TryGetValue(a.LedgerSequence, out List<ItmoAction>? group))
            {
                group = [];
                byEvent.Add(a.LedgerSequence, group);
            }
            group.Add(a);
        }
        foreach ((long sequence, List<ItmoAction> group) in byEvent)
        {
            registry.operations.TryAdd(events[(int)sequence].OperationId, new Completed(group.AsReadOnly(), Request.RestoredFrom(events[(int)sequence]), null));
        }
        return registry;
    }

    /// <summary>
    /// Applies one stored journal entry, recorded at ledger event <paramref name="e"/>, to the state, as the live
    /// operation that recorded it did.
    /// </summary>
    private void Replay(ItmoAction a, Authorization auth, LedgerEvent e, AcquisitionIndex acquisitions)
    {
        var space = new SerialSpace(a.Itmo.OriginatingRegistry, a.Itmo.Project);
        CreditBlock block = CreditBlock.Create(a.Itmo.Serials,
            CreditAttributes.Create(a.Itmo.OriginatingRegistry, a.Itmo.Project, a.Itmo.Vintage, a.UnitType, auth.Purpose.ToAuthorizationStatus(), false));
        switch (a.Type)
        {
            case ItmoActionType.Authorization:
                coverage.Add(space, a.Itmo.Serials, auth);
                authorized[auth] = authorized.GetValueOrDefault(auth) + a.Quantity;
                break;
            case ItmoActionType.FirstTransfer:
                firstTransferred.Add(block);
                firstTransferredQuantity[auth] = firstTransferredQuantity.GetValueOrDefault(auth) + a.Quantity;
                break;
            case ItmoActionType.Acquisition:
                CoverUnknown(block, auth);
                // The same rule as the live acquisition: the units count as first transferred when the acquired block
                // that holds them carries the flag.
                if (acquisitions.FirstTransferred(a, e) && !firstTransferred.Overlaps(block))
                {
                    firstTransferred.Add(block);
                }
                break;
            case ItmoActionType.Use or ItmoActionType.Cancellation or ItmoActionType.VoluntaryCancellation:
                used.Add(block);
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// The serials of the acquisition event that the journal entries being restored point at, all and those flagged
    /// first transferred; kept from one entry to the next, since the entries of one event are consecutive.
    /// </summary>
    private sealed class AcquisitionIndex
    {
        private long sequence = -1;
        private SerialSets acquired = new();
        private SerialSets flagged = new();

        /// <summary>
        /// Whether the units of acquisition entry <paramref name="a"/> were flagged first transferred in ledger event
        /// <paramref name="e"/> (all of the event's blocks that hold them were).
        /// </summary>
        /// <exception cref="ArgumentException">The event is not an acquisition, or its blocks do not hold all the units.</exception>
        internal bool FirstTransferred(ItmoAction a, LedgerEvent e)
        {
            if (e.Sequence != sequence)
            {
                acquired = new SerialSets();
                flagged = new SerialSets();
                foreach (CreditBlock b in (e as CreditsAcquired)?.Blocks ?? [])
                {
                    acquired.Add(b);
                    if (b.Attributes.FirstTransferred)
                    {
                        flagged.Add(b);
                    }
                }
                sequence = e.Sequence;
            }
            var units = SerialRange.Create(a.Itmo.OriginatingRegistry, a.Itmo.Project, a.Itmo.Serials);
            if (!acquired.Covers(units))
            {
                Preconditions.ThrowArgument("journal", string.Create(CultureInfo.InvariantCulture,
                    $"Journal entry {a.Sequence} records the acquisition of {a.Itmo}, which ledger event {e.Sequence} ({e.Kind}) did not acquire"));
            }
            return flagged.Covers(units);
        }
    }
}
