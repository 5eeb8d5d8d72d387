using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Article6;

/// <summary>
/// A Party's Article 6.2 layer over its registry <see cref="Ledger"/>: the cooperative approaches it takes part in,
/// its authorisations, and a journal of the ITMO actions (authorisation, first transfer, transfer, acquisition, use,
/// cancellation) that it records on the ledger. Every action is carried by a ledger event and linked to it.
/// </summary>
/// <remarks>
/// <para>Authorising units marks their blocks on the ledger (<see cref="Ledger.Mark"/>) with the coarse
/// <see cref="AuthorizationStatus"/>; the exact purposes, vintages and first-transfer definition stay with the
/// <see cref="Authorization"/>, which this layer maps to serial ranges. The first transfer of each unit is recorded
/// exactly once, at the event its authorisation defines: the first international transfer for NDC purposes;
/// authorisation, issuance, or use or cancellation for OIMP. The ledger's first-transferred flag is set on the
/// blocks at that event, and both parts of a block split later keep it.</para>
/// <para>Refusals throw before anything changes: <see cref="UnitsNotAuthorizedException"/> (first-transferring or
/// otherwise moving unauthorised units as ITMOs), <see cref="InsufficientItmosException"/> (using more than was
/// acquired), <see cref="ItmoAlreadyUsedException"/> (using or cancelling a unit twice),
/// <see cref="PurposeNotAuthorizedException"/> (using units for a purpose they are not authorised for) and
/// <see cref="AuthorizationRefusedException"/> (authorising beyond an authorisation's quantity or vintages).</para>
/// <para>Operations are serialised by an internal lock. Repeating an operation id returns the actions first recorded
/// for it. An operation that needs two ledger events (a first-transfer marking and the movement) derives the
/// marking's id as <c>{operation}:ft</c>, so operation ids are limited to 61 characters; if the movement fails after
/// the marking, repeating the operation completes it with the same units and records the first transfer once.</para>
/// </remarks>
public sealed partial class Article6Registry
{
    private const string FirstTransferSuffix = ":ft";

    private readonly Lock gate = new();

    private readonly Dictionary<CooperativeApproachId, CooperativeApproach> approaches = [];

    private readonly Dictionary<(string Party, AuthorizationId Id), Authorization> authorizations = [];

    private readonly Dictionary<Authorization, long> authorized = [];

    private readonly Dictionary<Authorization, long> firstTransferredQuantity = [];

    private readonly AuthorizationCoverage coverage = new();

    private readonly SerialSets firstTransferred = new();

    private readonly SerialSets used = new();

    private readonly List<ItmoAction> actions = [];

    private readonly Dictionary<OperationId, Completed> operations = [];

    private readonly Dictionary<OperationId, CreditSelection> pending = [];

    private Article6Registry(Ledger ledger, Country party, DateTimeZone zone)
    {
        Ledger = ledger;
        Party = party;
        Zone = zone;
    }

    /// <summary>The Party's registry.</summary>
    public Ledger Ledger { get; }

    /// <summary>The Party whose registry this is (from the registry id's alpha-3 code).</summary>
    public Country Party { get; }

    /// <summary>The time zone in which action dates and reporting years are read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The cooperative approaches known here, ordered by id.</summary>
    public IReadOnlyList<CooperativeApproach> Approaches
    {
        get
        {
            lock (gate)
            {
                return approaches.Values.OrderBy(static a => a.Id).ToList().AsReadOnly();
            }
        }
    }

    /// <summary>The authorisations known here (this Party's and those of units acquired from others), ordered by Party and id.</summary>
    public IReadOnlyList<Authorization> Authorizations
    {
        get
        {
            lock (gate)
            {
                return authorizations.Values.OrderBy(static a => a.AuthorizingParty.Alpha3, StringComparer.Ordinal).ThenBy(static a => a.Id).ToList().AsReadOnly();
            }
        }
    }

    /// <summary>The journal: every action recorded here, in order.</summary>
    public IReadOnlyList<ItmoAction> Actions
    {
        get
        {
            lock (gate)
            {
                return actions.ToArray().AsReadOnly();
            }
        }
    }

    /// <summary>Creates the Article 6.2 layer of a Party's registry.</summary>
    /// <param name="ledger">The registry; its id's alpha-3 code names the Party.</param>
    /// <param name="zone">The time zone in which action dates are read, for example <c>Asia/Tokyo</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The registry id's code is not a known ISO 3166-1 alpha-3 code.</exception>
    public static Article6Registry Create(Ledger ledger, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckNotNull(zone);
        Country? party = ledger.Registry.Party;
        Preconditions.CheckArgument(party is not null, nameof(ledger),
            "Registry {0} does not start with a known ISO 3166-1 alpha-3 code", ledger.Registry);
        return new Article6Registry(ledger, party, zone);
    }

