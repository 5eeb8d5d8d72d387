namespace CarbonLedger.Article6.Adjustments;

/// <summary>
/// How a Party applies corresponding adjustments over its NDC period (decision 2/CMA.3 annex, para 7); chosen once
/// per period.
/// </summary>
public enum AdjustmentMethod
{
    /// <summary>Single-year NDC with an indicative multi-year trajectory: each year's net amount is applied in that year.</summary>
    SingleYearTrajectory = 1,

    /// <summary>
    /// Single-year NDC with averaging: the cumulative net amount over the period is divided by the number of elapsed
    /// years, and that average is applied in the NDC year.
    /// </summary>
    SingleYearAveraging = 2,

    /// <summary>Multi-year NDC: each year's net amount is applied annually, and the cumulative amount at the end of the period.</summary>
    MultiYear = 3,
}
