using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// An outgoing transfer with its sending registry's signature: what the sender hands to the receiving registry, which
/// records it with <c>Ledger.Acquire</c> (or refuses it). The signature
/// covers the event's hash (see <c>docs/registry.md</c>, "Signed bytes"), so it binds every field of the event.
/// </summary>
public sealed class SignedTransfer
{
    private SignedTransfer(LedgerEvent e, RegistrySignature signature)
    {
        Event = e;
        Signature = signature;
    }

    /// <summary>The event as received; a <see cref="CreditsTransferredOut"/> unless someone sent something else.</summary>
    public LedgerEvent Event { get; }

    /// <summary>The sender's signature.</summary>
    public RegistrySignature Signature { get; }

    /// <summary>Signs an outgoing transfer of the signer's registry.</summary>
    /// <exception cref="System.ArgumentException">The transfer is not the signer's registry's, or its content does not match its hash.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The key cannot sign.</exception>
    public static SignedTransfer Sign(CreditsTransferredOut outgoing, RegistrySigner signer)
    {
        Preconditions.CheckNotNull(outgoing);
        Preconditions.CheckNotNull(signer);
        Preconditions.CheckArgument(outgoing.From.Registry == signer.Registry, nameof(signer),
            "Outgoing transfer {0} is not registry {1}'s", outgoing.OperationId, signer.Registry);
        Preconditions.CheckArgument(HashChain.ComputeHash(outgoing) == outgoing.Hash, nameof(outgoing),
            "Outgoing transfer {0}'s content does not match its hash {1}", outgoing.OperationId, outgoing.Hash);
        return new SignedTransfer(outgoing, signer.Sign(Bytes(outgoing)));
    }

    /// <summary>A signed transfer from its parts (for example read from a file); the receiver checks it.</summary>
    public static SignedTransfer Create(LedgerEvent e, RegistrySignature signature) =>
        new(Preconditions.CheckNotNull(e), Preconditions.CheckNotNull(signature));

    /// <summary>
    /// Everything the receiving registry checks before it may record the transfer, except replays (the ledger checks
    /// those against its history): the kind, the addressee, the hash, and the signature by a key of the sender valid at
    /// the transfer's instant. Returns null when all hold.
    /// </summary>
    internal (TransferRejection Reason, string Message)? Verify(RegistryId receiver, TrustList trust)
    {
        if (Event is not CreditsTransferredOut outgoing)
        {
            return (TransferRejection.WrongEventKind, string.Create(CultureInfo.InvariantCulture,
                $"event #{Event.Sequence} {Event.OperationId} is a {Event.Kind}, not an outgoing transfer"));
        }
        string name = Describe(outgoing);
        if (outgoing.To.Registry != receiver)
        {
            return (TransferRejection.NotAddressedHere, $"{name} is addressed to registry {outgoing.To.Registry}, not {receiver}");
        }
        if (HashChain.ComputeHash(outgoing) != outgoing.Hash)
        {
            return (TransferRejection.HashMismatch, $"{name}: its content does not match its hash {outgoing.Hash}");
        }
        return trust.Check(outgoing.From.Registry, outgoing.Instant, Signature, Bytes(outgoing)) is { } problem
            ? (problem.Reason, name + ": " + problem.Message)
            : null;
    }

    internal static string Describe(CreditsTransferredOut e) => string.Create(CultureInfo.InvariantCulture,
        $"outgoing transfer {e.OperationId} (#{e.Sequence} of {e.From.Registry})");

    internal static byte[] Bytes(CreditsTransferredOut e) => SignedBytes.Transfer(e.From.Registry, e.To.Registry, e.Sequence, e.Hash);

    /// <summary>The event and the signing key.</summary>
    public override string ToString() => Event + " signed by key " + Signature.Key;
}
