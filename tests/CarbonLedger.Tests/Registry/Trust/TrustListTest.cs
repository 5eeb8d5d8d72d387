using System;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Registry.Trust;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Registry.Trust;

public sealed class TrustListTest
{
    private static readonly RegistryId Kaz = RegistryId.Parse("KAZ01");
    private static readonly RegistryId Jpn = RegistryId.Parse("JPN01");
    private static readonly Instant Rotation = Instant.FromUtc(2027, 1, 1, 0, 0);

    [Fact]
    public void StatusAt_PeriodIsHalfOpenAndRevocationWins()
    {
        using var signer = TrustKeys.Signer(Kaz);
        TrustedKey key = TrustedKey.FromSigner(signer, TrustKeys.Epoch, Rotation);
        Assert.Equal(KeyStatus.NotYetValid, key.StatusAt(TrustKeys.Epoch - Duration.Epsilon));
        Assert.Equal(KeyStatus.Valid, key.StatusAt(TrustKeys.Epoch));
        Assert.Equal(KeyStatus.Valid, key.StatusAt(Rotation - Duration.Epsilon));
        Assert.Equal(KeyStatus.Expired, key.StatusAt(Rotation));
        TrustedKey revoked = key.WithRevocation(Instant.FromUtc(2026, 6, 1, 0, 0));
        Assert.Equal(KeyStatus.Valid, revoked.StatusAt(Instant.FromUtc(2026, 5, 31, 23, 59)));
        Assert.Equal(KeyStatus.Revoked, revoked.StatusAt(Instant.FromUtc(2026, 6, 1, 0, 0)));
        Assert.Equal(Instant.FromUtc(2026, 6, 1, 0, 0), revoked.WithRevocation(Instant.FromUtc(2026, 9, 1, 0, 0)).RevokedAt);
        Assert.Throws<ArgumentException>(() => TrustedKey.FromSigner(signer, Rotation, TrustKeys.Epoch));
    }

    [Fact]
    public void Rotate_EndsOpenKeysOfThatRegistryOnly()
    {
        using var kazOld = TrustKeys.Signer(Kaz);
        using var kazNew = TrustKeys.Signer(Kaz);
        using var jpn = TrustKeys.Signer(Jpn);
        TrustList trust = TrustKeys.TrustOf(kazOld, jpn).Rotate(TrustedKey.FromSigner(kazNew, Rotation));
        Assert.Equal(Rotation, trust.Find(kazOld.KeyId)!.ValidUntil);
        Assert.Null(trust.Find(kazNew.KeyId)!.ValidUntil);
        Assert.Null(trust.Find(jpn.KeyId)!.ValidUntil);
        Assert.Equal([Jpn, Kaz], trust.Registries);
        Assert.Equal("trust list: JPN01 (1 key), KAZ01 (2 keys)", trust.ToString());
        Assert.Throws<ArgumentException>(() => trust.Add(TrustedKey.FromSigner(jpn, TrustKeys.Epoch)));
        Assert.Throws<ArgumentException>(() => trust.Revoke(KeyId.Parse(new string('0', 64)), Rotation));
    }

    [Fact]
    public void Json_RoundTrip_KeepsKeysPeriodsAndRevocations()
    {
        using var kaz = TrustKeys.Signer(Kaz);
        using var jpn = TrustKeys.Signer(Jpn);
        TrustList trust = TrustKeys.TrustOf(kaz, jpn).Revoke(jpn.KeyId, Rotation);
        TrustList back = TrustJson.TrustListFromJson(TrustJson.ToJson(trust));
        Assert.Equal(TrustJson.ToJson(trust), TrustJson.ToJson(back));
        Assert.Equal(Rotation, back.Find(jpn.KeyId)!.RevokedAt);
        Assert.Equal(TrustKeys.Epoch, back.Find(kaz.KeyId)!.ValidFrom);
    }

    [Fact]
    public void Json_BadEntries_NameTheField()
    {
        using var kaz = TrustKeys.Signer(Kaz);
        string good = TrustJson.ToJson(TrustKeys.TrustOf(kaz));
        string wrongId = good.Replace(kaz.KeyId.ToString(), new string('a', 64), StringComparison.Ordinal);
        Assert.StartsWith("keys[0].keyId:", Assert.Throws<FormatException>(() => TrustJson.TrustListFromJson(wrongId)).Message, StringComparison.Ordinal);
        string badInstant = good.Replace("2026-01-01T00:00:00Z", "yesterday", StringComparison.Ordinal);
        Assert.StartsWith("keys[0].validFrom:", Assert.Throws<FormatException>(() => TrustJson.TrustListFromJson(badInstant)).Message, StringComparison.Ordinal);
        string badRegistry = good.Replace("KAZ01", "K", StringComparison.Ordinal);
        Assert.StartsWith("keys[0].registry:", Assert.Throws<FormatException>(() => TrustJson.TrustListFromJson(badRegistry)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Not valid JSON", Assert.Throws<FormatException>(() => TrustJson.TrustListFromJson("{")).Message, StringComparison.Ordinal);
        Assert.Contains("'keys' is missing", Assert.Throws<FormatException>(() => TrustJson.TrustListFromJson("{}")).Message, StringComparison.Ordinal);
    }
}
