using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Registry.Trust;
using Xunit;

namespace CarbonLedger.Tests.Registry.Trust;

public sealed class RegistrySignerTest
{
    private static readonly RegistryId Jpn = RegistryId.Parse("JPN01");

    [Fact]
    public void FromPem_Sec1Pkcs8AndEncrypted_SameKeyId()
    {
        using ECDsa key = TrustKeys.NewKey();
        using var fromInstance = RegistrySigner.FromECDsa(Jpn, key);
        using var sec1 = RegistrySigner.FromPem(Jpn, key.ExportECPrivateKeyPem());
        using var pkcs8 = RegistrySigner.FromPem(Jpn, key.ExportPkcs8PrivateKeyPem());
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, key.ExportEncryptedPkcs8PrivateKeyPem("s3cret".AsSpan(),
                new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000)));
            using var encrypted = RegistrySigner.FromEncryptedPemFile(Jpn, path, "s3cret");
            Assert.Equal(fromInstance.KeyId, encrypted.KeyId);
            ArgumentException wrong = Assert.Throws<ArgumentException>(() => RegistrySigner.FromEncryptedPemFile(Jpn, path, "wrong"));
            Assert.Equal("password", wrong.ParamName);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Equal(fromInstance.KeyId, sec1.KeyId);
        Assert.Equal(fromInstance.KeyId, pkcs8.KeyId);
        Assert.Equal(KeyId.FromSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo()), sec1.KeyId);
    }

    [Fact]
    public void FromCertificate_SelfSigned_UsesItsKey()
    {
        using ECDsa key = TrustKeys.NewKey();
        var request = new CertificateRequest("CN=JPN01 registry", key, HashAlgorithmName.SHA256);
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
        using var signer = RegistrySigner.FromCertificate(Jpn, certificate);
        Assert.Equal(KeyId.FromSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo()), signer.KeyId);
        TrustedKey trusted = TrustedKey.FromPem(Jpn, certificate.ExportCertificatePem(), TrustKeys.Epoch);
        Assert.Equal(signer.KeyId, trusted.Id);
        using X509Certificate2 publicOnly = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
        Assert.Throws<ArgumentException>(() => RegistrySigner.FromCertificate(Jpn, publicOnly));
    }

    [Fact]
    public void FromPem_PublicKeyOnlyOrOtherCurve_Refused()
    {
        using ECDsa key = TrustKeys.NewKey();
        ArgumentException publicOnly = Assert.Throws<ArgumentException>(() => RegistrySigner.FromPem(Jpn, key.ExportSubjectPublicKeyInfoPem()));
        Assert.Contains("no unencrypted private key", publicOnly.Message, StringComparison.Ordinal);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        ArgumentException curve = Assert.Throws<ArgumentException>(() => RegistrySigner.FromPem(Jpn, p384.ExportPkcs8PrivateKeyPem()));
        Assert.Contains("NIST P-256", curve.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RegistrySigner.FromECDsa(Jpn, p384));
        Assert.Throws<ArgumentException>(() => RegistrySigner.FromECDsa(default, key));
    }

    [Fact]
    public void PrivateKey_NeverInTextOrExports()
    {
        using ECDsa key = TrustKeys.NewKey();
        using var signer = RegistrySigner.FromECDsa(Jpn, key);
        string d = Convert.ToBase64String(key.ExportParameters(true).D!);
        string dHex = Convert.ToHexString(key.ExportParameters(true).D!);
        TrustList trust = TrustList.Empty.Add(TrustedKey.FromSigner(signer, TrustKeys.Epoch));
        var checkpoint = SignedCheckpoint.Sign(Checkpoint.Create(Jpn, 0, EventHash.Zero, TrustKeys.Epoch), signer);
        foreach (string text in new[] { signer.ToString(), signer.PublicKeyPem, TrustJson.ToJson(trust), TrustJson.ToJson([checkpoint]), trust.ToString() })
        {
            Assert.DoesNotContain(d, text, StringComparison.Ordinal);
            Assert.DoesNotContain(dHex, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("PRIVATE", text, StringComparison.Ordinal);
        }
        Assert.Equal("JPN01 signing key " + signer.KeyId, signer.ToString());
    }

    [Fact]
    public void Sign_KeyFails_ThrowsAndSignsNothing()
    {
        using var signer = TrustKeys.Signer(Jpn);
        signer.FaultInjector = () => throw new CryptographicException("token removed");
        Assert.Throws<CryptographicException>(() => SignedCheckpoint.Sign(Checkpoint.Create(Jpn, 0, EventHash.Zero, TrustKeys.Epoch), signer));
    }

    [Fact]
    public void KeyId_Parse_RoundTripsAndRefusesBadText()
    {
        using var signer = TrustKeys.Signer(Jpn);
        Assert.Equal(signer.KeyId, KeyId.Parse(signer.KeyId.ToString().ToUpperInvariant()));
        Assert.Throws<FormatException>(() => KeyId.Parse("abc"));
        Assert.Throws<FormatException>(() => KeyId.Parse(new string('g', 64)));
    }
}
