using System.Collections.Generic;
using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>A row of the AEF Authorizations table: one of the reporting Party's authorisations and how far it has been used.</summary>
/// <remarks>Columns and order: see <see cref="AefTables.AuthorizationColumns"/>.</remarks>
public sealed class AefAuthorizationRow
{
    [JsonConstructor]
    internal AefAuthorizationRow(Country reportingParty, AuthorizationId authorization, CooperativeApproachId approach, Country authorizingParty,
        LocalDate authorizationDate, AuthorizedPurpose purpose, FirstTransferDefinition firstTransfer, ItmoMetric metric, MitigationType mitigationType,
        int firstVintage, int lastVintage, long authorizedQuantity, long quantityAuthorizedOnLedger, long quantityFirstTransferred,
        IReadOnlyList<ActorId> authorizedEntities)
    {
        ReportingParty = reportingParty;
        Authorization = authorization;
        Approach = approach;
        AuthorizingParty = authorizingParty;
        AuthorizationDate = authorizationDate;
        Purpose = purpose;
        FirstTransfer = firstTransfer;
        Metric = metric;
        MitigationType = mitigationType;
        FirstVintage = firstVintage;
        LastVintage = lastVintage;
        AuthorizedQuantity = authorizedQuantity;
        QuantityAuthorizedOnLedger = quantityAuthorizedOnLedger;
        QuantityFirstTransferred = quantityFirstTransferred;
        AuthorizedEntities = authorizedEntities;
    }

    /// <summary>The reporting Party.</summary>
    public Country ReportingParty { get; }

    /// <summary>The authorisation's id.</summary>
    public AuthorizationId Authorization { get; }

    /// <summary>The cooperative approach.</summary>
    public CooperativeApproachId Approach { get; }

    /// <summary>The authorising Party.</summary>
    public Country AuthorizingParty { get; }

    /// <summary>The date of the authorisation.</summary>
    public LocalDate AuthorizationDate { get; }

    /// <summary>The authorised purposes.</summary>
    public AuthorizedPurpose Purpose { get; }

    /// <summary>The first-transfer definition.</summary>
    public FirstTransferDefinition FirstTransfer { get; }

    /// <summary>The metric.</summary>
    public ItmoMetric Metric { get; }

    /// <summary>The mitigation type.</summary>
    public MitigationType MitigationType { get; }

    /// <summary>The first authorised vintage.</summary>
    public int FirstVintage { get; }

    /// <summary>The last authorised vintage.</summary>
    public int LastVintage { get; }

    /// <summary>The most units the authorisation covers.</summary>
    public long AuthorizedQuantity { get; }

    /// <summary>The units marked as authorised on the ledger so far.</summary>
    public long QuantityAuthorizedOnLedger { get; }

    /// <summary>The units first transferred so far.</summary>
    public long QuantityFirstTransferred { get; }

    /// <summary>The authorised entities (may be empty).</summary>
    public IReadOnlyList<ActorId> AuthorizedEntities { get; }
}
