using System;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Trust;
using Xunit;

namespace CarbonLedger.Tests.Registry.Trust;

/// <summary>KAZ01 and JPN01, each with its signer, each trusting the other's key (valid from <see cref="TrustKeys.Epoch"/>).</summary>
internal sealed class TwoRegistries : IDisposable
{
    internal static readonly ActorId KazAdmin = ActorId.Create("KAZ01 administrator");

    private int next;

    internal TwoRegistries()
    {
        Kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        Jpn = new LedgerFixture();
        KazSigner = TrustKeys.Signer(LedgerFixture.Kaz);
        JpnSigner = TrustKeys.Signer(LedgerFixture.Jpn);
        JpnTrust = TrustKeys.TrustOf(KazSigner);
        KazTrust = TrustKeys.TrustOf(JpnSigner);
        Kaz.Issue(Kaz.Gov, 1, 100);
    }

    internal LedgerFixture Kaz { get; }

    internal LedgerFixture Jpn { get; }

    internal RegistrySigner KazSigner { get; }

    internal RegistrySigner JpnSigner { get; }

    /// <summary>What JPN01 trusts: KAZ01's key.</summary>
    internal TrustList JpnTrust { get; set; }

    /// <summary>What KAZ01 trusts: JPN01's key.</summary>
    internal TrustList KazTrust { get; set; }

    /// <summary>KAZ01 sends credits (exact serials) to a JPN01 account and signs the outgoing transfer.</summary>
    internal SignedTransfer Send(long start, long end, AccountId? to = null)
    {
        CreditsTransferredOut e = Kaz.Ledger.TransferOut(OperationId.Create("T-" + next++), LedgerFixture.GovJapan, Kaz.Gov, to ?? Jpn.Gov,
            CreditSelection.Exactly(Kaz.Range(start, end)));
        return SignedTransfer.Sign(e, KazSigner);
    }

    /// <summary>Acquires into JPN01 with its trust list.</summary>
    internal CreditsAcquired Acquire(SignedTransfer t) => Jpn.Ledger.Acquire(Jpn.AdminActor, t, JpnTrust);

    /// <summary>Asserts that an acquisition is rejected for <paramref name="reason"/> and that JPN01 did not change.</summary>
    internal TransferRejectedException AssertRejected(TransferRejection reason, Action attempt)
    {
        LedgerSnapshot before = Jpn.Ledger.Current;
        TransferRejectedException ex = Assert.Throws<TransferRejectedException>(attempt);
        Assert.Equal(reason, ex.Reason);
        LedgerSnapshot after = Jpn.Ledger.Current;
        Assert.Equal(before.EventCount, after.EventCount);
        Assert.Equal(before.HeadHash, after.HeadHash);
        Assert.Equal(before.GetTotals().Select(t => t.ToString()), after.GetTotals().Select(t => t.ToString()));
        return ex;
    }

    /// <summary>Credits held (or reserved, cancelled, retired) in both registries plus those in transit equal those issued.</summary>
    internal void AssertConservedAcrossBoth(long inTransit)
    {
        long issued = 0;
        long stocks = 0;
        foreach (LedgerFixture f in new[] { Kaz, Jpn })
        {
            foreach (CreditTotals t in f.Ledger.Current.GetTotals())
            {
                Assert.True(t.IsConserved, t.ToString());
                issued += t.Issued;
                stocks += t.Held + t.Reserved + t.Cancelled + t.Retired;
            }
        }
        Assert.Equal(issued, stocks + inTransit);
    }

    public void Dispose()
    {
        KazSigner.Dispose();
        JpnSigner.Dispose();
    }
}
