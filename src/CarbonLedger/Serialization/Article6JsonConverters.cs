using System.Collections.Generic;
using System.Text.Json.Serialization;
using CarbonLedger.Article6;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using NodaTime;

namespace CarbonLedger.Serialization;

/// <summary>The JSON shape of an authorisation.</summary>
internal sealed record AuthorizationRecord(
    [property: JsonRequired] AuthorizationId Id,
    [property: JsonRequired] CooperativeApproachId Approach,
    [property: JsonRequired] Country AuthorizingParty,
    [property: JsonRequired] LocalDate Date,
    [property: JsonRequired] long Quantity,
    [property: JsonRequired] int FirstVintage,
    [property: JsonRequired] int LastVintage,
    [property: JsonRequired] AuthorizedPurpose Purpose,
    [property: JsonRequired] FirstTransferDefinition FirstTransfer,
    [property: JsonRequired] ItmoMetric Metric,
    [property: JsonRequired] MitigationType MitigationType,
    [property: JsonRequired] IReadOnlyList<ActorId> AuthorizedEntities);

/// <summary>The JSON shape of a cooperative approach.</summary>
internal sealed record ApproachRecord(
    [property: JsonRequired] CooperativeApproachId Id,
    [property: JsonRequired] string Name,
    [property: JsonRequired] IReadOnlyList<Country> Participants);

/// <summary>An authorisation as an object, read back through <see cref="Authorization.Create"/>.</summary>
internal sealed class AuthorizationJsonConverter : RecordJsonConverter<Authorization, AuthorizationRecord>
{
    protected override AuthorizationRecord ToRecord(Authorization a) =>
        new(a.Id, a.Approach, a.AuthorizingParty, a.Date, a.Quantity, a.FirstVintage, a.LastVintage, a.Purpose, a.FirstTransfer, a.Metric, a.MitigationType, a.AuthorizedEntities);

    protected override Authorization FromRecord(AuthorizationRecord r) =>
        Authorization.Create(r.Id, r.Approach, r.AuthorizingParty, r.Date, r.Quantity, r.FirstVintage, r.LastVintage, r.Purpose, r.FirstTransfer)
            .WithMetric(r.Metric).WithMitigationType(r.MitigationType).WithAuthorizedEntities(r.AuthorizedEntities);
}

/// <summary>A cooperative approach as an object, read back through <see cref="CooperativeApproach.Create"/>.</summary>
internal sealed class CooperativeApproachJsonConverter : RecordJsonConverter<CooperativeApproach, ApproachRecord>
{
    protected override ApproachRecord ToRecord(CooperativeApproach a) => new(a.Id, a.Name, a.Participants);

    protected override CooperativeApproach FromRecord(ApproachRecord r) => CooperativeApproach.Create(r.Id, r.Name, r.Participants);
}
