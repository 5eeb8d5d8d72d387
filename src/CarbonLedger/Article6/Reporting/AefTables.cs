using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// Generates the Agreed Electronic Format tables from a Party's <see cref="Article6Registry"/>: Authorizations, Actions
/// (for a reporting year), Holdings (as of 31 December), and, with the caller's <see cref="AefSubmission"/>, Submission
/// and Authorized entities. Every cell comes from the journal, the authorisations, the ledger or the submission.
/// <see cref="AefReport"/> bundles the five; <see cref="AefExport"/> writes them as CSV and JSON.
/// </summary>
/// <remarks>
/// CSV cells: dates as <c>yyyy-MM-dd</c>, Parties as ISO 3166-1 alpha-3 codes, vocabulary values in the UNFCCC
/// spelling (<see cref="AefVocabulary"/>), booleans as <c>Yes</c>/<c>No</c>, quantities as invariant integers and
/// tonnes as invariant decimals. A cell is empty only where the column does not apply to the row (for example the
/// using Party of a transfer).
/// </remarks>
public static class AefTables
{
    internal static readonly AefColumn<AefSubmissionRow>[] SubmissionColumns =
    [
        AefColumn<AefSubmissionRow>.Text("Reporting Party", static r => r.ReportingParty.Alpha3),
        AefColumn<AefSubmissionRow>.Integer("Reporting year", static r => r.ReportingYear),
        AefColumn<AefSubmissionRow>.Integer("Version", static r => r.Version),
        AefColumn<AefSubmissionRow>.Date("Submission date", static r => r.SubmissionDate),
        AefColumn<AefSubmissionRow>.Text("Contact name", static r => r.ContactName),
        AefColumn<AefSubmissionRow>.Text("Contact e-mail", static r => r.ContactEmail),
        AefColumn<AefSubmissionRow>.Text("Registry ID", static r => r.Registry.ToString()),
        AefColumn<AefSubmissionRow>.Text("Time zone", static r => r.TimeZone),
        AefColumn<AefSubmissionRow>.Text("Cooperative approach IDs", static r => string.Join("; ", r.Approaches)),
        AefColumn<AefSubmissionRow>.Integer("Authorizations reported", static r => r.Authorizations),
        AefColumn<AefSubmissionRow>.Integer("Actions reported", static r => r.Actions),
    ];

    internal static readonly AefColumn<AefAuthorizationRow>[] Authorization =
    [
        AefColumn<AefAuthorizationRow>.Text("Reporting Party", static r => r.ReportingParty.Alpha3),
        AefColumn<AefAuthorizationRow>.Text("Authorization ID", static r => r.Authorization.Value),
        AefColumn<AefAuthorizationRow>.Text("Cooperative approach ID", static r => r.Approach.ToString()),
        AefColumn<AefAuthorizationRow>.Text("Authorizing Party", static r => r.AuthorizingParty.Alpha3),
        AefColumn<AefAuthorizationRow>.Date("Authorization date", static r => r.AuthorizationDate),
        AefColumn<AefAuthorizationRow>.Text("Purposes for authorization", static r => r.Purpose.ToAefText()),
        AefColumn<AefAuthorizationRow>.Text("First transfer definition", static r => r.FirstTransfer.ToAefText()),
        AefColumn<AefAuthorizationRow>.Text("Metric", static r => r.Metric.ToAefText()),
        AefColumn<AefAuthorizationRow>.Text("Mitigation type", static r => r.MitigationType.ToAefText()),
        AefColumn<AefAuthorizationRow>.Integer("First vintage", static r => r.FirstVintage),
        AefColumn<AefAuthorizationRow>.Integer("Last vintage", static r => r.LastVintage),
        AefColumn<AefAuthorizationRow>.Integer("Authorized quantity", static r => r.AuthorizedQuantity),
        AefColumn<AefAuthorizationRow>.Integer("Quantity authorized on the registry", static r => r.QuantityAuthorizedOnLedger),
        AefColumn<AefAuthorizationRow>.Integer("Quantity first transferred", static r => r.QuantityFirstTransferred),
        AefColumn<AefAuthorizationRow>.Text("Authorized entities", static r => string.Join("; ", r.AuthorizedEntities.Select(static e => e.Value))),
    ];

