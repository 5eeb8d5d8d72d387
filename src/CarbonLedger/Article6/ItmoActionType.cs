namespace CarbonLedger.Article6;

/// <summary>The AEF action types (UNFCCC common nomenclature).</summary>
public enum ItmoActionType
{
    /// <summary>Units were authorised (<c>Authorization</c>).</summary>
    Authorization = 1,

    /// <summary>Units were first transferred (<c>First transfer</c>).</summary>
    FirstTransfer = 2,

    /// <summary>Units left for another Party after their first transfer (<c>Transfer</c>).</summary>
    Transfer = 3,

    /// <summary>Units arrived from another Party (<c>Acquisition</c>).</summary>
    Acquisition = 4,

    /// <summary>Units were used towards an NDC or an OIMP purpose (<c>Use</c>).</summary>
    Use = 5,

    /// <summary>Units were cancelled (<c>Cancellation</c>).</summary>
    Cancellation = 6,

    /// <summary>Units were cancelled voluntarily, for no stated purpose (<c>Voluntary Cancellation</c>).</summary>
    VoluntaryCancellation = 7,
}
