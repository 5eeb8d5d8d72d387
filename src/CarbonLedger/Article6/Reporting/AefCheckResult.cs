using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CarbonLedger.Article6.Reporting;

/// <summary>What the pre-submission checks found: errors first, then warnings, each in table and row order.</summary>
public sealed class AefCheckResult
{
    internal AefCheckResult(IEnumerable<AefFinding> findings)
    {
        AefFinding[] sorted = findings.OrderBy(static f => f.Severity).ThenBy(static f => f.Table).ThenBy(static f => f.Row ?? 0).ToArray();
        Findings = Array.AsReadOnly(sorted);
        Errors = Array.AsReadOnly(sorted.Where(static f => f.Severity == AefFindingSeverity.Error).ToArray());
        Warnings = Array.AsReadOnly(sorted.Where(static f => f.Severity == AefFindingSeverity.Warning).ToArray());
    }

    /// <summary>Every finding.</summary>
    public ReadOnlyCollection<AefFinding> Findings { get; }

    /// <summary>The errors.</summary>
    public ReadOnlyCollection<AefFinding> Errors { get; }

    /// <summary>The warnings.</summary>
    public ReadOnlyCollection<AefFinding> Warnings { get; }

    /// <summary>Whether any error was found (the report must not be submitted as it is).</summary>
    public bool HasErrors => Errors.Count > 0;
}
