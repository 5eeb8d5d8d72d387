using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// A Party's AEF submission for a reporting year: the five tables (decision 4/CMA.6, annex II) in sheet order,
/// built from its <see cref="Article6Registry"/> and the caller's <see cref="AefSubmission"/>.
/// </summary>
/// <remarks>
/// Submission, Authorizations, Holdings and Authorized entities are built when the report is created; the Actions
/// table is made row by row from the journal each time it is written or enumerated, so a workbook or CSV file of a
/// million actions never holds a million rows in memory.
/// </remarks>
public sealed class AefReport
{
    private AefReport(AefSubmissionRow submission, AefTable[] tables)
    {
        SubmissionRow = submission;
        Tables = Array.AsReadOnly(tables);
    }

    /// <summary>The Submission table's row.</summary>
    public AefSubmissionRow SubmissionRow { get; }

    /// <summary>The five tables, in sheet order (<see cref="AefTableKind"/>).</summary>
    public ReadOnlyCollection<AefTable> Tables { get; }

    /// <summary>The table of a kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public AefTable this[AefTableKind kind]
    {
        get
        {
            Preconditions.CheckDefined(kind, nameof(kind));
            return Tables[(int)kind];
        }
    }

    /// <summary>Builds the report.</summary>
    /// <param name="registry">The reporting Party's Article 6.2 registry.</param>
    /// <param name="submission">The caller's year, version, date, contact and entity descriptions.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An authorisation names an entity the submission does not describe.</exception>
    public static AefReport Create(Article6Registry registry, AefSubmission submission)
    {
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckNotNull(submission);
        int year = submission.ReportingYear;
        AefSubmissionRow row = AefTables.Submission(registry, submission);
        IReadOnlyList<AefAuthorizedEntityRow> entities = AefTables.AuthorizedEntities(registry, submission);
        IReadOnlyList<ItmoAction> journal = registry.Actions;
        var metrics = AefTables.Metrics(registry);
        AefTable[] tables =
        [
            AefTable.Of(AefTableKind.Submission, new[] { row }),
            AefTable.Of(AefTableKind.Authorizations, AefTables.Authorizations(registry)),
            AefTable.Of(AefTableKind.Actions, Enumerate(journal, year, metrics)),
            AefTable.Of(AefTableKind.Holdings, AefTables.Holdings(registry, year)),
            AefTable.Of(AefTableKind.AuthorizedEntities, entities),
        ];
        return new AefReport(row, tables);
    }

    /// <summary>A re-enumerable sequence of the year's action rows.</summary>
    private static IEnumerable<AefActionRow> Enumerate(IReadOnlyList<ItmoAction> journal, int year, Dictionary<(string, AuthorizationId), ItmoMetric> metrics) =>
        AefTables.EnumerateActions(journal, year, metrics);
}
