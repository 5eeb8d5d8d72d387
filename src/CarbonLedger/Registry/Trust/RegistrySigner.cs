using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// A registry's private signing key (ECDSA over NIST P-256 with SHA-256, from .NET's
/// <see cref="System.Security.Cryptography"/>), supplied by the host: a PEM file, a certificate with its private key,
/// or an <see cref="ECDsa"/> instance (for example one backed by a hardware module). It signs the registry's outgoing
/// transfers, refusals and checkpoints.
/// </summary>
/// <remarks>
/// <para>The library never generates a key by itself and never writes a private key anywhere: this type has no member
/// that returns private key material, and <see cref="ToString"/> shows only the registry and the public key's id.</para>
/// <para>A signer made from a file or certificate owns the key it imported and disposes it; a signer made with
/// <see cref="FromECDsa"/> leaves the instance to its owner. Signing is serialised by a lock, so one signer may be
/// shared by threads.</para>
/// </remarks>
public sealed class RegistrySigner : IDisposable
{
    private readonly ECDsa key;
    private readonly bool ownsKey;
    private readonly Lock gate = new();
    private readonly byte[] subjectPublicKeyInfo;

    private RegistrySigner(RegistryId registry, ECDsa key, bool ownsKey)
    {
        Registry = registry;
        this.key = key;
        this.ownsKey = ownsKey;
        subjectPublicKeyInfo = key.ExportSubjectPublicKeyInfo();
        KeyId = KeyId.FromSubjectPublicKeyInfo(subjectPublicKeyInfo);
    }

    /// <summary>The registry whose key this is.</summary>
    public RegistryId Registry { get; }

    /// <summary>The id of the public key (SHA-256 of its <c>SubjectPublicKeyInfo</c>).</summary>
    public KeyId KeyId { get; }

    /// <summary>The public key in PEM form (<c>-----BEGIN PUBLIC KEY-----</c>), for the partners' trust lists.</summary>
    public string PublicKeyPem => PemEncoding.WriteString("PUBLIC KEY", subjectPublicKeyInfo);

    /// <summary>Test hook: called before every signature; an exception it throws makes the signing fail.</summary>
    internal Action? FaultInjector { get; set; }

    /// <summary>Reads an unencrypted private key from a PEM file (<c>EC PRIVATE KEY</c> or PKCS #8 <c>PRIVATE KEY</c>).</summary>
    /// <param name="registry">The registry whose key it is.</param>
    /// <param name="path">The PEM file.</param>
    /// <exception cref="ArgumentException">The registry is the default value, the file holds no private key, or the key is not ECDSA P-256.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RegistrySigner FromPemFile(RegistryId registry, string path)
    {
        Preconditions.CheckNotNull(path);
        return FromPem(registry, File.ReadAllText(path), path);
    }

