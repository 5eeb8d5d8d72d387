using System.Collections.Generic;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry.Trust;

/// <summary>A <see cref="Checkpoint"/> signed by its registry's key, to be exported and kept elsewhere.</summary>
public sealed class SignedCheckpoint
{
    private SignedCheckpoint(Checkpoint checkpoint, RegistrySignature signature)
    {
        Checkpoint = checkpoint;
        Signature = signature;
    }

    /// <summary>What is signed.</summary>
    public Checkpoint Checkpoint { get; }

    /// <summary>The registry's signature over the checkpoint's signed bytes.</summary>
    public RegistrySignature Signature { get; }

    /// <summary>Signs a checkpoint with the registry's key.</summary>
    /// <exception cref="System.ArgumentException">The signer is another registry's.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The key cannot sign.</exception>
    public static SignedCheckpoint Sign(Checkpoint checkpoint, RegistrySigner signer)
    {
        Preconditions.CheckNotNull(checkpoint);
        Preconditions.CheckNotNull(signer);
        Preconditions.CheckArgument(signer.Registry == checkpoint.Registry, nameof(signer),
            "The checkpoint is of registry {0}; the key is {1}'s", checkpoint.Registry, signer.Registry);
        return new SignedCheckpoint(checkpoint, signer.Sign(Bytes(checkpoint)));
    }

    /// <summary>A signed checkpoint from its parts (for example read from a file); check it with <see cref="Check"/>.</summary>
    public static SignedCheckpoint Create(Checkpoint checkpoint, RegistrySignature signature) =>
        new(Preconditions.CheckNotNull(checkpoint), Preconditions.CheckNotNull(signature));

    /// <summary>
    /// Checks the signature (by a key of the checkpoint's registry valid at its instant, per <paramref name="trust"/>),
    /// then compares <paramref name="history"/> with the checkpoint.
    /// </summary>
    public CheckpointComparison Check(IReadOnlyList<LedgerEvent> history, TrustList trust)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckNotNull(trust);
        CheckpointComparison? signature = CheckSignature(trust);
        return signature ?? Checkpoint.CompareWith(history);
    }

    /// <summary>Null when the signature is by a key of the registry valid at the checkpoint's instant, else why not.</summary>
    public CheckpointComparison? CheckSignature(TrustList trust)
    {
        Preconditions.CheckNotNull(trust);
        (TransferRejection Reason, string Message)? problem = trust.Check(Checkpoint.Registry, Checkpoint.Instant, Signature, Bytes(Checkpoint));
        return problem is { } p ? new CheckpointComparison(CheckpointStatus.SignatureInvalid, "checkpoint " + Checkpoint + ": " + p.Message) : null;
    }

    private static byte[] Bytes(Checkpoint c) => SignedBytes.Checkpoint(c.Registry, c.Sequence, c.HeadHash, c.Instant);

    /// <summary>The checkpoint and the signing key.</summary>
    public override string ToString() => Checkpoint + " signed by key " + Signature.Key;
}
