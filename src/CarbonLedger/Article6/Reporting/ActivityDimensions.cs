using System;

namespace CarbonLedger.Article6.Reporting;

/// <summary>The dimensions by which <see cref="RegistryActivityReport.Summarize"/> groups the totals.</summary>
[Flags]
public enum ActivityDimensions
{
    /// <summary>One grand total.</summary>
    None = 0,

    /// <summary>By the project's host (partner) country.</summary>
    PartnerCountry = 1,

    /// <summary>By project.</summary>
    Project = 2,

    /// <summary>By vintage year.</summary>
    Vintage = 4,

    /// <summary>By the calendar year of the event (in the report's time zone); holdings have no year.</summary>
    Year = 8,

    /// <summary>Every dimension: the report's own lines.</summary>
    All = PartnerCountry | Project | Vintage | Year,
}
