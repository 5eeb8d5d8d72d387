using System.Linq;
using CarbonLedger.Registry;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>The read-only checks and picking a layer over the registry (Article 6) uses before it asks the ledger to act.</summary>
public class LedgerSnapshotQueryTest
{
    [Fact]
    public void CheckSource_HolderOfNonTerminalAccount_Passes()
    {
        var f = new LedgerFixture();
        f.Ledger.Current.CheckSource(LedgerFixture.GovJapan, f.Gov);
        Assert.Throws<UnauthorizedActorException>(() => f.Ledger.Current.CheckSource(LedgerFixture.Mayekawa, f.Gov));
    }

    [Fact]
    public void CheckSource_TerminalAccount_ThrowsAccountTypeException()
    {
        var f = new LedgerFixture();
        var e = Assert.Throws<AccountTypeException>(() => f.Ledger.Current.CheckSource(f.AdminActor, f.Retirement));
        Assert.Contains("nothing leaves it", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSource_UnknownAccount_ThrowsUnknownAccountException()
    {
        var f = new LedgerFixture();
        Assert.Throws<UnknownAccountException>(() => f.Ledger.Current.CheckSource(f.AdminActor, AccountId.Create(f.Registry, 99)));
    }

    [Fact]
    public void GetAccountOfType_OtherType_ThrowsWithTheRule()
    {
        var f = new LedgerFixture();
        Assert.Equal(f.Retirement, f.Ledger.Current.GetAccountOfType(f.Retirement, AccountType.Retirement, "uses go to retirement accounts").Id);
        var e = Assert.Throws<AccountTypeException>(() => f.Ledger.Current.GetAccountOfType(f.Cancellation, AccountType.Retirement, "uses go to retirement accounts"));
        Assert.Equal("Account JPN01-3 is a Cancellation account; uses go to retirement accounts", e.Message);
    }

    [Fact]
    public void Pick_ExactRangeOverTwoHoldings_ReturnsThePiecesAndChangesNothing()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100, vintage: 2024);
        f.Issue(f.Gov, 101, 200, vintage: 2025);
        LedgerSnapshot before = f.Ledger.Current;

        var picked = before.Pick(f.Gov, CreditSelection.Exactly([f.Range(51, 150)]));

        Assert.Equal(["51-100@2024", "101-150@2025"], picked.Select(b => $"{b.Block.Start}-{b.Block.End}@{b.Attributes.Vintage}"));
        Assert.Same(before, f.Ledger.Current);
        Assert.Equal(200, f.Ledger.Current.GetBalance(f.Gov));
    }

    [Fact]
    public void Pick_QuantityBeyondBalance_ThrowsInsufficientCredits()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Assert.Throws<InsufficientCreditsException>(() => f.Ledger.Current.Pick(f.Gov, CreditSelection.ByQuantity(101)));
        Assert.Throws<CreditsNotHeldException>(() => f.Ledger.Current.Pick(f.Gov, CreditSelection.Exactly([f.Range(90, 110)])));
    }
}
