using System.Collections.Generic;
using System.Text.Json.Serialization;
using CarbonLedger.Article6;

namespace CarbonLedger.Serialization;

/// <summary>The JSON shape of a stored Article 6.2 journal.</summary>
internal sealed record Article6JournalRecord(
    [property: JsonRequired] IReadOnlyList<CooperativeApproach> Approaches,
    [property: JsonRequired] IReadOnlyList<Authorization> Authorizations,
    [property: JsonRequired] IReadOnlyList<ItmoAction> Actions);

/// <summary>An Article 6.2 journal as an object, read back through <see cref="Article6Journal.Create"/>.</summary>
internal sealed class Article6JournalJsonConverter : RecordJsonConverter<Article6Journal, Article6JournalRecord>
{
    protected override Article6JournalRecord ToRecord(Article6Journal value) => new(value.Approaches, value.Authorizations, value.Actions);

    protected override Article6Journal FromRecord(Article6JournalRecord record) =>
        Article6Journal.Create(record.Approaches, record.Authorizations, record.Actions);
}
