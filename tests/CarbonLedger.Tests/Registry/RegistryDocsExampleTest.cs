using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>Runs the tour in <c>docs/registry.md</c>, statement for statement.</summary>
public class RegistryDocsExampleTest
{
    [Fact]
    public void DocsTour_RunsAsWritten()
    {
        var clock = new FakeClock(Instant.FromUtc(2016, 5, 1, 0, 0), Duration.FromMinutes(1));

        var jpn = RegistryId.Parse("JPN01");
        var admin = ActorId.Create("JPN01 administrator");
        var goj = ActorId.Create("Government of Japan");
        var mayekawa = ActorId.Create("Mayekawa");
        Ledger ledger = Ledger.Create(jpn, admin, clock);

        var gojAccount = AccountId.Create(jpn, 1);
        var mayekawaAccount = AccountId.Create(jpn, 2);
        var retirement = AccountId.Create(jpn, 3);
        ledger.OpenAccount(OperationId.Create("open-1"), admin, Account.Create(gojAccount, goj, AccountType.GovernmentHolding));
        ledger.OpenAccount(OperationId.Create("open-2"), admin, Account.Create(mayekawaAccount, mayekawa, AccountType.EntityHolding));
        ledger.OpenAccount(OperationId.Create("open-3"), admin, Account.Create(retirement, admin, AccountType.Retirement));

        var attributes = CreditAttributes.Create(jpn, ProjectId.Parse("ID001"), 2016);
        ledger.Issue(OperationId.Create("JC-2016-1"), admin, gojAccount,
            [CreditBlock.Create(SerialBlock.FromRange(1, 31), attributes)]);

        ledger.Transfer(OperationId.Create("T-1"), goj, gojAccount, mayekawaAccount, CreditSelection.ByQuantity(4));

        ledger.Retire(OperationId.Create("R-1"), goj, gojAccount, retirement,
            CreditSelection.Exactly(SerialRange.Create(jpn, ProjectId.Parse("ID001"), SerialBlock.FromRange(1, 10))),
            beneficiary: "Government of Japan", purpose: "NDC FY2030");

        LedgerSnapshot now = ledger.Current;
        long balance = now.GetBalance(gojAccount);
        string history = LedgerJsonLines.ToJsonLines(now.Events);
        Ledger copy = Ledger.Replay(LedgerJsonLines.FromJsonLines(history), clock, now.HeadHash);

        Assert.Equal(17L, balance);
        Assert.Equal(SerialBlock.FromRange(28, 31), now.GetHoldings(mayekawaAccount)[0].Block);
        Assert.Equal(SerialBlock.FromRange(11, 27), now.GetHoldings(gojAccount)[0].Block);
        Assert.Equal(now.HeadHash, copy.Current.HeadHash);
    }
}
