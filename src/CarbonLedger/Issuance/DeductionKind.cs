namespace CarbonLedger.Issuance;

/// <summary>What a deduction at issuance is for.</summary>
public enum DeductionKind
{
    /// <summary>Share of proceeds for adaptation, transferred to the Adaptation Fund.</summary>
    ShareOfProceeds = 1,

    /// <summary>Cancellation to deliver overall mitigation in global emissions (OMGE).</summary>
    OverallMitigation = 2,

    /// <summary>Non-permanence buffer pool.</summary>
    BufferPool = 3,
}
