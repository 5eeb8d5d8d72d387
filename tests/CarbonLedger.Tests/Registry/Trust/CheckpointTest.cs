using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Registry.Trust;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Registry.Trust;

public sealed class CheckpointTest
{
    [Fact]
    public void Check_LongerHistory_Matches()
    {
        var jpn = new LedgerFixture();
        jpn.Issue(jpn.Gov, 1, 100);
        using var signer = TrustKeys.Signer(LedgerFixture.Jpn);
        var signed = SignedCheckpoint.Sign(Checkpoint.Of(jpn.Ledger.Current), signer);
        jpn.Issue(jpn.Gov, 101, 200);
        CheckpointComparison result = signed.Check(jpn.Ledger.Current.Events, TrustKeys.TrustOf(signer));
        Assert.True(result.Matches, result.Message);
        Assert.Equal(jpn.Ledger.Current.EventCount - 2, signed.Checkpoint.Sequence);
    }

    [Fact]
    public void Check_TruncatedTail_HistoryShorter()
    {
        var jpn = new LedgerFixture();
        jpn.Issue(jpn.Gov, 1, 100);
        jpn.Issue(jpn.Gov, 101, 200);
        using var signer = TrustKeys.Signer(LedgerFixture.Jpn);
        var signed = SignedCheckpoint.Sign(Checkpoint.Of(jpn.Ledger.Current), signer);
        List<LedgerEvent> cut = jpn.Ledger.Current.Events.Take(jpn.Ledger.Current.EventCount - 1).ToList();
        Assert.True(HashChain.Verify(cut).IsValid);
        CheckpointComparison result = signed.Check(cut, TrustKeys.TrustOf(signer));
        Assert.Equal(CheckpointStatus.HistoryShorter, result.Status);
        Assert.Contains("cut from the end", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RewrittenHistory_HistoryDiffers()
    {
        var genuine = new LedgerFixture();
        genuine.Issue(genuine.Gov, 1, 100);
        var rewritten = new LedgerFixture();
        rewritten.Issue(rewritten.Gov, 1, 1_000);
        using var signer = TrustKeys.Signer(LedgerFixture.Jpn);
        var signed = SignedCheckpoint.Sign(Checkpoint.Of(genuine.Ledger.Current), signer);
        Assert.True(HashChain.Verify(rewritten.Ledger.Current.Events).IsValid);
        CheckpointComparison result = signed.Check(rewritten.Ledger.Current.Events, TrustKeys.TrustOf(signer));
        Assert.Equal(CheckpointStatus.HistoryDiffers, result.Status);
        var kaz = new LedgerFixture(LedgerFixture.Kaz, ActorId.Create("KAZ01 administrator"));
        Assert.Equal(CheckpointStatus.OtherRegistry, signed.Check(kaz.Ledger.Current.Events, TrustKeys.TrustOf(signer)).Status);
    }

    [Fact]
    public void CheckSignature_WrongExpiredOrOtherRegistrysKey_SignatureInvalid()
    {
        var jpn = new LedgerFixture();
        using var signer = TrustKeys.Signer(LedgerFixture.Jpn);
        using var other = TrustKeys.Signer(LedgerFixture.Jpn);
        using var kazSigner = TrustKeys.Signer(LedgerFixture.Kaz);
        Checkpoint c = Checkpoint.Of(jpn.Ledger.Current);
        var signed = SignedCheckpoint.Sign(c, signer);
        Assert.Null(signed.CheckSignature(TrustKeys.TrustOf(signer)));
        Assert.Equal(CheckpointStatus.SignatureInvalid, signed.CheckSignature(TrustKeys.TrustOf(other))!.Status);
        TrustList expired = TrustList.Empty.Add(TrustedKey.FromSigner(signer, TrustKeys.Epoch, c.Instant));
        Assert.Contains("expired", signed.CheckSignature(expired)!.Message, StringComparison.Ordinal);
        var forged = SignedCheckpoint.Create(c, RegistrySignature.Create(kazSigner.KeyId, SignedCheckpoint.Sign(Checkpoint.Create(LedgerFixture.Kaz, c.Sequence, c.HeadHash, c.Instant), kazSigner).Signature.Value.AsSpan()));
        Assert.Contains("belongs to registry KAZ01", forged.CheckSignature(TrustKeys.TrustOf(signer, kazSigner))!.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SignedCheckpoint.Sign(c, kazSigner));
    }

    [Fact]
    public void SignedBytes_AsDocumented_VerifyWithPlainEcdsa()
    {
        var jpn = new LedgerFixture();
        jpn.Issue(jpn.Gov, 1, 100);
        using ECDsa key = TrustKeys.NewKey();
        using var signer = RegistrySigner.FromECDsa(LedgerFixture.Jpn, key);
        Checkpoint c = Checkpoint.Create(LedgerFixture.Jpn, 7, jpn.Ledger.Current.HeadHash, Instant.FromUnixTimeTicks(17_000_000_000_000_000L) + Duration.FromNanoseconds(42));
        var signed = SignedCheckpoint.Sign(c, signer);
        // docs/registry.md, "Signed bytes": str tag, registry, i64 sequence, 32-byte head hash, i64 ticks + u8 nanoseconds.
        var expected = new List<byte>();
        byte[] tag = Encoding.ASCII.GetBytes("CarbonLedger signed checkpoint v1");
        expected.AddRange([0, (byte)tag.Length]);
        expected.AddRange(tag);
        expected.AddRange("JPN01"u8.ToArray());
        expected.AddRange(BigEndian(7));
        expected.AddRange(c.HeadHash.ToArray());
        expected.AddRange(BigEndian(17_000_000_000_000_000L));
        expected.Add(42);
        Assert.True(key.VerifyData(expected.ToArray(), signed.Signature.Value.AsSpan().ToArray(), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        Assert.Equal(64, signed.Signature.Value.Length);
    }

    [Fact]
    public void Json_RoundTrip_StillVerifies()
    {
        var jpn = new LedgerFixture();
        using var signer = TrustKeys.Signer(LedgerFixture.Jpn);
        var signed = SignedCheckpoint.Sign(Checkpoint.Of(jpn.Ledger.Current), signer);
        SignedCheckpoint back = Assert.Single(TrustJson.CheckpointsFromJson(TrustJson.ToJson([signed])));
        Assert.Equal(signed.Checkpoint, back.Checkpoint);
        Assert.Equal(signed.Signature, back.Signature);
        Assert.True(back.Check(jpn.Ledger.Current.Events, TrustKeys.TrustOf(signer)).Matches);
        string json = TrustJson.ToJson([signed]);
        Assert.StartsWith("checkpoints[0].signature:", Assert.Throws<FormatException>(() =>
            TrustJson.CheckpointsFromJson(json.Replace(signed.Signature.ToBase64(), "AAAA", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.StartsWith("checkpoints[0].sequence:", Assert.Throws<FormatException>(() =>
            TrustJson.CheckpointsFromJson(json.Replace("\"sequence\": " + signed.Checkpoint.Sequence, "\"sequence\": 1.5", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
    }

    private static byte[] BigEndian(long value)
    {
        byte[] bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }
}
