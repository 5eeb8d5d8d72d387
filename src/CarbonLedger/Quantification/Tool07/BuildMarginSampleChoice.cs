namespace CarbonLedger.Quantification.Tool07;

/// <summary>Which of TOOL07's two candidate build-margin samples was chosen.</summary>
public enum BuildMarginSampleChoice
{
    /// <summary>SET_5-units: the five power units built most recently.</summary>
    FiveMostRecentUnits = 1,

    /// <summary>SET_≥20 %: the most recent capacity additions that together supply at least 20 % of the system's generation.</summary>
    TwentyPercentOfGeneration = 2,
}
