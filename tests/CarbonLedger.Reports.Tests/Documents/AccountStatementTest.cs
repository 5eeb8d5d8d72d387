using System;
using System.Linq;
using CarbonLedger.Cli.Scenario;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Reports.Documents;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CarbonLedger.Reports.Tests.Documents;

public sealed class AccountStatementTest
{
    private static readonly RegistryId Registry = RegistryId.Parse("TST01");
    private static readonly ActorId Admin = ActorId.Create("admin");
    private static readonly ActorId Holder = ActorId.Create("holder");
    private static readonly AccountId Source = AccountId.Create(Registry, 1);
    private static readonly AccountId Mine = AccountId.Create(Registry, 2);
    private static readonly AccountId Retired = AccountId.Create(Registry, 3);
    private static readonly Instant Day1 = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>A registry where account 2 gets 100 credits on day 1, 50 on day 2, gives 30 away on day 3 and retires 20 on day 4.</summary>
    private static LedgerSnapshot Registry4Days()
    {
        var clock = new FakeClock(Day1);
        Ledger ledger = Ledger.Create(Registry, Admin, clock);
        ledger.OpenAccount(OperationId.Create("o1"), Admin, Account.Create(Source, Admin, AccountType.Pending));
        ledger.OpenAccount(OperationId.Create("o2"), Admin, Account.Create(Mine, Holder, AccountType.EntityHolding));
        ledger.OpenAccount(OperationId.Create("o3"), Admin, Account.Create(Retired, Holder, AccountType.Retirement));
        var attributes = CreditAttributes.Create(Registry, Projects.ProjectId.Parse("KZ001"), 2025);
        ledger.Issue(OperationId.Create("i1"), Admin, Mine, [CreditBlock.Create(Serials.SerialBlock.FromRange(1, 100), attributes)]);
        clock.Advance(Duration.FromDays(1));
        ledger.Issue(OperationId.Create("i2"), Admin, Source, [CreditBlock.Create(Serials.SerialBlock.FromRange(101, 150), attributes)]);
        ledger.Transfer(OperationId.Create("t1"), Admin, Source, Mine, CreditSelection.ByQuantity(50));
        clock.Advance(Duration.FromDays(1));
        ledger.Transfer(OperationId.Create("t2"), Holder, Mine, Source, CreditSelection.ByQuantity(30));
        clock.Advance(Duration.FromDays(1));
        ledger.Retire(OperationId.Create("r1"), Holder, Mine, Retired, CreditSelection.ByQuantity(20), "Example Co", "voluntary offset");
        return ledger.Current;
    }

    [Fact]
    public void Create_Days2And3_OpeningMovementsAndClosingAgreeWithTheLedger()
    {
        LedgerSnapshot registry = Registry4Days();
        Instant start = Day1 + Duration.FromDays(1);
        Instant end = Day1 + Duration.FromDays(3);
        AccountStatement statement = AccountStatement.Create(registry, Mine, start, end);

        Assert.Equal(100, statement.Opening);
        Assert.Equal(new long[] { 50, -30 }, statement.Movements.Select(m => m.Change));
        Assert.Equal(new long[] { 150, 120 }, statement.Movements.Select(m => m.Balance));
        Assert.Equal(120, statement.Closing);
        Assert.Equal(50, statement.Credited);
        Assert.Equal(30, statement.Debited);
        // The same figures from the ledger's own view of the past.
        Assert.Equal(registry.AsOf(start - Duration.Epsilon).GetBalance(Mine), statement.Opening);
        Assert.Equal(registry.AsOf(end - Duration.Epsilon).GetBalance(Mine), statement.Closing);
        Assert.Equal("TST01-1", statement.Movements[0].Counterparty);
        Assert.Equal("101-150", statement.Movements[0].Blocks.Single().Block.ToString());
    }

