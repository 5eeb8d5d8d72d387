using System;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public partial class LedgerTest
{
    [Fact]
    public void Create_StartsHistoryWithRegistryCreated()
    {
        var f = new LedgerFixture();
        LedgerEvent first = f.Ledger.Current.Events[0];
        var created = Assert.IsType<RegistryCreated>(first);
        Assert.Equal(LedgerFixture.Jpn, created.Registry);
        Assert.Equal(LedgerFixture.Admin, created.Administrator);
        Assert.Equal(0L, created.Sequence);
        Assert.Equal(EventHash.Zero, created.PreviousHash);
        Assert.Equal(LedgerFixture.Start, created.Instant);
    }

    [Fact]
    public void OpenAccount_ByOtherActorOrTwice_Refused()
    {
        var f = new LedgerFixture();
        var id = AccountId.Create(LedgerFixture.Jpn, 50);
        var ex = Assert.Throws<UnauthorizedActorException>(() =>
            f.Ledger.OpenAccount(f.NextId(), LedgerFixture.Mayekawa, Account.Create(id, LedgerFixture.Mayekawa, AccountType.EntityHolding)));
        Assert.Equal("Actor 'Mayekawa' may not open account JPN01-50; only the registry administrator 'JPN01 administrator' may", ex.Message);
        Assert.Throws<DuplicateAccountException>(() =>
            f.Ledger.OpenAccount(f.NextId(), LedgerFixture.Admin, Account.Create(f.Gov, LedgerFixture.Mayekawa, AccountType.EntityHolding)));
        Assert.Equal("account", Assert.Throws<ArgumentException>(() =>
            f.Ledger.OpenAccount(f.NextId(), LedgerFixture.Admin, Account.Create(AccountId.Create(LedgerFixture.Kaz, 1), LedgerFixture.Mayekawa, AccountType.EntityHolding))).ParamName);
    }

    [Fact]
    public void Issue_ByAdministrator_CreditsAppearWithAttributes()
    {
        var f = new LedgerFixture();
        CreditsIssued e = f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Pending, [f.Block(1, 27), f.Block(28, 31)]);
        Assert.Equal(31L, e.Quantity);
        Assert.Equal(["1-31@2024"], f.Holdings(f.Pending));
        Assert.Equal(31L, f.Ledger.Current.GetBalance(f.Pending));
    }

    [Fact]
    public void Issue_ByOtherActor_RefusedNamingActorAndAccount()
    {
        var f = new LedgerFixture();
        var ex = Assert.Throws<UnauthorizedActorException>(() => f.Ledger.Issue(f.NextId(), LedgerFixture.GovJapan, f.Gov, [f.Block(1, 10)]));
        Assert.Equal("Actor 'Government of Japan' may not issue into account JPN01-1; only the registry administrator 'JPN01 administrator' may", ex.Message);
        Assert.Empty(f.Holdings(f.Gov));
    }

    [Fact]
    public void Issue_SerialsIssuedBefore_RefusedEvenAfterTheyMoved()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(100), "Japan", "NDC");
        var ex = Assert.Throws<SerialConflictException>(() => f.Issue(f.Entity, 100, 120, vintage: 2025));
        Assert.Equal("Serials JPN01:KZ001:100-120 overlap serials already issued; the same credit cannot be issued twice", ex.Message);
    }

    [Fact]
    public void Issue_BadBlocks_ArgumentException()
    {
        var f = new LedgerFixture();
        var foreign = CreditBlock.Create(global::CarbonLedger.Serials.SerialBlock.FromRange(1, 5), CreditAttributes.Create(LedgerFixture.Kaz, LedgerFixture.Kz001, 2024));
        Assert.Equal("blocks", Assert.Throws<ArgumentException>(() => f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [foreign])).ParamName);
        Assert.Equal("blocks", Assert.Throws<ArgumentException>(() => f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [f.Block(1, 5), f.Block(5, 9, 2025)])).ParamName);
        Assert.Equal("blocks", Assert.Throws<ArgumentException>(() => f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [])).ParamName);
        Assert.Equal("blocks", Assert.Throws<ArgumentException>(() => f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, f.Gov, [default])).ParamName);
        Assert.Equal(7, f.Ledger.Current.EventCount);
    }

    [Fact]
    public void Cancel_IntoCancellationAndOmgeAccounts_CreditsStayThere()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        f.Ledger.Cancel(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Cancellation, CreditSelection.ByQuantity(10));
        CreditsCancelled omge = f.Ledger.Cancel(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Omge, CreditSelection.ByQuantity(2));
        Assert.Equal(["91-100@2024"], f.Holdings(f.Cancellation));
        Assert.Equal(["89-90@2024"], f.Holdings(f.Omge));
        Assert.Equal(f.Omge, omge.To);
        CreditTotals totals = f.Ledger.Current.GetTotals().Single();
        Assert.Equal((100L, 88L, 12L, 0L), (totals.Issued, totals.Held, totals.Cancelled, totals.Retired));
    }

    [Fact]
    public void Cancel_IntoRetirementAccount_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        var ex = Assert.Throws<AccountTypeException>(() => f.Ledger.Cancel(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(1)));
        Assert.Equal("Account JPN01-4 is a Retirement account; cancellations go to cancellation or OMGE cancellation accounts", ex.Message);
    }

    [Fact]
    public void Retire_WithBeneficiaryAndPurpose_RecordedInEvent()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        CreditsRetired e = f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(40), "Government of Japan", "NDC FY2030");
        Assert.Equal(("Government of Japan", "NDC FY2030"), (e.Beneficiary, e.Purpose));
        Assert.Equal(["61-100@2024"], f.Holdings(f.Retirement));
        Assert.Equal(40L, f.Ledger.Current.GetTotals().Single().Retired);
    }

    [Fact]
    public void Retire_IntoCancellationAccountOrBlankBeneficiary_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Assert.Throws<AccountTypeException>(() => f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Cancellation, CreditSelection.ByQuantity(1), "x", "y"));
        Assert.Equal("beneficiary", Assert.Throws<ArgumentException>(() => f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(1), " ", "y")).ParamName);
        Assert.Equal("purpose", Assert.Throws<ArgumentException>(() => f.Ledger.Retire(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Retirement, CreditSelection.ByQuantity(1), "x", "")).ParamName);
    }

    [Fact]
    public void Reserve_ThenRelease_CreditsLockedThenBackAsOneBlock()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        OperationId reserve = f.NextId();
        f.Ledger.Reserve(reserve, LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(30));
        Assert.Equal(70L, f.Ledger.Current.GetBalance(f.Gov));
        Assert.Equal(30L, f.Ledger.Current.GetReservedBalance(f.Gov));
        Assert.Equal(30L, f.Ledger.Current.GetTotals().Single().Reserved);
        Assert.Throws<InsufficientCreditsException>(() => f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.ByQuantity(71)));
        Assert.Throws<CreditsNotHeldException>(() => f.Ledger.Transfer(f.NextId(), LedgerFixture.GovJapan, f.Gov, f.Entity, CreditSelection.Exactly(f.Range(75, 75))));
        CreditsReleased released = f.Ledger.Release(f.NextId(), LedgerFixture.GovJapan, f.Gov, reserve);
        Assert.Equal(30L, released.Quantity);
        Assert.Equal(["1-100@2024"], f.Holdings(f.Gov));
        Assert.Null(f.Ledger.Current.FindReservation(reserve));
    }

    [Fact]
    public void Release_UnknownOrForeignReservation_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        OperationId reserve = f.NextId();
        f.Ledger.Reserve(reserve, LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(30));
        var ex = Assert.Throws<UnknownReservationException>(() => f.Ledger.Release(f.NextId(), LedgerFixture.Mayekawa, f.Entity, reserve));
        Assert.Equal($"Account JPN01-2 has no open reservation {reserve}", ex.Message);
        Assert.Throws<UnauthorizedActorException>(() => f.Ledger.Release(f.NextId(), LedgerFixture.Mayekawa, f.Gov, reserve));
        Assert.Throws<UnknownReservationException>(() => f.Ledger.Release(f.NextId(), LedgerFixture.GovJapan, f.Gov, OperationId.Create("nope")));
    }

    [Fact]
    public void Reserve_InTerminalAccount_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Cancellation, 1, 10);
        Assert.Throws<AccountTypeException>(() => f.Ledger.Reserve(f.NextId(), LedgerFixture.Admin, f.Cancellation, CreditSelection.ByQuantity(1)));
    }

    [Fact]
    public void Mark_AuthorizePartOfBlock_SplitsByAttributesThenMergesBack()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        CreditsMarked e = f.Ledger.Mark(f.NextId(), LedgerFixture.Admin, f.Gov, CreditSelection.ByQuantity(40), CreditMarking.Authorize(AuthorizationStatus.AuthorizedForNdc));
        Assert.Equal(["1-60@2024", "61-100@2024/AuthorizedForNdc"], f.Holdings(f.Gov));
        Assert.Equal(AuthorizationStatus.NotAuthorized, e.Blocks[0].Attributes.Authorization);
        Assert.Equal(AuthorizationStatus.AuthorizedForNdc, e.MarkedBlocks[0].Attributes.Authorization);
        f.Ledger.Mark(f.NextId(), LedgerFixture.Admin, f.Gov, CreditSelection.ByQuantity(60).ForAuthorization(AuthorizationStatus.NotAuthorized), CreditMarking.Authorize(AuthorizationStatus.AuthorizedForNdc));
        Assert.Equal(["1-100@2024/AuthorizedForNdc"], f.Holdings(f.Gov));
    }

    [Fact]
    public void Mark_ByHolderRatherThanAdministrator_Refused()
    {
        var f = new LedgerFixture();
        f.Issue(f.Gov, 1, 100);
        Assert.Throws<UnauthorizedActorException>(() =>
            f.Ledger.Mark(f.NextId(), LedgerFixture.GovJapan, f.Gov, CreditSelection.ByQuantity(1), CreditMarking.SetFirstTransferred(true)));
    }

    [Fact]
    public void Mark_CreditsInRetirementAccount_Allowed()
    {
        var f = new LedgerFixture();
        f.Issue(f.Retirement, 1, 10);
        f.Ledger.Mark(f.NextId(), LedgerFixture.Admin, f.Retirement, CreditSelection.Exactly(f.Range(1, 10)), CreditMarking.SetFirstTransferred(true));
        Assert.True(f.Ledger.Current.GetHoldings(f.Retirement)[0].Attributes.FirstTransferred);
    }
}