    /// <summary>Registers a cooperative approach this Party participates in; registering an equal one again does nothing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="approach"/> is null.</exception>
    /// <exception cref="ArgumentException">The Party does not participate, or another approach has the id.</exception>
    public void RegisterApproach(CooperativeApproach approach)
    {
        Preconditions.CheckNotNull(approach);
        Preconditions.CheckArgument(approach.IsParticipant(Party), nameof(approach), "{0} does not participate in cooperative approach {1}", Party.Alpha3, approach.Id);
        lock (gate)
        {
            if (approaches.TryGetValue(approach.Id, out CooperativeApproach? known))
            {
                Preconditions.CheckArgument(known.Equals(approach), nameof(approach), "Another cooperative approach is registered as {0}", approach.Id);
                return;
            }
            approaches.Add(approach.Id, approach);
        }
    }

    /// <summary>Registers one of this Party's authorisations; registering an equal one again does nothing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="authorization"/> is null.</exception>
    /// <exception cref="ArgumentException">Another Party authorised it, its approach is not registered, or another authorisation has the id.</exception>
    public void RegisterAuthorization(Authorization authorization)
    {
        Preconditions.CheckNotNull(authorization);
        Preconditions.CheckArgument(authorization.AuthorizingParty.Equals(Party), nameof(authorization),
            "Authorization {0} is by another Party; this registry belongs to {1}", authorization.Id, Party.Alpha3);
        lock (gate)
        {
            Preconditions.CheckArgument(approaches.ContainsKey(authorization.Approach), nameof(authorization),
                "Cooperative approach {0} of authorization {1} is not registered", authorization.Approach, authorization.Id);
            var key = (Party.Alpha3, authorization.Id);
            if (authorizations.TryGetValue(key, out Authorization? known))
            {
                Preconditions.CheckArgument(known.Equals(authorization), nameof(authorization), "Another authorization is registered as {0}", authorization.Id);
                return;
            }
            authorizations.Add(key, authorization);
        }
    }

    /// <summary>One of this Party's authorisations.</summary>
    /// <exception cref="ArgumentException">No such authorisation is registered.</exception>
    public Authorization GetAuthorization(AuthorizationId id)
    {
        lock (gate)
        {
            return RequireOwn(id, nameof(id));
        }
    }

    /// <summary>How many units have been authorised (marked on the ledger) under one of this Party's authorisations.</summary>
    /// <exception cref="ArgumentException">No such authorisation is registered.</exception>
    public long GetAuthorizedQuantity(AuthorizationId id)
    {
        lock (gate)
        {
            return authorized.GetValueOrDefault(RequireOwn(id, nameof(id)));
        }
    }

    /// <summary>How many units of one of this Party's authorisations have been first transferred.</summary>
    /// <exception cref="ArgumentException">No such authorisation is registered.</exception>
    public long GetFirstTransferredQuantity(AuthorizationId id)
    {
        lock (gate)
        {
            return firstTransferredQuantity.GetValueOrDefault(RequireOwn(id, nameof(id)));
        }
    }

    /// <summary>
    /// Splits a block along the authorisations known here: each part with its authorisation, or null for serials no
    /// known authorisation covers.
    /// </summary>
    internal List<(CreditBlock Part, Authorization? Authorization)> Classify(IEnumerable<CreditBlock> blocks)
    {
        lock (gate)
        {
            return ClassifyLocked(blocks);
        }
    }

    private List<(CreditBlock Part, Authorization? Authorization)> ClassifyLocked(IEnumerable<CreditBlock> blocks)
    {
        var parts = new List<(CreditBlock, Authorization?)>();
        foreach (CreditBlock b in blocks)
        {
            coverage.Split(b, parts);
        }
        return parts;
    }

    private void Append(List<ItmoAction> batch, ItmoActionType type, ItmoActionSubtype subtype, LedgerEvent e, CreditBlock block, Authorization auth,
        Country? transferring, Country? acquiring, Country? usingParty, UsePurpose? use, int? yearOfUse) =>
        batch.Add(new ItmoAction(actions.Count + batch.Count, Party, type, subtype, e.Instant, e.Instant.InZone(Zone).Date, ItmoId.Of(auth.Approach, block),
            block.Attributes.UnitType, auth.Id, auth.Purpose, auth.AuthorizingParty, transferring, acquiring, usingParty, use, yearOfUse, e.Sequence, e.Hash));

