using System.Security.Cryptography;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Trust;
using NodaTime;

namespace CarbonLedger.Tests.Registry.Trust;

/// <summary>Keys made explicitly for tests (the library never makes one): a signer and its trusted public key per registry.</summary>
internal static class TrustKeys
{
    internal static readonly Instant Epoch = Instant.FromUtc(2026, 1, 1, 0, 0);

    internal static ECDsa NewKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    internal static RegistrySigner Signer(RegistryId registry) => RegistrySigner.FromECDsa(registry, NewKey());

    /// <summary>A trust list holding the public keys of the signers, valid from <see cref="Epoch"/> on.</summary>
    internal static TrustList TrustOf(params RegistrySigner[] signers)
    {
        TrustList list = TrustList.Empty;
        foreach (RegistrySigner s in signers)
        {
            list = list.Add(TrustedKey.FromSigner(s, Epoch));
        }
        return list;
    }
}
