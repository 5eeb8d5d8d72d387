using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// What a Party's focal point supplies for an AEF submission and the library cannot know: the reporting year, the
/// submission's version and date, the contact, and the description of every entity its authorisations name.
/// </summary>
/// <remarks>Immutable. The Party, registry, approaches and counts come from the registry (<see cref="AefReport.Create"/>).</remarks>
public sealed class AefSubmission
{
    private AefSubmission(int reportingYear, int version, LocalDate submissionDate, string contactName, string contactEmail,
        ReadOnlyCollection<AuthorizedEntity> entities)
    {
        ReportingYear = reportingYear;
        Version = version;
        SubmissionDate = submissionDate;
        ContactName = contactName;
        ContactEmail = contactEmail;
        Entities = entities;
    }

    /// <summary>The reporting year: actions dated in it, holdings as of its 31 December.</summary>
    public int ReportingYear { get; }

    /// <summary>The submission's version for that year: 1 for the first, then 2, 3… for resubmissions.</summary>
    public int Version { get; }

    /// <summary>The date the submission is made.</summary>
    public LocalDate SubmissionDate { get; }

    /// <summary>The contact person or office.</summary>
    public string ContactName { get; }

    /// <summary>The contact's e-mail address.</summary>
    public string ContactEmail { get; }

    /// <summary>The entities the authorisations name, ordered by id.</summary>
    public IReadOnlyList<AuthorizedEntity> Entities { get; }

    /// <summary>Describes a submission.</summary>
    /// <param name="reportingYear">The reporting year (2000 to 2199).</param>
    /// <param name="version">The version, 1 or more.</param>
    /// <param name="submissionDate">The date of submission; not before 1 January of the year after the reporting year.</param>
    /// <param name="contactName">The contact: clean text of at most 200 characters.</param>
    /// <param name="contactEmail">The contact's e-mail address: <c>local@domain</c>, one <c>@</c>, a dot in the domain, no spaces.</param>
    /// <param name="entities">The entities the authorisations name (ids unique).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value breaks the rule its parameter states.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year or version is out of range.</exception>
    public static AefSubmission Create(int reportingYear, int version, LocalDate submissionDate, string contactName, string contactEmail,
        IEnumerable<AuthorizedEntity> entities)
    {
        Preconditions.CheckArgumentRange(nameof(reportingYear), reportingYear, 2000, 2199);
        Preconditions.CheckArgumentRange(nameof(version), version, 1, int.MaxValue);
        Preconditions.CheckArgument(submissionDate.Year > reportingYear, nameof(submissionDate),
            "A submission for {0} is made after the year ends; the date given is {1:uuuu-MM-dd}", reportingYear, submissionDate);
        Preconditions.CheckNotNull(contactName);
        Preconditions.CheckNotNull(contactEmail);
        Preconditions.CheckNotNull(entities);
        Preconditions.CheckArgument(TextRules.IsCleanText(contactName, ActorId.MaxLength), nameof(contactName),
            "A contact name is 1 to 200 characters without control characters or surrounding spaces; got '{0}'", contactName);
        Preconditions.CheckArgument(IsEmail(contactEmail), nameof(contactEmail),
            "An e-mail address is local@domain with one '@', a dot in the domain and no spaces; got '{0}'", contactEmail);
        AuthorizedEntity[] list = entities.ToArray();
        foreach (AuthorizedEntity entity in list)
        {
            Preconditions.CheckArgument(entity is not null, nameof(entities), "Entities must not contain null");
        }
        IGrouping<ActorId, AuthorizedEntity>? twice = list.GroupBy(static e => e.Id).FirstOrDefault(static g => g.Count() > 1);
        Preconditions.CheckArgument(twice is null, nameof(entities), "Entity '{0}' is described more than once", twice?.Key.Value);
        return new AefSubmission(reportingYear, version, submissionDate, contactName, contactEmail,
            Array.AsReadOnly(list.OrderBy(static e => e.Id).ToArray()));
    }

    /// <summary>Whether the text has the shape of an e-mail address (the same test the Submission check applies).</summary>
    internal static bool IsEmail(string text)
    {
        int at = text.IndexOf('@', StringComparison.Ordinal);
        return text.Length <= 254 && at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.')
            && !text.Any(static c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}
