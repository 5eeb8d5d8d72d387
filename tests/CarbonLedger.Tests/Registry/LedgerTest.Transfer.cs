using System;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public partial class LedgerTest
{
    [Fact]
    public void Transfer_QuantityWithinOneBlock_HolderKeepsHeadReceiverGetsTail()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        CreditsTransferred e = f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(30));
        Assert.Equal(["1-70@2024"], f.Holdings(f.Gov));
        Assert.Equal(["71-100@2024"], f.Holdings(f.Entity));
        Assert.Equal(30L, e.Quantity);
        Assert.Equal(70L, f.Ledger.Current.GetBalance(f.Gov));
        Assert.Equal(30L, f.Ledger.Current.GetBalance(f.Entity));
    }

    [Fact]
    public void Transfer_QuantitySpanningVintages_TakesOldestVintageFirst()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 10, vintage: 2024);
        f.Issue(f.Gov, 101, 110, vintage: 2023);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(15));
        Assert.Equal(["1-5@2024"], f.Holdings(f.Gov));
        Assert.Equal(["101-110@2023", "6-10@2024"], f.Holdings(f.Entity));
    }

    [Fact]
    public void Transfer_NewestVintageFirst_TakesNewestVintageFirst()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 10, vintage: 2024);
        f.Issue(f.Gov, 101, 110, vintage: 2023);
        f.Issue(f.Gov, 201, 210, vintage: 2025);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(15).InOrder(SelectionOrder.NewestVintageFirst));
        Assert.Equal(["101-110@2023", "1-5@2024"], f.Holdings(f.Gov));
        Assert.Equal(["6-10@2024", "201-210@2025"], f.Holdings(f.Entity));
    }

    [Fact]
    public void Transfer_WithinVintage_TakesLowestSerialBlockFirst()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 51, 60);
        f.Issue(f.Gov, 1, 10);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(12));
        Assert.Equal(["51-58@2024"], f.Holdings(f.Gov));
        Assert.Equal(["1-10@2024", "59-60@2024"], f.Holdings(f.Entity));
    }

    [Fact]
    public void Transfer_VintageAndProjectFilters_SkipOtherBlocks()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 10, vintage: 2023);
        f.Issue(f.Gov, 11, 20, vintage: 2024);
        f.Issue(f.Gov, 1, 10, vintage: 2024, project: LedgerFixture.Id009);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(4).ForVintage(2024).ForProject(LedgerFixture.Kz001));
        Assert.Equal(["17-20@2024"], f.Holdings(f.Entity));
    }

    [Fact]
    public void Transfer_ExactBlock_SplitsAroundIt()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(41, 60)));
        Assert.Equal(["1-40@2024", "61-100@2024"], f.Holdings(f.Gov));
        Assert.Equal(["41-60@2024"], f.Holdings(f.Entity));
    }

    [Fact]
    public void Transfer_ExactBlockBack_MergesIntoOneBlock()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(41, 60)));
        f.Ledger.Transfer(f.NextId(), LedgerFixture.Mayekawa, f.Entity, f.Gov, CreditSelection.Exactly(f.Range(41, 60)));
        Assert.Equal(["1-100@2024"], f.Holdings(f.Gov));
        Assert.Empty(f.Holdings(f.Entity));
    }

    [Fact]
    public void Transfer_ExactRangeAcrossTwoHoldings_MovesBothParts()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 10, vintage: 2023);
        f.Issue(f.Gov, 11, 20, vintage: 2024);
        CreditsTransferred e = f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(8, 13)));
        Assert.Equal(2, e.Blocks.Length);
        Assert.Equal(["1-7@2023", "14-20@2024"], f.Holdings(f.Gov));
        Assert.Equal(["8-10@2023", "11-13@2024"], f.Holdings(f.Entity));
    }

    [Fact]
    public void Transfer_ExactSerialsNotHeld_RefusedNamingAccountAndSerials()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        var ex = Assert.Throws<CreditsNotHeldException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(90, 110))));
        Assert.Equal("Account JPN01-1 does not hold the available credits JPN01:KZ001:101-110", ex.Message);
        Assert.Equal(["1-100@2024"], f.Holdings(f.Gov));
    }

    [Fact]
    public void Transfer_MoreThanHeld_RefusedWithAmounts()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        var ex = Assert.Throws<InsufficientCreditsException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(101)));
        Assert.Equal("Account JPN01-1 holds 100 matching available credits; 101 were requested", ex.Message);
        Assert.Equal(100L, ex.Available);
    }

    [Fact]
    public void Transfer_MoreThanMatchTheFilter_RefusedWithMatchingAmount()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100, vintage: 2023);
        f.Issue(f.Gov, 101, 110, vintage: 2024);
        var ex = Assert.Throws<InsufficientCreditsException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(11).ForVintage(2024)));
        Assert.Equal(10L, ex.Available);
    }

    [Fact]
    public void Transfer_ActorIsNotHolder_RefusedNamingActorAndAccount()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        var ex = Assert.Throws<UnauthorizedActorException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.Mayekawa, f.Gov, f.Entity, CreditSelection.ByQuantity(1)));
        Assert.Equal("Actor 'Mayekawa' may not move credits out of account JPN01-1; only its holder 'Government of Japan' may", ex.Message);
        Assert.Equal(LedgerFixture.Mayekawa, ex.Actor);
        Assert.Equal(f.Gov, ex.Account);
    }

    [Fact]
    public void Transfer_AdministratorOnSomeoneElsesAccount_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Assert.Throws<UnauthorizedActorException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.Admin, f.Gov, f.Entity, CreditSelection.ByQuantity(1)));
    }

    [Fact]
    public void Transfer_ToTerminalAccount_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        var ex = Assert.Throws<AccountTypeException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Cancellation, CreditSelection.ByQuantity(1)));
        Assert.Equal("Account JPN01-3 is a Cancellation account; transfers go to non-terminal accounts (use Cancel or Retire)", ex.Message);
    }

    [Fact]
    public void Transfer_OutOfTerminalAccount_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Cancel(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Cancellation, CreditSelection.ByQuantity(10));
        var ex = Assert.Throws<AccountTypeException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.Admin, f.Cancellation, f.Pending, CreditSelection.ByQuantity(1)));
        Assert.Equal("Account JPN01-3 is a Cancellation account; nothing leaves it", ex.Message);
    }

    [Fact]
    public void Transfer_SameAccountOrForeignAccount_ArgumentException()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Gov, CreditSelection.ByQuantity(1))).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, AccountId.Create(LedgerFixture.Kaz, 1), CreditSelection.ByQuantity(1))).ParamName);
    }

    [Fact]
    public void Transfer_UnknownAccount_Refused()
    {
        var f = new LedgerFixture();
        var ex = Assert.Throws<UnknownAccountException>(() =>
            f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, AccountId.Create(LedgerFixture.Jpn, 99), CreditSelection.ByQuantity(1)));
        Assert.Equal("Registry has no account JPN01-99", ex.Message);
    }

    [Fact]
    public void Transfer_BadArguments_ArgumentExceptions()
    {
        var f = new LedgerFixture();
        Assert.Throws<ArgumentNullException>(() => f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, null!));
        Assert.Equal("operation", Assert.Throws<ArgumentException>(() => f.Ledger.Transfer(default, LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1))).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentException>(() => f.Ledger.Transfer(f.NextId(), default, f.Gov, f.Entity, CreditSelection.ByQuantity(1))).ParamName);
        Assert.Equal("operation", Assert.Throws<ArgumentException>(() =>
            f.Ledger.Transfer(OperationId.Parse("KAZ01/x"), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(1))).ParamName);
    }
}
