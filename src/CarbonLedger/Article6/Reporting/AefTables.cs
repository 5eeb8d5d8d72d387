using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// Generates the Agreed Electronic Format tables Authorizations, Actions (for a reporting year) and Holdings (as of
/// 31 December) from a Party's <see cref="Article6Registry"/>: every cell comes from the journal, the authorisations
/// or the ledger. The column headers and their order are the <c>…Columns</c> lists; <see cref="AefExport"/> writes the
/// tables as CSV and JSON.
/// </summary>
/// <remarks>
/// CSV cells: dates as <c>yyyy-MM-dd</c>, Parties as ISO 3166-1 alpha-3 codes, vocabulary values in the UNFCCC
/// spelling (<see cref="AefVocabulary"/>), booleans as <c>Yes</c>/<c>No</c>, quantities as invariant integers and
/// tonnes as invariant decimals. A cell is empty only where the column does not apply to the row (for example the
/// using Party of a transfer).
/// </remarks>
public static class AefTables
{
    internal static readonly AefColumn<AefAuthorizationRow>[] Authorization =
    [
        new("Reporting Party", static r => r.ReportingParty.Alpha3),
        new("Authorization ID", static r => r.Authorization.Value),
        new("Cooperative approach ID", static r => r.Approach.ToString()),
        new("Authorizing Party", static r => r.AuthorizingParty.Alpha3),
        new("Authorization date", static r => Date(r.AuthorizationDate)),
        new("Purposes for authorization", static r => r.Purpose.ToAefText()),
        new("First transfer definition", static r => r.FirstTransfer.ToAefText()),
        new("Metric", static r => r.Metric.ToAefText()),
        new("Mitigation type", static r => r.MitigationType.ToAefText()),
        new("First vintage", static r => Number(r.FirstVintage)),
        new("Last vintage", static r => Number(r.LastVintage)),
        new("Authorized quantity", static r => Number(r.AuthorizedQuantity)),
        new("Quantity authorized on the registry", static r => Number(r.QuantityAuthorizedOnLedger)),
        new("Quantity first transferred", static r => Number(r.QuantityFirstTransferred)),
        new("Authorized entities", static r => string.Join("; ", r.AuthorizedEntities.Select(static e => e.Value))),
    ];

    internal static readonly AefColumn<AefActionRow>[] Action =
    [
        new("Reporting Party", static r => r.ReportingParty.Alpha3),
        .. ItmoColumns<AefActionRow>(static r => r.Itmo, static r => r.UnitType),
        new("Action date", static r => Date(r.ActionDate)),
        new("Action type", static r => r.ActionType.ToAefText()),
        new("Action subtype", static r => r.ActionSubtype.ToAefText()),
        new("Transferring Party", static r => r.TransferringParty?.Alpha3 ?? string.Empty),
        new("Acquiring Party", static r => r.AcquiringParty?.Alpha3 ?? string.Empty),
        new("Using Party", static r => r.UsingParty?.Alpha3 ?? string.Empty),
        new("Authorization ID", static r => r.Authorization.Value),
        new("Purposes for authorization", static r => r.Purpose.ToAefText()),
        new("First transferring Party", static r => r.FirstTransferringParty.Alpha3),
        new("Purpose of use", static r => r.UsePurpose?.ToAefText() ?? string.Empty),
        new("Year of use", static r => r.YearOfUse is { } y ? Number(y) : string.Empty),
        new("Metric", static r => r.Metric.ToAefText()),
        new("Quantity", static r => Number(r.Quantity)),
        new("Quantity (tCO2e)", static r => r.QuantityInTonnes.Tonnes.ToString(CultureInfo.InvariantCulture)),
        new("Registry event", static r => Number(r.LedgerSequence)),
        new("Registry event hash", static r => r.LedgerEventHash.ToString()),
    ];

    internal static readonly AefColumn<AefHoldingRow>[] Holding =
    [
        new("Reporting Party", static r => r.ReportingParty.Alpha3),
        new("Registry ID", static r => r.Registry.ToString()),
        new("As of", static r => Date(r.AsOf)),
        new("Account ID", static r => r.Account.ToString()),
        new("Account type", static r => r.AccountType.ToString()),
        .. ItmoColumns<AefHoldingRow>(static r => r.Itmo, static r => r.UnitType),
        new("Authorization ID", static r => r.Authorization.Value),
        new("First transferring Party", static r => r.FirstTransferringParty.Alpha3),
        new("Purposes for authorization", static r => r.Purpose.ToAefText()),
        new("First transferred", static r => r.FirstTransferred ? "Yes" : "No"),
        new("Metric", static r => r.Metric.ToAefText()),
        new("Quantity", static r => Number(r.Quantity)),
    ];

    /// <summary>The Authorizations table's column headers, in order.</summary>
    public static IReadOnlyList<string> AuthorizationColumns { get; } = Array.AsReadOnly(Authorization.Select(static c => c.Name).ToArray());

    /// <summary>The Actions table's column headers, in order.</summary>
    public static IReadOnlyList<string> ActionColumns { get; } = Array.AsReadOnly(Action.Select(static c => c.Name).ToArray());

    /// <summary>The Holdings table's column headers, in order.</summary>
    public static IReadOnlyList<string> HoldingColumns { get; } = Array.AsReadOnly(Holding.Select(static c => c.Name).ToArray());

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
        Dictionary<(string, AuthorizationId), ItmoMetric> metrics = registry.Authorizations.ToDictionary(static a => (a.AuthorizingParty.Alpha3, a.Id), static a => a.Metric);
        return Actions(registry.Actions, reportingYear, metrics);
    }

    /// <summary>The Actions table rows for the actions dated in <paramref name="reportingYear"/>.</summary>
    internal static IReadOnlyList<AefActionRow> Actions(IReadOnlyList<ItmoAction> actions, int reportingYear, Dictionary<(string, AuthorizationId), ItmoMetric> metrics)
    {
        var rows = new List<AefActionRow>();
        foreach (ItmoAction a in actions)
        {
            if (a.Date.Year != reportingYear)
            {
                continue;
            }
            ItmoId id = a.Itmo;
            ItmoMetric metric = metrics[(a.FirstTransferringParty.Alpha3, a.Authorization)];
            rows.Add(new AefActionRow(a.Party, id.Approach, id, id.OriginatingRegistry, a.UnitType, id.Project, id.Vintage, a.Date, a.Type, a.Subtype,
                a.TransferringParty, a.AcquiringParty, a.UsingParty, a.Authorization, a.Purpose, a.FirstTransferringParty, a.UsePurpose, a.YearOfUse,
                metric, id.Count, Co2e.FromTonnes(id.Count), a.LedgerSequence, a.LedgerEventHash));
        }
        return rows.AsReadOnly();
    }

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

    /// <summary>The columns both Actions and Holdings give an ITMO block, from the approach to the vintage.</summary>
    private static AefColumn<TRow>[] ItmoColumns<TRow>(Func<TRow, ItmoId> itmo, Func<TRow, string> unitType) =>
    [
        new("Cooperative approach ID", r => itmo(r).Approach.ToString()),
        new("Unique identifier", r => itmo(r).ToString()),
        new("First serial", r => Number(itmo(r).Serials.Start)),
        new("Last serial", r => Number(itmo(r).Serials.End)),
        new("Originating registry ID", r => itmo(r).OriginatingRegistry.ToString()),
        new("Underlying unit type", unitType),
        new("Project", r => itmo(r).Project.Value),
        new("Vintage", r => Number(itmo(r).Vintage)),
    ];

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
