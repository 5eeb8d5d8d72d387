using CarbonLedger.Registry;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

/// <summary>Rules that follow from an <see cref="AuthorizedPurpose"/>.</summary>
public static class AuthorizedPurposes
{
    /// <summary>Whether the purposes include use towards NDCs.</summary>
    public static bool IncludesNdc(this AuthorizedPurpose purpose) =>
        purpose is AuthorizedPurpose.Ndc or AuthorizedPurpose.NdcAndOimp or AuthorizedPurpose.NdcAndImp or AuthorizedPurpose.NdcAndOp;

    /// <summary>Whether the purposes include any other international mitigation purpose (OIMP, IMP or OP).</summary>
    public static bool IncludesOimp(this AuthorizedPurpose purpose) => purpose != AuthorizedPurpose.Ndc;

    /// <summary>
    /// Whether units authorised for <paramref name="purpose"/> may be used for <paramref name="use"/>: NDC use needs
    /// NDC; OIMP use needs OIMP as a whole; IMP use needs OIMP or IMP; OP use needs OIMP or OP.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">A value is not defined.</exception>
    public static bool Permits(this AuthorizedPurpose purpose, UsePurpose use)
    {
        Preconditions.CheckDefined(purpose, nameof(purpose));
        Preconditions.CheckDefined(use, nameof(use));
        return use switch
        {
            UsePurpose.Ndc => purpose.IncludesNdc(),
            UsePurpose.Oimp => purpose is AuthorizedPurpose.Oimp or AuthorizedPurpose.NdcAndOimp,
            UsePurpose.Imp => purpose is AuthorizedPurpose.Oimp or AuthorizedPurpose.NdcAndOimp or AuthorizedPurpose.Imp or AuthorizedPurpose.NdcAndImp,
            _ => purpose is AuthorizedPurpose.Oimp or AuthorizedPurpose.NdcAndOimp or AuthorizedPurpose.Op or AuthorizedPurpose.NdcAndOp,
        };
    }

    /// <summary>The ledger's coarser authorisation status for units authorised for <paramref name="purpose"/>.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The purpose is not defined.</exception>
    public static AuthorizationStatus ToAuthorizationStatus(this AuthorizedPurpose purpose)
    {
        Preconditions.CheckDefined(purpose, nameof(purpose));
        return purpose switch
        {
            AuthorizedPurpose.Ndc => AuthorizationStatus.AuthorizedForNdc,
            AuthorizedPurpose.Oimp or AuthorizedPurpose.Imp or AuthorizedPurpose.Op => AuthorizationStatus.AuthorizedForOimp,
            _ => AuthorizationStatus.AuthorizedForNdcAndOimp,
        };
    }
}
