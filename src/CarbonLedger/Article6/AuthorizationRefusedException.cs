namespace CarbonLedger.Article6;

/// <summary>
/// Units cannot be authorised under the authorisation: they are already authorised, were not issued by this
/// registry, lie outside its vintages, or would take it past its authorised quantity.
/// </summary>
public sealed class AuthorizationRefusedException : Article6Exception
{
    internal AuthorizationRefusedException(AuthorizationId authorization, string message)
        : base(message)
    {
        Authorization = authorization;
    }

    /// <summary>The authorisation.</summary>
    public AuthorizationId Authorization { get; }
}
