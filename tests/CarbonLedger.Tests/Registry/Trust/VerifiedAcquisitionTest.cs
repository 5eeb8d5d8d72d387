using System;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Registry.Trust;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CarbonLedger.Tests.Registry.Trust;

/// <summary>The forgeries of issue #18 and the other ways a transfer may be forged, each refused with its reason.</summary>
public sealed class VerifiedAcquisitionTest
{
    [Fact]
    public void Acquire_SignedByTrustedSender_CreditsArriveOnce()
    {
        using var r = new TwoRegistries();
        SignedTransfer t = r.Send(91, 100);
        CreditsAcquired a = r.Acquire(t);
        Assert.Same(a, r.Acquire(t));
        Assert.Equal(["91-100@2024"], r.Jpn.Holdings(r.Jpn.Gov));
        Assert.Equal(t.Event.Sequence, a.SourceSequence);
        Assert.Equal(t.Signature, a.SenderSignature);
        r.AssertConservedAcrossBoth(inTransit: 0);
    }

    [Fact]
    public void Acquire_RelabelledAndRehashed_RefusedBadSignature()
    {
        // Issue #18, first forgery: a genuine outgoing transfer with a new operation id, rehashed.
        using var r = new TwoRegistries();
        SignedTransfer genuine = r.Send(91, 100);
        r.Acquire(genuine);
        var o = (CreditsTransferredOut)genuine.Event;
        CreditsTransferredOut relabelled = Relabel(o, "T-0-again");
        r.AssertRejected(TransferRejection.BadSignature, () => r.Acquire(SignedTransfer.Create(relabelled, genuine.Signature)));
        Assert.Equal(["91-100@2024"], r.Jpn.Holdings(r.Jpn.Gov));
    }

