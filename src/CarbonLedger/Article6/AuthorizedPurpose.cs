namespace CarbonLedger.Article6;

/// <summary>
/// What a Party authorises ITMOs for: the seven purposes of the UNFCCC nomenclature. OIMP (other international
/// mitigation purposes) covers both IMP (international mitigation purposes, for example an airline scheme) and OP
/// (other purposes); a Party may authorise for OIMP as a whole or for one of the two.
/// </summary>
/// <remarks>The AEF text of each value is given by <see cref="AefVocabulary.ToAefText(AuthorizedPurpose)"/>.</remarks>
public enum AuthorizedPurpose
{
    /// <summary>Use towards NDCs (<c>NDC</c>).</summary>
    Ndc = 1,

    /// <summary>Other international mitigation purposes, IMP and OP together (<c>OIMP</c>).</summary>
    Oimp = 2,

    /// <summary>International mitigation purposes (<c>IMP</c>).</summary>
    Imp = 3,

    /// <summary>Other purposes (<c>OP</c>).</summary>
    Op = 4,

    /// <summary>NDCs and other international mitigation purposes (<c>NDC and OIMP</c>).</summary>
    NdcAndOimp = 5,

    /// <summary>NDCs and international mitigation purposes (<c>NDC and IMP</c>).</summary>
    NdcAndImp = 6,

    /// <summary>NDCs and other purposes (<c>NDC and OP</c>).</summary>
    NdcAndOp = 7,
}