    [Fact]
    public void ToPdf_WholeHistory_ExtractedTextHoldsOpeningEveryMovementAndClosing()
    {
        LedgerSnapshot registry = Registry4Days();
        AccountStatement statement = AccountStatement.Create(registry, Mine, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)), DateTimeZone.Utc);
        string text = PdfText.All(statement.ToPdf());

        Assert.Contains("Account statement", text, StringComparison.Ordinal);
        Assert.Contains("Opening balance 0", text, StringComparison.Ordinal);
        Assert.Contains("Credited 150", text, StringComparison.Ordinal);
        Assert.Contains("Debited 50", text, StringComparison.Ordinal);
        Assert.Contains("Closing balance 100", text, StringComparison.Ordinal);
        Assert.Contains("2026-01-01 00:00:00 4 Issued 1-100 +100 100", text, StringComparison.Ordinal);
        Assert.Contains("2026-01-02 00:00:00 6 Transferred TST01-1 101-150 +50 150", text, StringComparison.Ordinal);
        Assert.Contains("2026-01-03 00:00:00 7 Transferred TST01-1 121-150 -30 120", text, StringComparison.Ordinal);
        Assert.Contains("2026-01-04 00:00:00 8 Retired TST01-3 101-120 -20 100", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPdf_ManyMovements_ContinuesOnNewPagesWithEveryMovement()
    {
        var clock = new FakeClock(Day1);
        Ledger ledger = Ledger.Create(Registry, Admin, clock);
        ledger.OpenAccount(OperationId.Create("o1"), Admin, Account.Create(Source, Admin, AccountType.Pending));
        ledger.OpenAccount(OperationId.Create("o2"), Admin, Account.Create(Mine, Holder, AccountType.EntityHolding));
        var attributes = CreditAttributes.Create(Registry, Projects.ProjectId.Parse("KZ001"), 2025);
        ledger.Issue(OperationId.Create("i1"), Admin, Source, [CreditBlock.Create(Serials.SerialBlock.FromRange(1, 1_000), attributes)]);
        for (int i = 0; i < 200; i++)
        {
            clock.Advance(Duration.FromMinutes(1));
            ledger.Transfer(OperationId.Create($"t{i}"), Admin, Source, Mine, CreditSelection.ByQuantity(5));
        }
        AccountStatement statement = AccountStatement.Create(ledger.Current, Mine, Day1, Day1 + Duration.FromDays(1));
        string[] pages = PdfText.Pages(statement.ToPdf());

        Assert.True(pages.Length >= 3, $"{pages.Length} pages");
        Assert.All(pages, p => Assert.Contains("Instant (UTC) Event Movement", p, StringComparison.Ordinal));
        Assert.Equal(200, pages.Sum(p => p.Split(" Transferred ").Length - 1));
        Assert.Contains("Closing balance 1,000", pages[^1], StringComparison.Ordinal);
        Assert.Contains($"Page {pages.Length} of {pages.Length}", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DemoJapanHolding_AcquiredAndUsed()
    {
        AccountStatement statement = DemoDocuments.Statement(DemoScenario.Outcome);
        Assert.Equal(0, statement.Opening);
        Assert.Equal(new[] { LedgerEventKind.CreditsAcquired, LedgerEventKind.CreditsRetired },
            statement.Movements.Select(m => m.Kind).Distinct());
        Assert.Equal(5_172, statement.Credited);
        Assert.Equal(5_172, statement.Debited);
        Assert.Equal(0, statement.Closing);
    }

    [Fact]
    public void Create_EndBeforeStart_ThrowsNamingEnd()
    {
        LedgerSnapshot registry = Registry4Days();
        var ex = Assert.Throws<ArgumentException>(() => AccountStatement.Create(registry, Mine, Day1, Day1 - Duration.FromDays(1)));
        Assert.Equal("end", ex.ParamName);
    }

    [Fact]
    public void Create_UnknownAccount_Throws()
    {
        LedgerSnapshot registry = Registry4Days();
        Assert.Throws<UnknownAccountException>(() => AccountStatement.Create(registry, AccountId.Create(Registry, 9), Day1, Day1));
    }
}
