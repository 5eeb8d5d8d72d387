using System;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public partial class LedgerTest
{
    private static readonly ActorId KazAdmin = ActorId.Create("KAZ01 administrator");

    [Fact]
    public void InternationalTransfer_Repeated_AppliedExactlyOnceOnEachSide()
    {
        var kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        var jpn = new LedgerFixture();
        kaz.Issue(kaz.Gov, 1, 100);
        OperationId id = OperationId.Create("ITMO-1");
        var (outgoing, acquisition) = InternationalTransfer.Execute(kaz.Ledger, jpn.Ledger, id, LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(40));
        var (outgoing2, acquisition2) = InternationalTransfer.Execute(kaz.Ledger, jpn.Ledger, id, LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(40));
        Assert.Same(outgoing, outgoing2);
        Assert.Same(acquisition, acquisition2);
        Assert.Equal(60L, kaz.Ledger.Current.GetBalance(kaz.Gov));
        Assert.Equal(["61-100@2024"], jpn.Holdings(jpn.Gov));
        Assert.Equal(OperationId.Parse("KAZ01/ITMO-1"), acquisition.OperationId);
        Assert.Equal(outgoing.Hash, acquisition.SourceEventHash);
        Assert.Equal(LedgerFixture.Kaz, jpn.Ledger.Current.GetHoldings(jpn.Gov)[0].Attributes.Issuer);
        CreditTotals sent = Assert.Single(kaz.Ledger.Current.GetTotals());
        Assert.Equal((100L, 40L, 60L), (sent.Issued, sent.TransferredOut, sent.Held));
        CreditTotals received = Assert.Single(jpn.Ledger.Current.GetTotals());
        Assert.Equal((0L, 40L, 40L), (received.Issued, received.Acquired, received.Held));
    }

    [Fact]
    public void InternationalTransfer_AcquisitionFailedOnce_RetryCompletesIt()
    {
        var kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        var jpn = new LedgerFixture();
        kaz.Issue(kaz.Gov, 1, 100);
        OperationId id = OperationId.Create("ITMO-2");
        jpn.Ledger.FaultInjector = _ => throw new TimeoutException("network down");
        Assert.Throws<TimeoutException>(() => InternationalTransfer.Execute(kaz.Ledger, jpn.Ledger, id, LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(40)));
        Assert.Equal(60L, kaz.Ledger.Current.GetBalance(kaz.Gov));
        Assert.Equal(0L, jpn.Ledger.Current.GetBalance(jpn.Gov));
        jpn.Ledger.FaultInjector = null;
        InternationalTransfer.Execute(kaz.Ledger, jpn.Ledger, id, LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(40));
        Assert.Equal(60L, kaz.Ledger.Current.GetBalance(kaz.Gov));
        Assert.Equal(40L, jpn.Ledger.Current.GetBalance(jpn.Gov));
    }

    [Fact]
    public void InternationalTransfer_UnknownReceivingAccount_NothingMoves()
    {
        var kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        var jpn = new LedgerFixture();
        kaz.Issue(kaz.Gov, 1, 100);
        Assert.Throws<UnknownAccountException>(() => InternationalTransfer.Execute(kaz.Ledger, jpn.Ledger, OperationId.Create("x"), LedgerFixture.GovJapan, kaz.Gov,
            AccountId.Create(LedgerFixture.Jpn, 99), CreditSelection.ByQuantity(1)));
        Assert.Equal(100L, kaz.Ledger.Current.GetBalance(kaz.Gov));
    }

    [Fact]
    public void Acquire_CreditsComingHome_AcceptedOnlyForSerialsIssuedHere()
    {
        var kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        var jpn = new LedgerFixture();
        kaz.Issue(kaz.Gov, 1, 100);
        InternationalTransfer.Execute(kaz.Ledger, jpn.Ledger, OperationId.Create("out"), LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(40));
        InternationalTransfer.Execute(jpn.Ledger, kaz.Ledger, OperationId.Create("back"), LedgerFixture.GovJapan, jpn.Gov, kaz.Entity, CreditSelection.ByQuantity(10));
        Assert.Equal(["91-100@2024"], kaz.Holdings(kaz.Entity));
        CreditTotals t = Assert.Single(kaz.Ledger.Current.GetTotals());
        Assert.True(t.IsConserved);
        Assert.Equal((100L, 10L, 40L, 70L), (t.Issued, t.Acquired, t.TransferredOut, t.Held));
    }

    [Fact]
    public void Acquire_OverlappingSerialsOrAlteredOrMisaddressed_Refused()
    {
        var kaz = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        var other = new LedgerFixture(LedgerFixture.Kaz, KazAdmin);
        var jpn = new LedgerFixture();
        kaz.Issue(kaz.Gov, 1, 100);
        other.Issue(other.Gov, 1, 100);
        // One more event, so that the clashing transfer has another sequence than the first (same origin and sequence
        // would be refused as acquired before, ahead of the serials).
        other.Issue(other.Gov, 101, 110);
        CreditsTransferredOut first = kaz.Ledger.TransferOut(OperationId.Create("a"), LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(10));
        CreditsTransferredOut clash = other.Ledger.TransferOut(OperationId.Create("b"), LedgerFixture.GovJapan, other.Gov, jpn.Gov, CreditSelection.Exactly(other.Range(96, 100)));
        jpn.Ledger.Acquire(LedgerFixture.Admin, first);
        var ex = Assert.Throws<SerialConflictException>(() => jpn.Ledger.Acquire(LedgerFixture.Admin, clash));
        Assert.Equal("Serials KAZ01:KZ001:96-100 arriving from KAZ01-1 overlap serials already present in registry JPN01", ex.Message);
        Assert.Throws<UnauthorizedActorException>(() => jpn.Ledger.Acquire(LedgerFixture.Mayekawa, kaz.Ledger.TransferOut(OperationId.Create("c"), LedgerFixture.GovJapan, kaz.Gov, jpn.Gov, CreditSelection.ByQuantity(1))));
        CreditsTransferredOut toKaz = jpn.Ledger.TransferOut(OperationId.Create("d"), LedgerFixture.GovJapan, jpn.Gov, kaz.Gov, CreditSelection.ByQuantity(1));
        Assert.Equal("outgoing", Assert.Throws<ArgumentException>(() => jpn.Ledger.Acquire(LedgerFixture.Admin, toKaz)).ParamName);
        var forged = new CreditsTransferredOut(first.Header, first.From, first.To, CreditSelection.ByQuantity(10), [first.Blocks[0].WithBlock(global::CarbonLedger.Serials.SerialBlock.FromRange(1, 10))]);
        var jpn2 = new LedgerFixture();
        Assert.Equal("outgoing", Assert.Throws<ArgumentException>(() => jpn2.Ledger.Acquire(LedgerFixture.Admin, forged)).ParamName);
    }

    [Fact]
    public void TransferOut_ToOwnRegistry_ArgumentException()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => f.Ledger.TransferOut(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1))).ParamName);
    }
}
