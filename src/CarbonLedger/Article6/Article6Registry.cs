using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
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
public sealed class Article6Registry
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
    /// finished with <see cref="Ledger.Acquire"/> on the receiving ledger.
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
            registry.operations.TryAdd(events[(int)sequence].OperationId, new Completed(group.AsReadOnly(), null));
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
    /// Authorises issued units of this registry under one of this Party's authorisations: marks their blocks with the
    /// authorisation status and records an <c>Authorization</c> action per block — and, when the authorisation defines
    /// the OIMP first transfer at authorisation, sets the first-transferred flag and records a <c>First transfer</c>
    /// (subtype <c>Authorization</c>).
    /// </summary>
    /// <param name="operation">The client operation id (at most 61 characters).</param>
    /// <param name="authorization">The authorisation; it must not define the first transfer at issuance (use <see cref="IssueAuthorized"/>).</param>
    /// <param name="account">The account holding the units.</param>
    /// <param name="credits">A quantity (picked among unauthorised units of the authorised vintages) or exact ranges.</param>
    /// <returns>The recorded actions.</returns>
    /// <exception cref="ArgumentException">The authorisation is unknown or defines the first transfer at issuance.</exception>
    /// <exception cref="AuthorizationRefusedException">Units are already authorised, were issued elsewhere, lie outside the
    /// vintages, or the quantity would exceed the authorisation.</exception>
    /// <exception cref="RegistryException">The ledger refused the marking (for example unknown account, serials not held).</exception>
    public IReadOnlyList<ItmoAction> Authorize(OperationId operation, AuthorizationId authorization, AccountId account, CreditSelection credits)
    {
        CheckOperation(operation);
        Preconditions.CheckNotNull(credits);
        lock (gate)
        {
            if (operations.TryGetValue(operation, out Completed? prior))
            {
                return prior.Actions;
            }
            Authorization auth = RequireOwn(authorization, nameof(authorization));
            Preconditions.CheckArgument(auth.FirstTransfer != FirstTransferDefinition.Issuance, nameof(authorization),
                "Authorization {0} defines the first transfer at issuance; issue its units with IssueAuthorized", auth.Id);
            List<CreditBlock> picked = ItmoPicker.Pick(Ledger.Current, account, credits,
                b => AuthorizationProblem(b, auth) is null,
                b => ThrowIf(AuthorizationProblem(b, auth)),
                (requested, available) => new AuthorizationRefusedException(auth.Id, string.Create(CultureInfo.InvariantCulture,
                    $"Account {account} holds {available} unauthorised units issued by {Ledger.Registry} of vintages {auth.FirstVintage}-{auth.LastVintage}; {requested} were requested for authorization {auth.Id}")));
            long total = CheckQuantity(auth, picked);
            bool atAuthorization = auth.FirstTransfer == FirstTransferDefinition.Authorization;
            CreditMarking marking = CreditMarking.Authorize(auth.Purpose.ToAuthorizationStatus());
            if (atAuthorization)
            {
                marking = marking.WithFirstTransferred(true);
            }
            CreditsMarked e = Ledger.Mark(operation, Ledger.Administrator, account, ItmoPicker.Exactly(picked), marking);
            var batch = new List<ItmoAction>();
            foreach (CreditBlock b in picked)
            {
                CreditBlock marked = b.WithAttributes(marking.Apply(b.Attributes));
                RecordAuthorization(batch, e, marked, auth, atAuthorization);
            }
            authorized[auth] = authorized.GetValueOrDefault(auth) + total;
            return Commit(operation, batch, null).Actions;
        }
    }

    /// <summary>
    /// Issues units already authorised under one of this Party's authorisations: the blocks are issued with the
    /// authorisation status (and, when the authorisation defines the first transfer at issuance or authorisation,
    /// with the first-transferred flag), and an <c>Authorization</c> action — plus a <c>First transfer</c> when the flag
    /// is set — is recorded per block.
    /// </summary>
    /// <param name="operation">The client operation id.</param>
    /// <param name="authorization">The authorisation.</param>
    /// <param name="to">The receiving account.</param>
    /// <param name="blocks">Unauthorised, not first-transferred blocks of this registry within the authorised vintages.</param>
    /// <returns>The recorded actions.</returns>
    /// <exception cref="ArgumentException">The authorisation is unknown, or a block is invalid, already authorised or flagged, or from another issuer.</exception>
    /// <exception cref="AuthorizationRefusedException">A vintage lies outside the authorisation or the quantity would exceed it.</exception>
    /// <exception cref="RegistryException">The ledger refused the issuance.</exception>
    public IReadOnlyList<ItmoAction> IssueAuthorized(OperationId operation, AuthorizationId authorization, AccountId to, IReadOnlyList<CreditBlock> blocks)
    {
        CheckOperation(operation);
        Preconditions.CheckNotNull(blocks);
        Preconditions.CheckArgument(blocks.Count > 0, nameof(blocks), "At least one block must be issued");
        lock (gate)
        {
            if (operations.TryGetValue(operation, out Completed? prior))
            {
                return prior.Actions;
            }
            Authorization auth = RequireOwn(authorization, nameof(authorization));
            foreach (CreditBlock b in blocks)
            {
                Preconditions.CheckArgument(b.Block.Start >= 1, nameof(blocks), "Block {0} is the default value", b);
                CreditAttributes a = b.Attributes;
                Preconditions.CheckArgument(a.Authorization == AuthorizationStatus.NotAuthorized && !a.FirstTransferred, nameof(blocks),
                    "Block {0} must be given unauthorised and not first-transferred; the authorization sets both", b);
                Preconditions.CheckArgument(a.Issuer == Ledger.Registry, nameof(blocks), "Block {0} names another issuer than registry {1}", b, Ledger.Registry);
                ThrowIf(AuthorizationProblem(b, auth));
            }
            CheckQuantity(auth, blocks);
            bool flag = auth.FirstTransfer is FirstTransferDefinition.Issuance or FirstTransferDefinition.Authorization;
            AuthorizationStatus status = auth.Purpose.ToAuthorizationStatus();
            CreditBlock[] issued = blocks.Select(b => CreditBlock.Create(b.Block, b.Attributes.WithAuthorization(status).WithFirstTransferred(flag))).ToArray();
            CreditsIssued e = Ledger.Issue(operation, Ledger.Administrator, to, issued);
            var batch = new List<ItmoAction>();
            foreach (CreditBlock b in issued)
            {
                RecordAuthorization(batch, e, b, auth, flag);
            }
            authorized[auth] = authorized.GetValueOrDefault(auth) + issued.Sum(static b => b.Count);
            return Commit(operation, batch, null).Actions;
        }
    }

    /// <summary>
    /// Transfers authorised units to another Party's registry and records the acquisition there. Units authorised
    /// for NDC use that were never first transferred are first transferred now: the ledger flags them before they
    /// leave, and this registry records a <c>First transfer</c> (subtype <c>First transfer to another Party</c>); other
    /// units are recorded as a <c>Transfer</c>. The destination records an <c>Acquisition</c> and learns the units'
    /// authorisations.
    /// </summary>
    /// <param name="operation">The client operation id (at most 61 characters).</param>
    /// <param name="actor">The holder of <paramref name="from"/>.</param>
    /// <param name="from">The sending account.</param>
    /// <param name="destination">The other Party's Article 6.2 registry.</param>
    /// <param name="to">The receiving account, in <paramref name="destination"/>.</param>
    /// <param name="credits">A quantity (picked among authorised units) or exact ranges (all authorised).</param>
    /// <returns>The actions recorded here (the destination's are in its journal).</returns>
    /// <exception cref="ArgumentException">The destination belongs to this Party or does not hold <paramref name="to"/>.</exception>
    /// <exception cref="UnitsNotAuthorizedException">Some named units are not authorised.</exception>
    /// <exception cref="InsufficientItmosException">The account holds fewer authorised units than requested.</exception>
    /// <exception cref="RegistryException">A ledger refused its part.</exception>
    public IReadOnlyList<ItmoAction> TransferInternationally(OperationId operation, ActorId actor, AccountId from, Article6Registry destination, AccountId to, CreditSelection credits)
    {
        CheckOperation(operation);
        Preconditions.CheckNotNull(destination);
        Preconditions.CheckNotNull(credits);
        Preconditions.CheckArgument(!destination.Party.Equals(Party), nameof(destination),
            "Registry {0} belongs to {1} as well; an international transfer goes to another Party", destination.Ledger.Registry, Party.Alpha3);
        Preconditions.CheckArgument(to.Registry == destination.Ledger.Registry, nameof(to), "Account {0} is not in the receiving registry {1}", to, destination.Ledger.Registry);
        Completed done;
        lock (gate)
        {
            if (!operations.TryGetValue(operation, out Completed? prior))
            {
                prior = SendInternationally(operation, actor, from, destination, to, credits);
            }
            done = prior;
        }
        // The destination takes its own lock; this one is released first so two registries never wait on each other.
        destination.Receive((Transfer)done.Detail!, Party);
        return done.Actions;
    }

    /// <summary>
    /// Uses ITMOs: retires them to a retirement account and records a <c>Use</c> for this Party and the year of use.
    /// For NDC use the units must have been acquired from another Party (first transferred) and be authorised for NDC
    /// use; for OIMP uses they must be authorised for that purpose, and units whose authorisation defines the first
    /// transfer at use or cancellation are first transferred now.
    /// </summary>
    /// <param name="operation">The client operation id (at most 61 characters).</param>
    /// <param name="actor">The holder of <paramref name="from"/>.</param>
    /// <param name="from">The account holding the units.</param>
    /// <param name="to">A retirement account of this registry.</param>
    /// <param name="credits">A quantity (picked among eligible units) or exact ranges.</param>
    /// <param name="purpose">What the units are used for.</param>
    /// <param name="yearOfUse">The calendar year towards which they count.</param>
    /// <returns>The recorded actions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The purpose is not defined or the year is out of range.</exception>
    /// <exception cref="ItmoAlreadyUsedException">Named units were already used or cancelled.</exception>
    /// <exception cref="UnitsNotAuthorizedException">Named units are not authorised.</exception>
    /// <exception cref="PurposeNotAuthorizedException">Named units are not authorised for <paramref name="purpose"/>.</exception>
    /// <exception cref="InsufficientItmosException">More units were requested than the account holds eligible (for NDC use: acquired).</exception>
    /// <exception cref="RegistryException">The ledger refused the retirement.</exception>
    public IReadOnlyList<ItmoAction> Use(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits, UsePurpose purpose, int yearOfUse)
    {
        CheckOperation(operation);
        Preconditions.CheckNotNull(credits);
        Preconditions.CheckDefined(purpose, nameof(purpose));
        Preconditions.CheckArgumentRange(nameof(yearOfUse), yearOfUse, CreditAttributes.MinVintage, CreditAttributes.MaxVintage);
        string eligible = purpose == UsePurpose.Ndc
            ? "acquired, NDC-authorised, unused ITMOs"
            : "unused ITMOs authorised for " + purpose.ToAefText();
        return Consume(operation, actor, from, to, credits, static t => t == AccountType.Retirement, "uses go to retirement accounts",
            b => UseProblem(b, purpose, from), eligible, firstTransferHere: purpose != UsePurpose.Ndc,
            exact => Ledger.Retire(operation, actor, from, to, exact, Party.Name,
                string.Create(CultureInfo.InvariantCulture, $"Article 6.2 use for {purpose.ToAefText()}, year of use {yearOfUse}")),
            (batch, e, moved, auth) => Append(batch, ItmoActionType.Use, ItmoActionSubtype.None, e, moved, auth, null, null, Party, purpose, yearOfUse));
    }

    /// <summary>
    /// Cancels ITMOs for a stated purpose and records the AEF cancellation. OMGE cancellations go to an OMGE cancellation
    /// account, other and voluntary cancellations to a cancellation account (both by the ledger's cancellation), and
    /// Adaptation Fund cancellations are transferred to an Adaptation Fund account. Units whose authorisation defines the
    /// first transfer at use or cancellation are first transferred now.
    /// </summary>
    /// <param name="operation">The client operation id (at most 61 characters).</param>
    /// <param name="actor">The holder of <paramref name="from"/>.</param>
    /// <param name="from">The account holding the units.</param>
    /// <param name="to">An account of the type the purpose needs.</param>
    /// <param name="credits">A quantity (picked among authorised, unused units) or exact ranges.</param>
    /// <param name="purpose">Why the units are cancelled.</param>
    /// <returns>The recorded actions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The purpose is not defined.</exception>
    /// <exception cref="AccountTypeException">The destination is not of the type the purpose needs.</exception>
    /// <exception cref="ItmoAlreadyUsedException">Named units were already used or cancelled.</exception>
    /// <exception cref="UnitsNotAuthorizedException">Named units are not authorised.</exception>
    /// <exception cref="InsufficientItmosException">The account holds fewer authorised, unused units than requested.</exception>
    /// <exception cref="RegistryException">The ledger refused the movement.</exception>
    public IReadOnlyList<ItmoAction> Cancel(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits, CancellationPurpose purpose)
    {
        CheckOperation(operation);
        Preconditions.CheckNotNull(credits);
        Preconditions.CheckDefined(purpose, nameof(purpose));
        (ItmoActionType type, ItmoActionSubtype subtype, AccountType accountType) = purpose switch
        {
            CancellationPurpose.MandatoryOmge => (ItmoActionType.Cancellation, ItmoActionSubtype.MandatoryCancellationForOmge, AccountType.OmgeCancellation),
            CancellationPurpose.VoluntaryOmge => (ItmoActionType.Cancellation, ItmoActionSubtype.VoluntaryCancellationForOmge, AccountType.OmgeCancellation),
            CancellationPurpose.MandatoryAdaptationFund => (ItmoActionType.Cancellation, ItmoActionSubtype.MandatoryTransferToAdaptationFund, AccountType.AdaptationFund),
            CancellationPurpose.VoluntaryAdaptationFund => (ItmoActionType.Cancellation, ItmoActionSubtype.VoluntaryTransferToAdaptationFund, AccountType.AdaptationFund),
            CancellationPurpose.Other => (ItmoActionType.Cancellation, ItmoActionSubtype.OtherCancellation, AccountType.Cancellation),
            _ => (ItmoActionType.VoluntaryCancellation, ItmoActionSubtype.None, AccountType.Cancellation),
        };
        return Consume(operation, actor, from, to, credits, t => t == accountType,
            string.Create(CultureInfo.InvariantCulture, $"a {purpose} cancellation goes to a {accountType} account"),
            b => ItmoProblem(b, "cancelled as ITMOs"), "authorised, unused ITMOs", firstTransferHere: true,
            exact => accountType == AccountType.AdaptationFund ? Ledger.Transfer(operation, actor, from, to, exact) : Ledger.Cancel(operation, actor, from, to, exact),
            (batch, e, moved, auth) => Append(batch, type, subtype, e, moved, auth, null, null, null, null, null));
    }

    /// <summary>
    /// The common path of use and cancellation: checks, picks the eligible units, first transfers those whose
    /// authorisation defines the first transfer at use or cancellation (when <paramref name="firstTransferHere"/>),
    /// moves the units with one ledger event and records an action per part; the units count as used from then on.
    /// </summary>
    private ReadOnlyCollection<ItmoAction> Consume(OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits,
        Func<AccountType, bool> destinationAllowed, string destinationRule, Func<CreditBlock, Article6Exception?> problem, string eligible,
        bool firstTransferHere, Func<CreditSelection, CreditMovement> move, Action<List<ItmoAction>, LedgerEvent, CreditBlock, Authorization> record)
    {
        lock (gate)
        {
            if (operations.TryGetValue(operation, out Completed? prior))
            {
                return prior.Actions;
            }
            LedgerSnapshot snapshot = Ledger.Current;
            CheckUnused(credits);
            CheckSource(snapshot, actor, from);
            CheckDestination(snapshot, to, destinationAllowed, destinationRule);
            List<CreditBlock> picked = ItmoPicker.Pick(snapshot, from, pending.GetValueOrDefault(operation, credits),
                b => problem(b) is null,
                b => ThrowIf(problem(b)),
                (requested, available) => InsufficientItmosException.Holds(from, requested, available, eligible));
            List<(CreditBlock Part, Authorization? Authorization)> parts = ClassifyLocked(picked);
            List<(CreditBlock Part, Authorization? Authorization)> firsts = firstTransferHere
                ? parts.Where(p => p.Authorization!.FirstTransfer == FirstTransferDefinition.UseOrCancellation && !firstTransferred.Overlaps(p.Part)).ToList()
                : [];
            CreditSelection exact = Begin(operation, from, picked, firsts);
            CreditMovement e = move(exact);
            var batch = new List<ItmoAction>();
            RecordFirstTransfers(batch, e, firsts, ItmoActionSubtype.UseOrCancellation, null);
            HashSet<CreditBlock> firstParts = PartsOf(firsts);
            foreach ((CreditBlock part, Authorization? auth) in parts)
            {
                CreditBlock moved = Flagged(part, firstParts);
                record(batch, e, moved, auth!);
                used.Add(moved);
            }
            return Commit(operation, batch, null).Actions;
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

    private Completed SendInternationally(OperationId operation, ActorId actor, AccountId from, Article6Registry destination, AccountId to, CreditSelection credits)
    {
        LedgerSnapshot snapshot = Ledger.Current;
        CheckSource(snapshot, actor, from);
        destination.Ledger.Current.GetAccount(to);
        List<CreditBlock> picked = ItmoPicker.Pick(snapshot, from, pending.GetValueOrDefault(operation, credits),
            b => b.Attributes.Authorization != AuthorizationStatus.NotAuthorized && ItmoProblem(b, "transferred as ITMOs") is null,
            b => ThrowIf(ItmoProblem(b, "transferred internationally as ITMOs")),
            (requested, available) => InsufficientItmosException.Holds(from, requested, available, "authorised units"));
        List<(CreditBlock Part, Authorization? Authorization)> parts = ClassifyLocked(picked);
        var firsts = parts.Where(p => p.Authorization!.Purpose.IncludesNdc() && !firstTransferred.Overlaps(p.Part)).ToList();
        CreditSelection exact = Begin(operation, from, picked, firsts);
        CreditsTransferredOut e = Ledger.TransferOut(operation, actor, from, to, exact);
        var batch = new List<ItmoAction>();
        RecordFirstTransfers(batch, e, firsts, ItmoActionSubtype.FirstTransferToAnotherParty, destination.Party);
        var sent = new List<(CreditBlock Part, Authorization Authorization)>(parts.Count);
        HashSet<CreditBlock> firstParts = PartsOf(firsts);
        foreach ((CreditBlock part, Authorization? auth) in parts)
        {
            CreditBlock moved = Flagged(part, firstParts);
            if (!firstParts.Contains(part))
            {
                Append(batch, ItmoActionType.Transfer, ItmoActionSubtype.None, e, moved, auth!, Party, destination.Party, null, null, null);
            }
            sent.Add((moved, auth!));
        }
        var approachesSent = sent.Select(s => approaches[s.Authorization.Approach]).Distinct().ToList();
        return Commit(operation, batch, new Transfer(e, sent, approachesSent));
    }

    private void Receive(Transfer transfer, Country source)
    {
        CreditsTransferredOut outgoing = transfer.Outgoing;
        OperationId acquisition = OperationId.ForAcquisition(outgoing.From.Registry, outgoing.OperationId);
        lock (gate)
        {
            if (operations.ContainsKey(acquisition))
            {
                return;
            }
            CreditsAcquired e = Ledger.Acquire(Ledger.Administrator, outgoing);
            foreach (CooperativeApproach approach in transfer.Approaches)
            {
                approaches.TryAdd(approach.Id, approach);
            }
            var batch = new List<ItmoAction>();
            foreach ((CreditBlock part, Authorization auth) in transfer.Parts)
            {
                authorizations.TryAdd((auth.AuthorizingParty.Alpha3, auth.Id), auth);
                CoverUnknown(part, auth);
                if (part.Attributes.FirstTransferred && !firstTransferred.Overlaps(part))
                {
                    firstTransferred.Add(part);
                }
                Append(batch, ItmoActionType.Acquisition, ItmoActionSubtype.None, e, part, auth, source, Party, null, null, null);
            }
            Commit(acquisition, batch, null);
        }
    }

    /// <summary>Records that <paramref name="auth"/> covers the serials of an arriving block that no known authorisation covers yet.</summary>
    private void CoverUnknown(CreditBlock block, Authorization auth)
    {
        var pieces = new List<(CreditBlock Part, Authorization? Authorization)>();
        coverage.Split(block, pieces);
        foreach ((CreditBlock piece, Authorization? known) in pieces)
        {
            if (known is null)
            {
                coverage.Add(SerialSpace.Of(piece.Attributes), piece.Block, auth);
            }
        }
    }

    private void RecordAuthorization(List<ItmoAction> batch, LedgerEvent e, CreditBlock block, Authorization auth, bool firstTransfer)
    {
        coverage.Add(SerialSpace.Of(block.Attributes), block.Block, auth);
        Append(batch, ItmoActionType.Authorization, ItmoActionSubtype.None, e, block, auth, null, null, null, null, null);
        if (firstTransfer)
        {
            firstTransferred.Add(block);
            firstTransferredQuantity[auth] = firstTransferredQuantity.GetValueOrDefault(auth) + block.Count;
            Append(batch, ItmoActionType.FirstTransfer, auth.FirstTransfer.ToSubtype(), e, block, auth, Party, null, null, null, null);
        }
    }

    private void RecordFirstTransfers(List<ItmoAction> batch, LedgerEvent e, List<(CreditBlock Part, Authorization? Authorization)> firsts,
        ItmoActionSubtype subtype, Country? acquiring)
    {
        foreach ((CreditBlock part, Authorization? auth) in firsts)
        {
            CreditBlock flagged = part.WithAttributes(part.Attributes.WithFirstTransferred(true));
            firstTransferred.Add(flagged);
            firstTransferredQuantity[auth!] = firstTransferredQuantity.GetValueOrDefault(auth!) + part.Count;
            Append(batch, ItmoActionType.FirstTransfer, subtype, e, flagged, auth!, Party, acquiring, null, null, null);
        }
    }

    /// <summary>
    /// Starts the ledger side of a two-event operation: remembers the exact units, so that a repeat after a failure
    /// between the events takes the same units, then flags the first-transfer parts. Returns the exact selection.
    /// </summary>
    private CreditSelection Begin(OperationId operation, AccountId from, List<CreditBlock> picked, List<(CreditBlock Part, Authorization? Authorization)> firsts)
    {
        CreditSelection exact = ItmoPicker.Exactly(picked);
        pending[operation] = exact;
        try
        {
            MarkFirstTransferred(operation, from, firsts);
        }
        catch
        {
            pending.Remove(operation);
            throw;
        }
        return exact;
    }

    /// <summary>Flags on the ledger the first-transfer parts that do not carry the flag yet (one marking event).</summary>
    private void MarkFirstTransferred(OperationId operation, AccountId account, List<(CreditBlock Part, Authorization? Authorization)> firsts)
    {
        var unflagged = firsts.Where(static f => !f.Part.Attributes.FirstTransferred).Select(static f => f.Part).ToList();
        if (unflagged.Count > 0)
        {
            Ledger.Mark(OperationId.Create(operation.Value + FirstTransferSuffix), Ledger.Administrator, account,
                ItmoPicker.Exactly(unflagged), CreditMarking.SetFirstTransferred(true));
        }
    }

    private static CreditBlock Flagged(CreditBlock part, HashSet<CreditBlock> firsts) =>
        firsts.Contains(part) ? part.WithAttributes(part.Attributes.WithFirstTransferred(true)) : part;

    private static HashSet<CreditBlock> PartsOf(List<(CreditBlock Part, Authorization? Authorization)> list) => list.Select(static f => f.Part).ToHashSet();

    private void Append(List<ItmoAction> batch, ItmoActionType type, ItmoActionSubtype subtype, LedgerEvent e, CreditBlock block, Authorization auth,
        Country? transferring, Country? acquiring, Country? usingParty, UsePurpose? use, int? yearOfUse) =>
        batch.Add(new ItmoAction(actions.Count + batch.Count, Party, type, subtype, e.Instant, e.Instant.InZone(Zone).Date, ItmoId.Of(auth.Approach, block),
            block.Attributes.UnitType, auth.Id, auth.Purpose, auth.AuthorizingParty, transferring, acquiring, usingParty, use, yearOfUse, e.Sequence, e.Hash));

    private Completed Commit(OperationId operation, List<ItmoAction> batch, object? detail)
    {
        var done = new Completed(batch.ToArray().AsReadOnly(), detail);
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

    private long CheckQuantity(Authorization auth, IEnumerable<CreditBlock> blocks)
    {
        long total = 0;
        foreach (CreditBlock b in blocks)
        {
            total = checked(total + b.Count);
        }
        long done = authorized.GetValueOrDefault(auth);
        if (total > auth.Quantity - done)
        {
            throw new AuthorizationRefusedException(auth.Id, string.Create(CultureInfo.InvariantCulture,
                $"Authorization {auth.Id} covers {auth.Quantity} units and {done} are authorised already; {total} more would exceed it"));
        }
        return total;
    }

    private string? AuthorizationProblemText(CreditBlock b, Authorization auth)
    {
        CreditAttributes a = b.Attributes;
        if (a.Authorization != AuthorizationStatus.NotAuthorized)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Units {b.Range} are already authorised ({a.Authorization})");
        }
        if (a.Issuer != Ledger.Registry)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Units {b.Range} were issued by {a.Issuer}; registry {Ledger.Registry} authorises only its own units");
        }
        return auth.CoversVintage(a.Vintage)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Units {b.Range} are of vintage {a.Vintage}, outside authorization {auth.Id}'s vintages {auth.FirstVintage}-{auth.LastVintage}");
    }

    private AuthorizationRefusedException? AuthorizationProblem(CreditBlock b, Authorization auth) =>
        AuthorizationProblemText(b, auth) is { } text ? new AuthorizationRefusedException(auth.Id, text) : null;

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

    private Article6Exception? UseProblem(CreditBlock b, UsePurpose purpose, AccountId from)
    {
        if (ItmoProblem(b, "used as ITMOs") is { } problem)
        {
            return problem;
        }
        var parts = new List<(CreditBlock Part, Authorization? Authorization)>();
        coverage.Split(b, parts);
        foreach ((CreditBlock part, Authorization? auth) in parts)
        {
            if (!auth!.Purpose.Permits(purpose))
            {
                return new PurposeNotAuthorizedException(part.Range, auth.Id, auth.Purpose, purpose);
            }
        }
        if (purpose == UsePurpose.Ndc && (!b.Attributes.FirstTransferred || b.Attributes.Issuer == Ledger.Registry))
        {
            return InsufficientItmosException.NotAcquired(from, b.Range);
        }
        return null;
    }

    /// <summary>Null when the block is wholly authorised (by known authorisations) and unused.</summary>
    private Article6Exception? ItmoProblem(CreditBlock b, string action) =>
        CoverageProblem(b, action) is { } notAuthorized ? notAuthorized
        : used.Overlaps(b) ? new ItmoAlreadyUsedException(b.Range)
        : null;

    private void CheckUnused(CreditSelection credits)
    {
        foreach (SerialRange range in credits.Ranges)
        {
            if (used.Overlaps(range))
            {
                throw new ItmoAlreadyUsedException(range);
            }
        }
    }

    private static void CheckSource(LedgerSnapshot snapshot, ActorId actor, AccountId from)
    {
        AccountSlot account = snapshot.State.RequireSlot(from, out _);
        LedgerState.CheckHolder(actor, account);
        LedgerState.CheckNotTerminal(account);
    }

    private static void CheckDestination(LedgerSnapshot snapshot, AccountId to, Func<AccountType, bool> allowed, string rule)
    {
        Account account = snapshot.GetAccount(to);
        if (!allowed(account.Type))
        {
            throw new AccountTypeException(to, account.Type, string.Create(CultureInfo.InvariantCulture, $"Account {to} is a {account.Type} account; {rule}"));
        }
    }

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

    private sealed record Completed(ReadOnlyCollection<ItmoAction> Actions, object? Detail);

    private sealed record Transfer(CreditsTransferredOut Outgoing, List<(CreditBlock Part, Authorization Authorization)> Parts, List<CooperativeApproach> Approaches);

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
