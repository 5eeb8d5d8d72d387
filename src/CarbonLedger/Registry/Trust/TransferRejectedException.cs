namespace CarbonLedger.Registry.Trust;

/// <summary>
/// A registry refused another registry's signed outgoing transfer or signed refusal: a broken or untrusted signature,
/// an event addressed elsewhere, or a replay. The message names the registries, operation ids and keys involved; the
/// ledger is unchanged.
/// </summary>
public sealed class TransferRejectedException : RegistryException
{
    internal TransferRejectedException(TransferRejection reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Which check failed.</summary>
    public TransferRejection Reason { get; }
}
