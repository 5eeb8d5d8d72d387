using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// A receiving registry's refusal of an outgoing transfer, signed by its key: what the sender needs to return the
/// credits with <c>Ledger.Return</c>. The signature covers the refusal event's hash (see <c>docs/registry.md</c>,
/// "Signed bytes").
/// </summary>
public sealed class SignedRefusal
{
    private SignedRefusal(LedgerEvent e, RegistrySignature signature)
    {
        Event = e;
        Signature = signature;
    }

    /// <summary>The event as received; an <see cref="AcquisitionRefused"/> unless someone sent something else.</summary>
    public LedgerEvent Event { get; }

    /// <summary>The refusing registry's signature.</summary>
    public RegistrySignature Signature { get; }

    /// <summary>Signs a refusal recorded by the signer's registry.</summary>
    /// <exception cref="System.ArgumentException">The refusal is not the signer's registry's, or its content does not match its hash.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The key cannot sign.</exception>
    public static SignedRefusal Sign(AcquisitionRefused refusal, RegistrySigner signer)
    {
        Preconditions.CheckNotNull(refusal);
        Preconditions.CheckNotNull(signer);
        Preconditions.CheckArgument(refusal.To.Registry == signer.Registry, nameof(signer),
            "Refusal {0} is not registry {1}'s", refusal.OperationId, signer.Registry);
        Preconditions.CheckArgument(HashChain.ComputeHash(refusal) == refusal.Hash, nameof(refusal),
            "Refusal {0}'s content does not match its hash {1}", refusal.OperationId, refusal.Hash);
        return new SignedRefusal(refusal, signer.Sign(Bytes(refusal)));
    }

    /// <summary>A signed refusal from its parts (for example read from a file); the sender checks it.</summary>
    public static SignedRefusal Create(LedgerEvent e, RegistrySignature signature) =>
        new(Preconditions.CheckNotNull(e), Preconditions.CheckNotNull(signature));

    /// <summary>
    /// What the sending registry checks before returning credits, except its own history (the ledger checks that): the
    /// kind, that the refusal concerns this sender's transfer, the hash, and the signature by a key of the refusing
    /// registry valid at the refusal's instant. Returns null when all hold.
    /// </summary>
    internal (TransferRejection Reason, string Message)? Verify(RegistryId sender, TrustList trust)
    {
        if (Event is not AcquisitionRefused refusal)
        {
            return (TransferRejection.WrongEventKind, string.Create(CultureInfo.InvariantCulture,
                $"event #{Event.Sequence} {Event.OperationId} is a {Event.Kind}, not a refusal"));
        }
        string name = Describe(refusal);
        if (refusal.From.Registry != sender)
        {
            return (TransferRejection.NotAddressedHere, $"{name} concerns a transfer of registry {refusal.From.Registry}, not {sender}");
        }
        if (HashChain.ComputeHash(refusal) != refusal.Hash)
        {
            return (TransferRejection.HashMismatch, $"{name}: its content does not match its hash {refusal.Hash}");
        }
        return trust.Check(refusal.To.Registry, refusal.Instant, Signature, Bytes(refusal)) is { } problem
            ? (problem.Reason, name + ": " + problem.Message)
            : null;
    }

    internal static string Describe(AcquisitionRefused e) => string.Create(CultureInfo.InvariantCulture,
        $"refusal {e.OperationId} (#{e.Sequence} of {e.To.Registry})");

    internal static byte[] Bytes(AcquisitionRefused e) => SignedBytes.Refusal(e.To.Registry, e.From.Registry, e.Sequence, e.Hash);

    /// <summary>The event and the signing key.</summary>
    public override string ToString() => Event + " signed by key " + Signature.Key;
}