    internal static readonly AefColumn<AefActionRow>[] Action =
    [
        AefColumn<AefActionRow>.Text("Reporting Party", static r => r.ReportingParty.Alpha3),
        .. ItmoColumns<AefActionRow>(static r => r.Itmo, static r => r.UnitType),
        AefColumn<AefActionRow>.Date("Action date", static r => r.ActionDate),
        AefColumn<AefActionRow>.Text("Action type", static r => r.ActionType.ToAefText()),
        AefColumn<AefActionRow>.Text("Action subtype", static r => r.ActionSubtype.ToAefText()),
        AefColumn<AefActionRow>.OptionalText("Transferring Party", static r => r.TransferringParty?.Alpha3),
        AefColumn<AefActionRow>.OptionalText("Acquiring Party", static r => r.AcquiringParty?.Alpha3),
        AefColumn<AefActionRow>.OptionalText("Using Party", static r => r.UsingParty?.Alpha3),
        AefColumn<AefActionRow>.Text("Authorization ID", static r => r.Authorization.Value),
        AefColumn<AefActionRow>.Text("Purposes for authorization", static r => r.Purpose.ToAefText()),
        AefColumn<AefActionRow>.Text("First transferring Party", static r => r.FirstTransferringParty.Alpha3),
        AefColumn<AefActionRow>.OptionalText("Purpose of use", static r => r.UsePurpose?.ToAefText()),
        AefColumn<AefActionRow>.OptionalInteger("Year of use", static r => r.YearOfUse),
        AefColumn<AefActionRow>.Text("Metric", static r => r.Metric.ToAefText()),
        AefColumn<AefActionRow>.Integer("Quantity", static r => r.Quantity),
        AefColumn<AefActionRow>.Decimal("Quantity (tCO2e)", static r => r.QuantityInTonnes.Tonnes),
        AefColumn<AefActionRow>.Integer("Registry event", static r => r.LedgerSequence),
        AefColumn<AefActionRow>.Text("Registry event hash", static r => r.LedgerEventHash.ToString()),
    ];

    internal static readonly AefColumn<AefHoldingRow>[] Holding =
    [
        AefColumn<AefHoldingRow>.Text("Reporting Party", static r => r.ReportingParty.Alpha3),
        AefColumn<AefHoldingRow>.Text("Registry ID", static r => r.Registry.ToString()),
        AefColumn<AefHoldingRow>.Date("As of", static r => r.AsOf),
        AefColumn<AefHoldingRow>.Text("Account ID", static r => r.Account.ToString()),
        AefColumn<AefHoldingRow>.Text("Account type", static r => r.AccountType.ToString()),
        .. ItmoColumns<AefHoldingRow>(static r => r.Itmo, static r => r.UnitType),
        AefColumn<AefHoldingRow>.Text("Authorization ID", static r => r.Authorization.Value),
        AefColumn<AefHoldingRow>.Text("First transferring Party", static r => r.FirstTransferringParty.Alpha3),
        AefColumn<AefHoldingRow>.Text("Purposes for authorization", static r => r.Purpose.ToAefText()),
        AefColumn<AefHoldingRow>.Text("First transferred", static r => r.FirstTransferred ? "Yes" : "No"),
        AefColumn<AefHoldingRow>.Text("Metric", static r => r.Metric.ToAefText()),
        AefColumn<AefHoldingRow>.Integer("Quantity", static r => r.Quantity),
    ];

    internal static readonly AefColumn<AefAuthorizedEntityRow>[] AuthorizedEntityColumns =
    [
        AefColumn<AefAuthorizedEntityRow>.Text("Reporting Party", static r => r.ReportingParty.Alpha3),
        AefColumn<AefAuthorizedEntityRow>.Text("Authorization ID", static r => r.Authorization.Value),
        AefColumn<AefAuthorizedEntityRow>.Text("Cooperative approach ID", static r => r.Approach.ToString()),
        AefColumn<AefAuthorizedEntityRow>.Date("Authorization date", static r => r.AuthorizationDate),
        AefColumn<AefAuthorizedEntityRow>.Text("Entity ID", static r => r.Entity.Value),
        AefColumn<AefAuthorizedEntityRow>.Text("Entity name", static r => r.EntityName),
        AefColumn<AefAuthorizedEntityRow>.Text("Entity country", static r => r.EntityCountry.Alpha3),
    ];

    private static readonly (ReadOnlyCollection<string> Columns, ReadOnlyCollection<AefColumnType> Types)[] Schemas =
    [
        SchemaOf(SubmissionColumns), SchemaOf(Authorization), SchemaOf(Action), SchemaOf(Holding), SchemaOf(AuthorizedEntityColumns),
    ];

    /// <summary>The Authorizations table's column headers, in order.</summary>
    public static IReadOnlyList<string> AuthorizationColumns => Schemas[(int)AefTableKind.Authorizations].Columns;

    /// <summary>The Actions table's column headers, in order.</summary>
    public static IReadOnlyList<string> ActionColumns => Schemas[(int)AefTableKind.Actions].Columns;

    /// <summary>The Holdings table's column headers, in order.</summary>
    public static IReadOnlyList<string> HoldingColumns => Schemas[(int)AefTableKind.Holdings].Columns;

