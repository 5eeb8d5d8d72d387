using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// A partner registry's public key (ECDSA P-256) as a registry trusts it: for what registry, from when, until when,
/// and whether it was revoked. Something dated at instant <c>t</c> may be vouched for by the key when
/// <c>ValidFrom ≤ t &lt; ValidUntil</c> and <c>t &lt; RevokedAt</c> (absent bounds are open).
/// </summary>
/// <remarks>
/// Rotation: give the old key a <see cref="ValidUntil"/> and add the new key from that instant; transfers the old key
/// signed while it was valid are still accepted later (they may be in transit). Revocation
/// (<see cref="WithRevocation"/>): the key is refused for everything dated at or after the revocation; set it to the
/// earliest instant at which the key may have been exposed. Instances are immutable.
/// </remarks>
public sealed class TrustedKey
{
    private readonly byte[] subjectPublicKeyInfo;
    private readonly Lock gate = new();
    private ECDsa? verifier;

    private TrustedKey(RegistryId registry, byte[] subjectPublicKeyInfo, KeyId id, Instant validFrom, Instant? validUntil, Instant? revokedAt)
    {
        Registry = registry;
        this.subjectPublicKeyInfo = subjectPublicKeyInfo;
        Id = id;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        RevokedAt = revokedAt;
    }

    /// <summary>The registry the key speaks for.</summary>
    public RegistryId Registry { get; }

    /// <summary>The key's id (SHA-256 of its <c>SubjectPublicKeyInfo</c>).</summary>
    public KeyId Id { get; }

    /// <summary>The first instant the key vouches for (inclusive).</summary>
    public Instant ValidFrom { get; }

    /// <summary>The end of the key's validity (exclusive), or null when open.</summary>
    public Instant? ValidUntil { get; }

    /// <summary>The instant from which the key is revoked (inclusive), or null when not revoked.</summary>
    public Instant? RevokedAt { get; }

    /// <summary>The public key in PEM form (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public string PublicKeyPem => PemEncoding.WriteString("PUBLIC KEY", subjectPublicKeyInfo);

    /// <summary>A key from its PEM form (<c>PUBLIC KEY</c>, or a <c>CERTIFICATE</c> whose public key is used).</summary>
    /// <param name="registry">The registry the key speaks for.</param>
    /// <param name="publicKeyPem">The PEM text.</param>
    /// <param name="validFrom">The first instant it vouches for.</param>
    /// <param name="validUntil">The end of its validity (exclusive), or null.</param>
    /// <exception cref="ArgumentException">The registry is the default value, the text holds no ECDSA P-256 public key, or the period is empty.</exception>
    public static TrustedKey FromPem(RegistryId registry, string publicKeyPem, Instant validFrom, Instant? validUntil = null)
    {
        Preconditions.CheckNotNull(publicKeyPem);
        using var key = ECDsa.Create();
        try
        {
            if (publicKeyPem.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(publicKeyPem);
                using ECDsa? certKey = System.Security.Cryptography.X509Certificates.ECDsaCertificateExtensions.GetECDsaPublicKey(certificate);
                Preconditions.CheckArgument(certKey is not null, nameof(publicKeyPem), "Certificate {0} has no ECDSA public key", certificate.Subject);
                key.ImportSubjectPublicKeyInfo(certKey.ExportSubjectPublicKeyInfo(), out _);
            }
            else
            {
                Preconditions.CheckArgument(publicKeyPem.Contains("-----BEGIN PUBLIC KEY-----", StringComparison.Ordinal), nameof(publicKeyPem),
                    "The text holds no PUBLIC KEY or CERTIFICATE for registry {0}", registry);
                key.ImportFromPem(publicKeyPem);
            }
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException($"The public key of registry {registry} cannot be read as ECDSA ({ex.Message})", nameof(publicKeyPem), ex);
        }
        return FromECDsa(registry, key, validFrom, validUntil);
    }

