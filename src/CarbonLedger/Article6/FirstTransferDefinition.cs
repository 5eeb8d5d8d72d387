namespace CarbonLedger.Article6;

/// <summary>
/// The event at which an authorised unit is first transferred (decision 2/CMA.3 annex, para 2(b)). For use towards
/// NDCs it is always the first international transfer; for other international mitigation purposes the
/// authorising Party chooses authorisation, issuance, or use or cancellation.
/// </summary>
/// <remarks>
/// For units authorised for an NDC and an OIMP purpose together, the first transfer is whichever comes first: the
/// first international transfer or the OIMP event chosen here.
/// </remarks>
public enum FirstTransferDefinition
{
    /// <summary>The first international transfer to another Party (the only definition for NDC-only authorisations).</summary>
    InternationalTransfer = 1,

    /// <summary>The authorisation of the units (OIMP).</summary>
    Authorization = 2,

    /// <summary>The issuance of the units (OIMP); the units must be issued already authorised.</summary>
    Issuance = 3,

    /// <summary>The use or cancellation of the units (OIMP).</summary>
    UseOrCancellation = 4,
}