    /// <summary>Reads a password-protected PKCS #8 private key from a PEM file (<c>ENCRYPTED PRIVATE KEY</c>).</summary>
    /// <param name="registry">The registry whose key it is.</param>
    /// <param name="path">The PEM file.</param>
    /// <param name="password">The file's password.</param>
    /// <exception cref="ArgumentException">The registry is the default value, the file holds no encrypted private key, the password is wrong, or the key is not ECDSA P-256.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RegistrySigner FromEncryptedPemFile(RegistryId registry, string path, ReadOnlySpan<char> password)
    {
        Preconditions.CheckNotNull(path);
        CheckRegistry(registry);
        string pem = File.ReadAllText(path);
        Preconditions.CheckArgument(pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal), nameof(path),
            "File {0} holds no ENCRYPTED PRIVATE KEY", path);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromEncryptedPem(pem, password);
        }
        catch (CryptographicException ex)
        {
            key.Dispose();
            throw new ArgumentException($"File {path}: the private key cannot be decrypted or read ({ex.Message})", nameof(password), ex);
        }
        return Owned(registry, key, nameof(path));
    }

    /// <summary>Reads an unencrypted private key from PEM text (<c>EC PRIVATE KEY</c> or PKCS #8 <c>PRIVATE KEY</c>).</summary>
    /// <param name="registry">The registry whose key it is.</param>
    /// <param name="pem">The PEM text.</param>
    /// <exception cref="ArgumentException">The registry is the default value, the text holds no private key, or the key is not ECDSA P-256.</exception>
    public static RegistrySigner FromPem(RegistryId registry, string pem) => FromPem(registry, pem, "the PEM text");

    private static RegistrySigner FromPem(RegistryId registry, string pem, string source)
    {
        Preconditions.CheckNotNull(pem);
        CheckRegistry(registry);
        Preconditions.CheckArgument(pem.Contains("-----BEGIN EC PRIVATE KEY-----", StringComparison.Ordinal)
            || pem.Contains("-----BEGIN PRIVATE KEY-----", StringComparison.Ordinal), nameof(pem),
            "{0} holds no unencrypted private key (EC PRIVATE KEY or PRIVATE KEY)", source);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            key.Dispose();
            throw new ArgumentException($"{source}: the private key cannot be read as ECDSA ({ex.Message})", nameof(pem), ex);
        }
        return Owned(registry, key, nameof(pem));
    }

    /// <summary>Uses the ECDSA private key of a certificate.</summary>
    /// <param name="registry">The registry whose key it is.</param>
    /// <param name="certificate">A certificate with an ECDSA P-256 private key.</param>
    /// <exception cref="ArgumentException">The registry is the default value, or the certificate has no ECDSA P-256 private key.</exception>
    public static RegistrySigner FromCertificate(RegistryId registry, X509Certificate2 certificate)
    {
        Preconditions.CheckNotNull(certificate);
        CheckRegistry(registry);
        ECDsa? key = certificate.GetECDsaPrivateKey();
        Preconditions.CheckArgument(key is not null, nameof(certificate), "Certificate {0} has no ECDSA private key", certificate.Subject);
        return Owned(registry, key, nameof(certificate));
    }

    /// <summary>Uses an ECDSA P-256 key the host holds; the signer does not dispose it.</summary>
    /// <param name="registry">The registry whose key it is.</param>
    /// <param name="key">The key; it must be able to sign.</param>
    /// <exception cref="ArgumentException">The registry is the default value, or the key is not on the P-256 curve.</exception>
    public static RegistrySigner FromECDsa(RegistryId registry, ECDsa key)
    {
        Preconditions.CheckNotNull(key);
        CheckRegistry(registry);
        CheckCurve(key, nameof(key));
        return new RegistrySigner(registry, key, ownsKey: false);
    }

    /// <summary>Signs <paramref name="data"/> (SHA-256, IEEE P1363 form).</summary>
    /// <exception cref="CryptographicException">The key cannot sign (for example a public key only).</exception>
    internal RegistrySignature Sign(ReadOnlySpan<byte> data)
    {
        Span<byte> signature = stackalloc byte[RegistrySignature.Length];
        lock (gate)
        {
            FaultInjector?.Invoke();
            int written = key.SignData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            if (written != RegistrySignature.Length)
            {
                throw new CryptographicException($"The key produced a {written}-byte signature; P-256 signatures have 64 bytes");
            }
        }
        return RegistrySignature.Create(KeyId, signature);
    }

    /// <summary>The public key's DER-encoded <c>SubjectPublicKeyInfo</c>.</summary>
    internal ReadOnlySpan<byte> SubjectPublicKeyInfo => subjectPublicKeyInfo;

    /// <summary>Disposes the key when the signer imported it.</summary>
    public void Dispose()
    {
        if (ownsKey)
        {
            key.Dispose();
        }
    }

    /// <summary>For example <c>JPN01 signing key 3f2a…</c>; never any private key material.</summary>
    public override string ToString() => Registry + " signing key " + KeyId;

    private static RegistrySigner Owned(RegistryId registry, ECDsa key, string paramName)
    {
        try
        {
            CheckCurve(key, paramName);
            return new RegistrySigner(registry, key, ownsKey: true);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private static void CheckRegistry(RegistryId registry) =>
        Preconditions.CheckArgument(registry.IsValid, nameof(registry), "Registry id must not be the default value");

    /// <summary>Refuses any key that is not on NIST P-256 (secp256r1, OID 1.2.840.10045.3.1.7).</summary>
    internal static void CheckCurve(ECDsa key, string paramName)
    {
        ECCurve curve = key.ExportParameters(includePrivateParameters: false).Curve;
        bool p256 = curve.IsNamed && (curve.Oid.Value == "1.2.840.10045.3.1.7"
            || curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256" or "secp256r1" or "prime256v1");
        Preconditions.CheckArgument(p256, paramName, "The key must be ECDSA on NIST P-256 (secp256r1); it is a {0}-bit key on {1}",
            key.KeySize, curve.Oid?.FriendlyName ?? curve.Oid?.Value ?? "an unnamed curve");
    }
}