    /// <summary>The Authorizations table: the reporting Party's own authorisations, ordered by id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public static IReadOnlyList<AefAuthorizationRow> Authorizations(Article6Registry registry)
    {
        Preconditions.CheckNotNull(registry);
        var rows = new List<AefAuthorizationRow>();
        foreach (Authorization a in registry.Authorizations)
        {
            if (a.AuthorizingParty.Equals(registry.Party))
            {
                rows.Add(new AefAuthorizationRow(registry.Party, a.Id, a.Approach, a.AuthorizingParty, a.Date, a.Purpose, a.FirstTransfer, a.Metric,
                    a.MitigationType, a.FirstVintage, a.LastVintage, a.Quantity, registry.GetAuthorizedQuantity(a.Id), registry.GetFirstTransferredQuantity(a.Id),
                    a.AuthorizedEntities));
            }
        }
        return rows.AsReadOnly();
    }

    /// <summary>The Actions table for a reporting year: every journal action dated in that calendar year, in journal order.</summary>
    /// <param name="registry">The Party's Article 6.2 registry.</param>
    /// <param name="reportingYear">The calendar year (action dates are read in the registry's time zone).</param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static IReadOnlyList<AefActionRow> Actions(Article6Registry registry, int reportingYear)
    {
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckArgumentRange(nameof(reportingYear), reportingYear, CreditAttributes.MinVintage, CreditAttributes.MaxVintage);
        return Actions(registry.Actions, reportingYear, Metrics(registry));
    }

    /// <summary>The Actions table rows for the actions dated in <paramref name="reportingYear"/>.</summary>
    internal static IReadOnlyList<AefActionRow> Actions(IReadOnlyList<ItmoAction> actions, int reportingYear, Dictionary<(string, AuthorizationId), ItmoMetric> metrics) =>
        EnumerateActions(actions, reportingYear, metrics).ToList().AsReadOnly();

    /// <summary>The Actions table rows for the actions dated in <paramref name="reportingYear"/>, made one at a time as they are read.</summary>
    internal static IEnumerable<AefActionRow> EnumerateActions(IReadOnlyList<ItmoAction> actions, int reportingYear, Dictionary<(string, AuthorizationId), ItmoMetric> metrics)
    {
        foreach (ItmoAction a in actions)
        {
            if (a.Date.Year != reportingYear)
            {
                continue;
            }
            ItmoId id = a.Itmo;
            ItmoMetric metric = metrics[(a.FirstTransferringParty.Alpha3, a.Authorization)];
            yield return new AefActionRow(a.Party, id.Approach, id, id.OriginatingRegistry, a.UnitType, id.Project, id.Vintage, a.Date, a.Type, a.Subtype,
                a.TransferringParty, a.AcquiringParty, a.UsingParty, a.Authorization, a.Purpose, a.FirstTransferringParty, a.UsePurpose, a.YearOfUse,
                metric, id.Count, Co2e.FromTonnes(id.Count), a.LedgerSequence, a.LedgerEventHash);
        }
    }

    /// <summary>The metric of every authorisation the registry knows, by authorising Party and id.</summary>
    internal static Dictionary<(string, AuthorizationId), ItmoMetric> Metrics(Article6Registry registry) =>
        registry.Authorizations.ToDictionary(static a => (a.AuthorizingParty.Alpha3, a.Id), static a => a.Metric);

    /// <summary>
    /// The Holdings table as of 31 December of <paramref name="year"/> (the end of that day in the registry's time
    /// zone): every authorised block in every account (reserved blocks included), terminal accounts included, ordered by account and then in the
    /// ledger's holding order. Blocks are split where different authorisations cover them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static IReadOnlyList<AefHoldingRow> Holdings(Article6Registry registry, int year)
    {
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckArgumentRange(nameof(year), year, CreditAttributes.MinVintage, CreditAttributes.MaxVintage - 1);
        Instant end = new LocalDate(year + 1, 1, 1).AtStartOfDayInZone(registry.Zone).ToInstant() - Duration.Epsilon;
        LedgerSnapshot snapshot = registry.Ledger.Current.AsOf(end);
        var asOf = new LocalDate(year, 12, 31);
        var rows = new List<AefHoldingRow>();
        foreach (Account account in snapshot.Accounts)
        {
            var authorised = new List<CreditBlock>();
            foreach (CreditBlock b in snapshot.GetHoldings(account.Id))
            {
                if (b.Attributes.Authorization != AuthorizationStatus.NotAuthorized)
                {
                    authorised.Add(b);
                }
            }
            foreach (Reservation reservation in snapshot.Reservations)
            {
                if (reservation.Account == account.Id)
                {
                    authorised.AddRange(reservation.Blocks.Where(static b => b.Attributes.Authorization != AuthorizationStatus.NotAuthorized));
                }
            }
            foreach ((CreditBlock part, Authorization? auth) in registry.Classify(authorised))
            {
                if (auth is null)
                {
                    continue;
                }
                CreditAttributes a = part.Attributes;
                rows.Add(new AefHoldingRow(registry.Party, snapshot.Registry, asOf, account.Id, account.Type, auth.Approach, ItmoId.Of(auth.Approach, part),
                    a.Issuer, a.UnitType, a.Project, a.Vintage, auth.Id, auth.AuthorizingParty, auth.Purpose, a.FirstTransferred, auth.Metric, part.Count));
            }
        }
        return rows.AsReadOnly();
    }

