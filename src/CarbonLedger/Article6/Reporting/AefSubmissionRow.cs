using System.Collections.Generic;
using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>The row of the AEF Submission table: who submits what, for which year, and how many actions the Actions table holds.</summary>
/// <remarks>Columns and order: see <see cref="AefTable.ColumnsOf"/> with <see cref="AefTableKind.Submission"/>.</remarks>
public sealed class AefSubmissionRow
{
    [JsonConstructor]
    internal AefSubmissionRow(Country reportingParty, int reportingYear, int version, LocalDate submissionDate, string contactName, string contactEmail,
        RegistryId registry, string timeZone, IReadOnlyList<CooperativeApproachId> approaches, long authorizations, long actions)
    {
        ReportingParty = reportingParty;
        ReportingYear = reportingYear;
        Version = version;
        SubmissionDate = submissionDate;
        ContactName = contactName;
        ContactEmail = contactEmail;
        Registry = registry;
        TimeZone = timeZone;
        Approaches = approaches;
        Authorizations = authorizations;
        Actions = actions;
    }

    /// <summary>The reporting Party.</summary>
    public Country ReportingParty { get; }

    /// <summary>The reporting year.</summary>
    public int ReportingYear { get; }

    /// <summary>The submission's version (1 for the first).</summary>
    public int Version { get; }

    /// <summary>The date of submission.</summary>
    public LocalDate SubmissionDate { get; }

    /// <summary>The contact.</summary>
    public string ContactName { get; }

    /// <summary>The contact's e-mail address.</summary>
    public string ContactEmail { get; }

    /// <summary>The Party's registry.</summary>
    public RegistryId Registry { get; }

    /// <summary>The tzdb id of the time zone in which action dates and the year end are read.</summary>
    public string TimeZone { get; }

    /// <summary>The cooperative approaches the registry takes part in.</summary>
    public IReadOnlyList<CooperativeApproachId> Approaches { get; }

    /// <summary>The number of rows of the Authorizations table.</summary>
    public long Authorizations { get; }

    /// <summary>The number of rows of the Actions table.</summary>
    public long Actions { get; }
}