    private Completed Commit(OperationId operation, Request request, List<ItmoAction> batch, Transfer? sent)
    {
        var done = new Completed(batch.ToArray().AsReadOnly(), request, sent);
        actions.AddRange(done.Actions);
        operations.Add(operation, done);
        pending.Remove(operation);
        return done;
    }

    private Authorization RequireOwn(AuthorizationId id, string paramName)
    {
        if (!authorizations.TryGetValue((Party.Alpha3, id), out Authorization? auth))
        {
            Preconditions.ThrowArgument(paramName, string.Create(CultureInfo.InvariantCulture, $"Authorization {id} of {Party.Alpha3} is not registered in registry {Ledger.Registry}"));
        }
        return auth;
    }

    /// <summary>Null when every serial of the block is covered by a known authorisation.</summary>
    private UnitsNotAuthorizedException? CoverageProblem(CreditBlock b, string action)
    {
        var parts = new List<(CreditBlock Part, Authorization? Authorization)>();
        coverage.Split(b, parts);
        foreach ((CreditBlock part, Authorization? auth) in parts)
        {
            if (auth is null || part.Attributes.Authorization == AuthorizationStatus.NotAuthorized)
            {
                return new UnitsNotAuthorizedException(part.Range, action);
            }
        }
        return null;
    }

    /// <summary>Null when the block is wholly authorised (by known authorisations) and unused.</summary>
    private Article6Exception? ItmoProblem(CreditBlock b, string action) =>
        CoverageProblem(b, action) is { } notAuthorized ? notAuthorized
        : used.Overlaps(b) ? new ItmoAlreadyUsedException(b.Range)
        : null;

    private static void CheckOperation(OperationId operation)
    {
        Preconditions.CheckArgument(operation.Value.Length > 0, nameof(operation), "Operation id must not be the default value");
        Preconditions.CheckArgument(!operation.IsAcquisition && operation.Value.Length <= OperationId.MaxLength - FirstTransferSuffix.Length, nameof(operation),
            "An Article 6 operation id is a client id of at most 61 characters; it is '{0}'", operation.Value);
    }

    private static void ThrowIf(Exception? problem)
    {
        if (problem is not null)
        {
            throw problem;
        }
    }

    /// <summary>The actions an operation recorded and, for an international transfer, what the destination must receive.</summary>
    /// <remarks><see cref="Sent"/> is null for other operations, and for transfers restored from a journal (their acquisition is finished on the receiving ledger).</remarks>
    private sealed record Completed(ReadOnlyCollection<ItmoAction> Actions, Request Request, Transfer? Sent);

    /// <summary>
    /// What an operation asked for. Repeating its id must ask for the same, as for the ledger's own operations; an
    /// operation restored from a journal knows only its kind and actor (the journal keeps the units picked, not the
    /// selection asked for), and a repeat is compared on those.
    /// </summary>
    private sealed record Request(string Kind, ActorId Actor, AccountId From, AccountId To, CreditSelection? Credits, string Details, ImmutableArray<CreditBlock> Blocks)
    {
        internal bool Restored { get; init; }

        internal static Request RestoredFrom(LedgerEvent e)
        {
            string kind = e switch
            {
                CreditsMarked => nameof(Authorize),
                CreditsIssued => nameof(IssueAuthorized),
                CreditsTransferredOut => nameof(TransferInternationally),
                CreditsRetired => nameof(Use),
                CreditsAcquired => "Acquire",
                _ => nameof(Cancel),
            };
            return new Request(kind, e.Actor, default, default, null, "", []) { Restored = true };
        }

        internal bool SameAs(Request asked) =>
            Kind == asked.Kind && Actor == asked.Actor
            && (Restored || (From == asked.From && To == asked.To && Equals(Credits, asked.Credits) && Details == asked.Details
                && Blocks.AsSpan().SequenceEqual(asked.Blocks.AsSpan())));
    }

    /// <summary>
    /// Whether <paramref name="operation"/> was done already: then <paramref name="done"/> is what it recorded, provided
    /// <paramref name="asked"/> is the same request; a different request under a used id is refused.
    /// </summary>
    /// <exception cref="OperationIdReusedException">The id was used for a different request.</exception>
    private bool TryRepeat(OperationId operation, Request asked, [NotNullWhen(true)] out Completed? done)
    {
        if (!operations.TryGetValue(operation, out done))
        {
            return false;
        }
        if (!done.Request.SameAs(asked))
        {
            throw new OperationIdReusedException(operation, Ledger.Current.Events[(int)done.Actions[0].LedgerSequence]);
        }
        return true;
    }
}