    /// <summary>The Submission table's one row: the caller's year, version, date and contact with the registry's Party, id, time zone, approaches and row counts.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AefSubmissionRow Submission(Article6Registry registry, AefSubmission submission)
    {
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckNotNull(submission);
        long authorizations = registry.Authorizations.Count(a => a.AuthorizingParty.Equals(registry.Party));
        long actions = registry.Actions.Count(a => a.Date.Year == submission.ReportingYear);
        return new AefSubmissionRow(registry.Party, submission.ReportingYear, submission.Version, submission.SubmissionDate, submission.ContactName,
            submission.ContactEmail, registry.Ledger.Registry, registry.Zone.Id, registry.Approaches.Select(static a => a.Id).ToList().AsReadOnly(),
            authorizations, actions);
    }

    /// <summary>
    /// The Authorized entities table: one row per entity named by one of the reporting Party's authorisations, ordered by
    /// authorisation id and then entity id, with the name and country the caller describes it by.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An authorisation names an entity that <paramref name="submission"/> does not describe.</exception>
    public static IReadOnlyList<AefAuthorizedEntityRow> AuthorizedEntities(Article6Registry registry, AefSubmission submission)
    {
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckNotNull(submission);
        Dictionary<ActorId, AuthorizedEntity> described = submission.Entities.ToDictionary(static e => e.Id);
        var rows = new List<AefAuthorizedEntityRow>();
        foreach (Authorization a in registry.Authorizations.Where(a => a.AuthorizingParty.Equals(registry.Party)).OrderBy(static a => a.Id))
        {
            foreach (ActorId id in a.AuthorizedEntities.OrderBy(static e => e))
            {
                if (!described.TryGetValue(id, out AuthorizedEntity? entity))
                {
                    Preconditions.ThrowArgument(nameof(submission), $"Authorisation {a.Id.Value} names entity '{id.Value}', which the submission's entities do not describe");
                }
                rows.Add(new AefAuthorizedEntityRow(registry.Party, a.Id, a.Approach, a.Date, id, entity.Name, entity.Country));
            }
        }
        return rows.AsReadOnly();
    }

    /// <summary>The headers and types of a table's columns.</summary>
    internal static (ReadOnlyCollection<string> Columns, ReadOnlyCollection<AefColumnType> Types) Schema(AefTableKind kind)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        return Schemas[(int)kind];
    }

    /// <summary>The typed columns of a table whose rows are <typeparamref name="TRow"/>.</summary>
    internal static AefColumn<TRow>[] Columns<TRow>(AefTableKind kind) => kind switch
    {
        AefTableKind.Submission => (AefColumn<TRow>[])(object)SubmissionColumns,
        AefTableKind.Authorizations => (AefColumn<TRow>[])(object)Authorization,
        AefTableKind.Actions => (AefColumn<TRow>[])(object)Action,
        AefTableKind.Holdings => (AefColumn<TRow>[])(object)Holding,
        _ => (AefColumn<TRow>[])(object)AuthorizedEntityColumns,
    };

    private static (ReadOnlyCollection<string>, ReadOnlyCollection<AefColumnType>) SchemaOf<TRow>(AefColumn<TRow>[] columns) =>
        (Array.AsReadOnly(columns.Select(static c => c.Name).ToArray()), Array.AsReadOnly(columns.Select(static c => c.Type).ToArray()));

    /// <summary>The columns both Actions and Holdings give an ITMO block, from the approach to the vintage.</summary>
    private static AefColumn<TRow>[] ItmoColumns<TRow>(Func<TRow, ItmoId> itmo, Func<TRow, string> unitType) =>
    [
        AefColumn<TRow>.Text("Cooperative approach ID", r => itmo(r).Approach.ToString()),
        AefColumn<TRow>.Text("Unique identifier", r => itmo(r).ToString()),
        AefColumn<TRow>.Integer("First serial", r => itmo(r).Serials.Start),
        AefColumn<TRow>.Integer("Last serial", r => itmo(r).Serials.End),
        AefColumn<TRow>.Text("Originating registry ID", r => itmo(r).OriginatingRegistry.ToString()),
        AefColumn<TRow>.Text("Underlying unit type", unitType),
        AefColumn<TRow>.Text("Project", r => itmo(r).Project.Value),
        AefColumn<TRow>.Integer("Vintage", r => itmo(r).Vintage),
    ];
}
