namespace CarbonLedger.Article6;

/// <summary>
/// Why ITMOs are cancelled; each value fixes the AEF action type and subtype and the kind of account the units go
/// to (see <see cref="Article6Registry.Cancel"/>).
/// </summary>
public enum CancellationPurpose
{
    /// <summary>Mandatory cancellation to deliver OMGE: <c>Cancellation</c> to an OMGE cancellation account.</summary>
    MandatoryOmge = 1,

    /// <summary>Voluntary cancellation to deliver OMGE: <c>Cancellation</c> to an OMGE cancellation account.</summary>
    VoluntaryOmge = 2,

    /// <summary>Mandatory transfer to the Adaptation Fund: <c>Cancellation</c> to an Adaptation Fund account.</summary>
    MandatoryAdaptationFund = 3,

    /// <summary>Voluntary transfer to the Adaptation Fund: <c>Cancellation</c> to an Adaptation Fund account.</summary>
    VoluntaryAdaptationFund = 4,

    /// <summary>Other cancellations: <c>Cancellation</c> to a cancellation account.</summary>
    Other = 5,

    /// <summary>A voluntary cancellation: <c>Voluntary Cancellation</c> (no subtype) to a cancellation account.</summary>
    Voluntary = 6,
}
