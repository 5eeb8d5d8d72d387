using System;
using System.Collections.Generic;
using CarbonLedger.Registry;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// Pre-submission checks of an AEF report against itself and the Party's ledger: the five tables (as built, or as read
/// back from a workbook or CSV that someone may have edited) and the <see cref="Article6Registry"/> they claim to
/// describe. Every finding names the table, row, column, rule and values; docs/article6.md lists the rules.
/// </summary>
/// <remarks>
/// The checks read the tables' canonical text cells once, row by row: an Actions table of a million rows is not held in
/// memory; only the first-transfer blocks (to find overlaps) and per-authorisation sums are kept.
/// </remarks>
public static class AefChecks
{
    /// <summary>Checks a report built by <see cref="AefReport.Create"/> against the registry it was built from.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AefCheckResult Run(AefReport report, Article6Registry registry)
    {
        Preconditions.CheckNotNull(report);
        return Run(report.Tables, registry, report.SubmissionRow.ReportingYear);
    }

    /// <summary>Checks tables (all five are expected, one of each) against a Party's registry for a reporting year.</summary>
    /// <param name="tables">The tables, in any order.</param>
    /// <param name="registry">The reporting Party's Article 6.2 registry.</param>
    /// <param name="reportingYear">The reporting year the tables claim to cover.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static AefCheckResult Run(IEnumerable<AefTable> tables, Article6Registry registry, int reportingYear)
    {
        Preconditions.CheckNotNull(tables);
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckArgumentRange(nameof(reportingYear), reportingYear, CreditAttributes.MinVintage + 1, CreditAttributes.MaxVintage - 1);
        var run = new AefCheckRun(registry, reportingYear);
        run.Check(tables);
        return new AefCheckResult(run.Findings);
    }
}
