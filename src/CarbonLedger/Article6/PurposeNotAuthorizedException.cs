using System.Globalization;
using CarbonLedger.Registry;

namespace CarbonLedger.Article6;

/// <summary>The units are authorised, but not for the purpose they were to be used for.</summary>
public sealed class PurposeNotAuthorizedException : Article6Exception
{
    internal PurposeNotAuthorizedException(SerialRange range, AuthorizationId authorization, AuthorizedPurpose authorized, UsePurpose requested)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"Units {range} are authorised by {authorization} for {authorized.ToAefText()}; they cannot be used for {requested.ToAefText()}"))
    {
        Range = range;
        Authorization = authorization;
        Authorized = authorized;
        Requested = requested;
    }

    /// <summary>The units.</summary>
    public SerialRange Range { get; }

    /// <summary>The authorisation that covers them.</summary>
    public AuthorizationId Authorization { get; }

    /// <summary>What they are authorised for.</summary>
    public AuthorizedPurpose Authorized { get; }

    /// <summary>What they were to be used for.</summary>
    public UsePurpose Requested { get; }
}
