using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>A row of the AEF Authorized entities table: one entity named by one of the reporting Party's authorisations.</summary>
/// <remarks>Columns and order: see <see cref="AefTable.ColumnsOf"/> with <see cref="AefTableKind.AuthorizedEntities"/>.</remarks>
public sealed class AefAuthorizedEntityRow
{
    [JsonConstructor]
    internal AefAuthorizedEntityRow(Country reportingParty, AuthorizationId authorization, CooperativeApproachId approach, LocalDate authorizationDate,
        ActorId entity, string entityName, Country entityCountry)
    {
        ReportingParty = reportingParty;
        Authorization = authorization;
        Approach = approach;
        AuthorizationDate = authorizationDate;
        Entity = entity;
        EntityName = entityName;
        EntityCountry = entityCountry;
    }

    /// <summary>The reporting Party.</summary>
    public Country ReportingParty { get; }

    /// <summary>The authorisation naming the entity.</summary>
    public AuthorizationId Authorization { get; }

    /// <summary>The authorisation's cooperative approach.</summary>
    public CooperativeApproachId Approach { get; }

    /// <summary>The authorisation's date.</summary>
    public LocalDate AuthorizationDate { get; }

    /// <summary>The entity's id, as the authorisation names it.</summary>
    public ActorId Entity { get; }

    /// <summary>The entity's legal name (caller-supplied).</summary>
    public string EntityName { get; }

    /// <summary>The country where the entity is established (caller-supplied).</summary>
    public Country EntityCountry { get; }
}
