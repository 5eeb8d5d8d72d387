using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public partial class LedgerTest
{
    [Fact]
    public void Transfer_RepeatedId_ReturnsFirstResultAndChangesNothing()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        OperationId id = f.NextId();
        CreditsTransferred first = f.Ledger.Transfer(id, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        LedgerSnapshot before = f.Ledger.Current;
        CreditsTransferred again = f.Ledger.Transfer(id, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        Assert.Same(first, again);
        Assert.Same(before, f.Ledger.Current);
        Assert.Equal(70L, f.Ledger.Current.GetBalance(f.Gov));
    }

    [Fact]
    public void Transfer_ReusedIdWithOtherContent_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        OperationId id = f.NextId();
        CreditsTransferred first = f.Ledger.Transfer(id, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        var ex = Assert.Throws<OperationIdReusedException>(() => f.Ledger.Transfer(id, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(31)));
        Assert.Equal($"Operation id {id} was already used for a different operation (CreditsTransferred by Government of Japan, event {first.Sequence})", ex.Message);
        Assert.Throws<OperationIdReusedException>(() => f.Ledger.Cancel(id, LedgerFixture.GovJapan, f.Gov, f.Cancellation, CreditSelection.ByQuantity(30)));
        Assert.Throws<OperationIdReusedException>(() => f.Ledger.Reserve(id, LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(30)));
        Assert.Throws<OperationIdReusedException>(() => f.Ledger.Reserve(OperationId.Create(Ledger.GenesisOperationId), LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(30)));
        Assert.Equal(70L, f.Ledger.Current.GetBalance(f.Gov));
    }

    [Fact]
    public void Retire_RepeatedWithOtherPurpose_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        OperationId id = f.NextId();
        CreditsRetired first = f.Ledger.Retire(id, LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(5), "A", "NDC");
        Assert.Same(first, f.Ledger.Retire(id, LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(5), "A", "NDC"));
        Assert.Throws<OperationIdReusedException>(() => f.Ledger.Retire(id, LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(5), "A", "OIMP"));
    }

    [Fact]
    public void Issue_RepeatedId_IssuesOnce()
    {
        var f = new LedgerFixture();
        OperationId id = f.NextId();
        CreditsIssued first = f.Ledger.Issue(id, LedgerFixture.Admin, f.Gov, [f.Block(1, 10)]);
        Assert.Same(first, f.Ledger.Issue(id, LedgerFixture.Admin, f.Gov, [f.Block(1, 10)]));
        Assert.Throws<OperationIdReusedException>(() => f.Ledger.Issue(id, LedgerFixture.Admin, f.Gov, [f.Block(1, 11)]));
        Assert.Equal(10L, f.Ledger.Current.GetBalance(f.Gov));
    }

    [Fact]
    public void Transfer_IdOfRefusedOperation_CanBeUsedAgain()
    {
        var f = new LedgerFixture();
        OperationId id = f.NextId();
        Assert.Throws<InsufficientCreditsException>(() => f.Ledger.Transfer(id, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1)));
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Transfer(id, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1));
        Assert.Equal(1L, f.Ledger.Current.GetBalance(f.Entity));
    }

    [Fact]
    public void Release_RepeatedId_ReleasesOnce()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        OperationId reserve = f.NextId();
        f.Ledger.Reserve(reserve, LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(30));
        OperationId release = f.NextId();
        CreditsReleased first = f.Ledger.Release(release, LedgerFixture.GovJapan, f.Gov, reserve);
        Assert.Same(first, f.Ledger.Release(release, LedgerFixture.GovJapan, f.Gov, reserve));
        Assert.Equal(100L, f.Ledger.Current.GetBalance(f.Gov));
    }
}