    [Fact]
    public void Acquire_RelabelledAndResignedBySender_RefusedAlreadyAcquired()
    {
        // The same forgery by someone holding the sender's key: the origin registry and sequence were acquired before.
        using var r = new TwoRegistries();
        SignedTransfer genuine = r.Send(91, 100);
        r.Acquire(genuine);
        CreditsTransferredOut relabelled = Relabel((CreditsTransferredOut)genuine.Event, "T-0-again");
        // The credits left JPN01 meanwhile, so serials alone would not stop a second arrival.
        r.Jpn.Ledger.TransferOut(OperationId.Create("back"), LedgerFixture.GovJapan, r.Jpn.Gov, r.Kaz.Gov, CreditSelection.ByQuantity(10));
        TransferRejectedException ex = r.AssertRejected(TransferRejection.AlreadyAcquired, () => r.Acquire(SignedTransfer.Sign(relabelled, r.KazSigner)));
        Assert.Contains("KAZ01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_FabricatedRegistry_RefusedUntrustedRegistry()
    {
        // Issue #18, second forgery: a registry XYZ01 that does not exist mints 1,000,000 credits and "sends" them.
        using var r = new TwoRegistries();
        var xyz = new LedgerFixture(RegistryId.Parse("XYZ01"), ActorId.Create("XYZ01 administrator"));
        xyz.Issue(xyz.Gov, 1, 1_000_000);
        CreditsTransferredOut minted = xyz.Ledger.TransferOut(OperationId.Create("mint"), LedgerFixture.GovJapan, xyz.Gov, r.Jpn.Gov, CreditSelection.ByQuantity(1_000_000));
        using RegistrySigner xyzSigner = TrustKeys.Signer(xyz.Registry);
        TransferRejectedException ex = r.AssertRejected(TransferRejection.UntrustedRegistry, () => r.Acquire(SignedTransfer.Sign(minted, xyzSigner)));
        Assert.Contains("XYZ01 is not on the trust list", ex.Message, StringComparison.Ordinal);
        // Signed with KAZ01's key instead: the key is KAZ01's, not XYZ01's.
        var forged = SignedTransfer.Create(minted, RegistrySignature.Create(r.KazSigner.KeyId, xyzSigner.Sign(SignedTransfer.Bytes(minted)).Value.AsSpan()));
        r.AssertRejected(TransferRejection.UntrustedRegistry, () => r.Acquire(forged));
        Assert.Equal(0L, r.Jpn.Ledger.Current.GetBalance(r.Jpn.Gov));
    }

    [Fact]
    public void Acquire_WrongKey_RefusedUnknownKeyOrKeyOfOtherRegistry()
    {
        using var r = new TwoRegistries();
        var o = (CreditsTransferredOut)r.Send(1, 10).Event;
        using RegistrySigner impostor = TrustKeys.Signer(LedgerFixture.Kaz);
        r.AssertRejected(TransferRejection.UnknownKey, () => r.Acquire(SignedTransfer.Sign(o, impostor)));
        r.JpnTrust = r.JpnTrust.Add(TrustedKey.FromSigner(r.JpnSigner, TrustKeys.Epoch));
        var byJpnKey = SignedTransfer.Create(o, r.JpnSigner.Sign(SignedTransfer.Bytes(o)));
        r.AssertRejected(TransferRejection.KeyOfOtherRegistry, () => r.Acquire(byJpnKey));
        var garbage = SignedTransfer.Create(o, RegistrySignature.Create(r.KazSigner.KeyId, new byte[64]));
        r.AssertRejected(TransferRejection.BadSignature, () => r.Acquire(garbage));
    }

    [Fact]
    public void Acquire_ExpiredNotYetValidOrRevokedKey_Refused()
    {
        using var r = new TwoRegistries();
        SignedTransfer t = r.Send(1, 10);
        Instant sent = t.Event.Instant;
        r.JpnTrust = TrustList.Empty.Add(TrustedKey.FromSigner(r.KazSigner, TrustKeys.Epoch, sent));
        r.AssertRejected(TransferRejection.KeyExpired, () => r.Acquire(t));
        r.JpnTrust = TrustList.Empty.Add(TrustedKey.FromSigner(r.KazSigner, sent + Duration.FromSeconds(1)));
        r.AssertRejected(TransferRejection.KeyNotYetValid, () => r.Acquire(t));
        r.JpnTrust = TrustKeys.TrustOf(r.KazSigner).Revoke(r.KazSigner.KeyId, sent);
        r.AssertRejected(TransferRejection.KeyRevoked, () => r.Acquire(t));
        // Revoked later than the transfer: still acceptable.
        r.JpnTrust = TrustKeys.TrustOf(r.KazSigner).Revoke(r.KazSigner.KeyId, sent + Duration.FromSeconds(1));
        r.Acquire(t);
    }

    [Fact]
    public void Acquire_AlteredContentOrOtherAddressee_Refused()
    {
        using var r = new TwoRegistries();
        SignedTransfer t = r.Send(1, 10);
        var o = (CreditsTransferredOut)t.Event;
        var altered = new CreditsTransferredOut(o.Header, o.From, o.To, o.Selection,
            [CreditBlock.Create(CarbonLedger.Serials.SerialBlock.FromRange(1, 1000), o.Blocks[0].Attributes)]);
        r.AssertRejected(TransferRejection.HashMismatch, () => r.Acquire(SignedTransfer.Create(altered, t.Signature)));
        var third = new LedgerFixture(RegistryId.Parse("IDN01"), ActorId.Create("IDN01 administrator"));
        var elsewhere = (CreditsTransferredOut)r.Send(11, 20, AccountId.Create(third.Registry, 1)).Event;
        r.AssertRejected(TransferRejection.NotAddressedHere, () => r.Acquire(SignedTransfer.Sign(elsewhere, r.KazSigner)));
        CreditsIssued issued = (CreditsIssued)r.Kaz.Ledger.Current.Events[^3];
        r.AssertRejected(TransferRejection.WrongEventKind, () => r.Acquire(SignedTransfer.Create(issued, t.Signature)));
    }

    [Fact]
    public void Acquire_ReplayOfOldTransferAfterCreditsWentBack_ChangesNothing()
    {
        using var r = new TwoRegistries();
        SignedTransfer old = r.Send(1, 10);
        r.Acquire(old);
        // JPN01 sends the same serials back; KAZ01 acquires them.
        CreditsTransferredOut back = r.Jpn.Ledger.TransferOut(OperationId.Create("back"), LedgerFixture.GovJapan, r.Jpn.Gov, r.Kaz.Gov, CreditSelection.ByQuantity(10));
        r.Kaz.Ledger.Acquire(TwoRegistries.KazAdmin, SignedTransfer.Sign(back, r.JpnSigner), r.KazTrust);
        // The old transfer, replayed: the serials are no longer in JPN01, yet nothing arrives a second time.
        LedgerSnapshot before = r.Jpn.Ledger.Current;
        r.Acquire(old);
        Assert.Equal(before.EventCount, r.Jpn.Ledger.Current.EventCount);
        Assert.Equal(0L, r.Jpn.Ledger.Current.GetBalance(r.Jpn.Gov));
        r.AssertConservedAcrossBoth(inTransit: 0);
    }

    [Fact]
    public void Acquire_KeyRotation_OldKeyForOldTransfersNewKeyAfter()
    {
        using var r = new TwoRegistries();
        SignedTransfer beforeRotation = r.Send(1, 10);
        Instant rotation = r.Kaz.Clock.GetCurrentInstant();
        using RegistrySigner newKey = TrustKeys.Signer(LedgerFixture.Kaz);
        r.JpnTrust = r.JpnTrust.Rotate(TrustedKey.FromSigner(newKey, rotation));
        var afterRotation = (CreditsTransferredOut)r.Send(11, 20).Event;
        // In transit across the rotation: still acceptable with the old key.
        r.Acquire(beforeRotation);
        r.AssertRejected(TransferRejection.KeyExpired, () => r.Acquire(SignedTransfer.Sign(afterRotation, r.KazSigner)));
        r.Acquire(SignedTransfer.Sign(afterRotation, newKey));
        Assert.Equal(20L, r.Jpn.Ledger.Current.GetBalance(r.Jpn.Gov));
    }

    [Fact]
    public void Acquire_VerificationFails_ChangesNothingAndLaterSucceeds()
    {
        using var r = new TwoRegistries();
        SignedTransfer t = r.Send(1, 10);
        TrustList good = r.JpnTrust;
        LedgerSnapshot before = r.Jpn.Ledger.Current;
        TrustList faulty = good.WithFaultInjector(() => throw new System.Security.Cryptography.CryptographicException("verifier unavailable"));
        Assert.Throws<System.Security.Cryptography.CryptographicException>(() => r.Jpn.Ledger.Acquire(r.Jpn.AdminActor, t, faulty));
        Assert.Equal(before.HeadHash, r.Jpn.Ledger.Current.HeadHash);
        foreach (LedgerStep step in new[] { LedgerStep.Checked, LedgerStep.Hashed, LedgerStep.DestinationUpdated, LedgerStep.BeforeCommit })
        {
            r.Jpn.Ledger.FaultInjector = s => FailAt(s, step);
            Assert.Throws<TimeoutException>(() => r.Acquire(t));
            Assert.Equal(before.HeadHash, r.Jpn.Ledger.Current.HeadHash);
            Assert.Equal(0L, r.Jpn.Ledger.Current.GetBalance(r.Jpn.Gov));
        }
        r.Jpn.Ledger.FaultInjector = null;
        r.Acquire(t);
        Assert.Equal(10L, r.Jpn.Ledger.Current.GetBalance(r.Jpn.Gov));
        // The ledger replays to the same state, and a history with the acquisition twice does not replay.
        Ledger replayed = Ledger.Replay(r.Jpn.Ledger.Current.Events, new FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0)));
        Assert.Equal(r.Jpn.Ledger.Current.HeadHash, replayed.Current.HeadHash);
        Assert.Throws<TransferRejectedException>(() => replayed.Acquire(r.Jpn.AdminActor, SignedTransfer.Sign(Relabel((CreditsTransferredOut)t.Event, "again"), r.KazSigner), good));
    }

    private static void FailAt(LedgerStep now, LedgerStep step)
    {
        if (now == step)
        {
            throw new TimeoutException(step.ToString());
        }
    }

    internal static CreditsTransferredOut Relabel(CreditsTransferredOut o, string operation)
    {
        var header = new EventHeader(o.Sequence, o.Instant, OperationId.Create(operation), o.Actor, o.PreviousHash, default);
        var relabelled = new CreditsTransferredOut(header, o.From, o.To, o.Selection, o.Blocks);
        relabelled.SetHash(HashChain.ComputeHash(relabelled));
        return relabelled;
    }
}
