namespace CarbonLedger.Article6;

/// <summary>The metric in which ITMOs are measured (AEF <c>GHG</c> or <c>non-GHG</c>).</summary>
public enum ItmoMetric
{
    /// <summary>Greenhouse gases, in tonnes of CO2-equivalent (<c>GHG</c>).</summary>
    Ghg = 1,

    /// <summary>A non-GHG metric (<c>non-GHG</c>).</summary>
    NonGhg = 2,
}
