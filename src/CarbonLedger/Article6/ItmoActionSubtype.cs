namespace CarbonLedger.Article6;

/// <summary>The AEF action subtypes (UNFCCC common nomenclature); <see cref="None"/> where the action type has none.</summary>
public enum ItmoActionSubtype
{
    /// <summary>The action type has no subtype.</summary>
    None = 0,

    /// <summary>First transfer at the first international transfer (<c>First transfer to another Party</c>).</summary>
    FirstTransferToAnotherParty = 1,

    /// <summary>First transfer at authorisation (<c>Authorization</c>).</summary>
    Authorization = 2,

    /// <summary>First transfer at issuance (<c>Issuance</c>).</summary>
    Issuance = 3,

    /// <summary>First transfer at use or cancellation (<c>Use or cancellation</c>).</summary>
    UseOrCancellation = 4,

    /// <summary><c>Mandatory transfer to the Adaptation Fund</c>.</summary>
    MandatoryTransferToAdaptationFund = 5,

    /// <summary><c>Voluntary transfer to the Adaptation Fund</c>.</summary>
    VoluntaryTransferToAdaptationFund = 6,

    /// <summary><c>Mandatory cancellation to deliver OMGE</c>.</summary>
    MandatoryCancellationForOmge = 7,

    /// <summary><c>Voluntary cancellation to deliver OMGE</c>.</summary>
    VoluntaryCancellationForOmge = 8,

    /// <summary><c>Other cancellations</c>.</summary>
    OtherCancellation = 9,
}
