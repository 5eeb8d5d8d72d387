namespace CarbonLedger.Quantification.Tool07;

/// <summary>The kind of project, which decides TOOL07's combined-margin weights.</summary>
public enum GridProjectType
{
    /// <summary>Wind or solar power: w_OM 0.75, w_BM 0.25 in every crediting period.</summary>
    WindOrSolar = 1,

    /// <summary>Any other project: w_OM 0.5, w_BM 0.5 in the first crediting period; 0.25 and 0.75 in the second and third.</summary>
    Other = 2,
}