    /// <summary>A key from an <see cref="ECDsa"/> instance (only its public part is kept).</summary>
    /// <param name="registry">The registry the key speaks for.</param>
    /// <param name="key">An ECDSA P-256 key.</param>
    /// <param name="validFrom">The first instant it vouches for.</param>
    /// <param name="validUntil">The end of its validity (exclusive), or null.</param>
    /// <exception cref="ArgumentException">The registry is the default value, the key is not on P-256, or the period is empty.</exception>
    public static TrustedKey FromECDsa(RegistryId registry, ECDsa key, Instant validFrom, Instant? validUntil = null)
    {
        Preconditions.CheckNotNull(key);
        RegistrySigner.CheckCurve(key, nameof(key));
        byte[] spki = key.ExportSubjectPublicKeyInfo();
        return Create(registry, spki, validFrom, validUntil, null);
    }

    /// <summary>The public half of a signer, for the registry's own trust list or to hand to partners.</summary>
    /// <param name="signer">The signer.</param>
    /// <param name="validFrom">The first instant it vouches for.</param>
    /// <param name="validUntil">The end of its validity (exclusive), or null.</param>
    /// <exception cref="ArgumentException">The period is empty.</exception>
    public static TrustedKey FromSigner(RegistrySigner signer, Instant validFrom, Instant? validUntil = null)
    {
        Preconditions.CheckNotNull(signer);
        return Create(signer.Registry, signer.SubjectPublicKeyInfo.ToArray(), validFrom, validUntil, null);
    }

    private static TrustedKey Create(RegistryId registry, byte[] spki, Instant validFrom, Instant? validUntil, Instant? revokedAt)
    {
        Preconditions.CheckArgument(registry.IsValid, nameof(registry), "Registry id must not be the default value");
        Preconditions.CheckArgument(validUntil is null || validUntil.Value > validFrom, nameof(validUntil),
            "A key's validity must end after it starts ({0})", validFrom);
        return new TrustedKey(registry, spki, KeyId.FromSubjectPublicKeyInfo(spki), validFrom, validUntil, revokedAt);
    }

    /// <summary>This key, revoked from <paramref name="revokedAt"/> on (an earlier revocation already recorded stays).</summary>
    public TrustedKey WithRevocation(Instant revokedAt) =>
        new(Registry, subjectPublicKeyInfo, Id, ValidFrom, ValidUntil, RevokedAt is Instant earlier && earlier < revokedAt ? earlier : revokedAt);

    /// <summary>This key with its validity ending at <paramref name="validUntil"/> (exclusive), for a rotation.</summary>
    /// <exception cref="ArgumentException">The end is not after <see cref="ValidFrom"/>.</exception>
    public TrustedKey WithValidUntil(Instant validUntil)
    {
        Preconditions.CheckArgument(validUntil > ValidFrom, nameof(validUntil), "A key's validity must end after it starts ({0})", ValidFrom);
        return new TrustedKey(Registry, subjectPublicKeyInfo, Id, ValidFrom, validUntil, RevokedAt);
    }

    /// <summary>Whether the key vouches for something dated at <paramref name="instant"/>.</summary>
    public KeyStatus StatusAt(Instant instant) =>
        RevokedAt is Instant revoked && instant >= revoked ? KeyStatus.Revoked
        : instant < ValidFrom ? KeyStatus.NotYetValid
        : ValidUntil is Instant until && instant >= until ? KeyStatus.Expired
        : KeyStatus.Valid;

    /// <summary>Checks an ECDSA P-256 / SHA-256 signature (IEEE P1363 form) over <paramref name="data"/>.</summary>
    internal bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        lock (gate)
        {
            if (verifier is null)
            {
                var key = ECDsa.Create();
                key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
                verifier = key;
            }
            return verifier.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
    }

    /// <summary>For example <c>KAZ01 key 3f2a… valid 2026-01-01T00:00:00Z..2027-01-01T00:00:00Z</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Registry} key {Id} valid {ValidFrom}..{(ValidUntil?.ToString() ?? "")}{(RevokedAt is Instant r ? " revoked " + r : "")}");
}
