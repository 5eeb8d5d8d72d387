namespace CarbonLedger.Registry.Trust;

/// <summary>Why a registry refuses another registry's signed outgoing transfer or signed refusal.</summary>
public enum TransferRejection
{
    /// <summary>The event is not an outgoing transfer (<c>CreditsTransferredOut</c>), or for a return not a refusal.</summary>
    WrongEventKind = 1,

    /// <summary>The outgoing transfer is addressed to another registry (or the refusal concerns another registry's transfer).</summary>
    NotAddressedHere = 2,

    /// <summary>The event's content does not match its hash.</summary>
    HashMismatch = 3,

    /// <summary>The sending registry is not on the trust list.</summary>
    UntrustedRegistry = 4,

    /// <summary>The signature names a key that is not on the trust list.</summary>
    UnknownKey = 5,

    /// <summary>The signing key is listed for a different registry than the sender.</summary>
    KeyOfOtherRegistry = 6,

    /// <summary>The signing key's validity had not started at the event's instant.</summary>
    KeyNotYetValid = 7,

    /// <summary>The signing key's validity had ended at the event's instant.</summary>
    KeyExpired = 8,

    /// <summary>The signing key was revoked at or before the event's instant.</summary>
    KeyRevoked = 9,

    /// <summary>The signature does not verify with the named key.</summary>
    BadSignature = 10,

    /// <summary>This outgoing transfer (origin registry and sequence, or event hash) was acquired before.</summary>
    AlreadyAcquired = 11,

    /// <summary>This outgoing transfer was refused before (and is being returned).</summary>
    AlreadyRefused = 12,

    /// <summary>The refusal names an outgoing transfer this registry does not have, or one that differs from it.</summary>
    UnknownTransfer = 13,

    /// <summary>The credits of this outgoing transfer were returned before.</summary>
    AlreadyReturned = 14,
}
