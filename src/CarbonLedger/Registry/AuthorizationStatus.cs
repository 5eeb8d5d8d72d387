namespace CarbonLedger.Registry;

/// <summary>
/// Whether a credit is authorised under Article 6.2 for use toward NDCs and/or other international mitigation purposes
/// (OIMP). The ledger records and carries this attribute; the Article 6.2 layer decides when to set it.
/// </summary>
public enum AuthorizationStatus
{
    /// <summary>Not authorised: an ordinary JCM credit, not an ITMO.</summary>
    NotAuthorized = 0,

    /// <summary>Authorised for use toward NDCs.</summary>
    AuthorizedForNdc = 1,

    /// <summary>Authorised for other international mitigation purposes.</summary>
    AuthorizedForOimp = 2,

    /// <summary>Authorised for use toward NDCs and for other international mitigation purposes.</summary>
    AuthorizedForNdcAndOimp = 3,
}
