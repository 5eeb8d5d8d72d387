using BenchmarkDotNet.Attributes;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Cli.Scenario;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Reports.Documents;
using CarbonLedger.Reports.Html;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Testing;

namespace CarbonLedger.Benchmarks.Reports;

/// <summary>
/// The HTML report of the demo scenario (target: under a second), against the AEF Actions CSV of the same scenario
/// as the baseline; and the PDF statement of an account with 100,000 movements, against building the statement alone.
/// </summary>
[MemoryDiagnoser]
public class ReportsBenchmark
{
    private ReportContent demo = null!;
    private ScenarioOutcome outcome = null!;
    private LedgerSnapshot busy = null!;
    private AccountId account;

    [GlobalSetup]
    public void Setup()
    {
        outcome = JapanKazakhstanScenario.Run();
        demo = DemoDocuments.Content(outcome);
        RegistryId registry = RegistryId.Parse("BEN01");
        ActorId admin = ActorId.Create("admin");
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        Ledger ledger = Ledger.Create(registry, admin, clock);
        AccountId source = AccountId.Create(registry, 1);
        account = AccountId.Create(registry, 2);
        ledger.OpenAccount(OperationId.Create("o1"), admin, Account.Create(source, admin, AccountType.Pending));
        ledger.OpenAccount(OperationId.Create("o2"), admin, Account.Create(account, admin, AccountType.EntityHolding));
        ledger.Issue(OperationId.Create("i"), admin, source,
            [CreditBlock.Create(SerialBlock.FromRange(1, 1_000_000), CreditAttributes.Create(registry, ProjectId.Parse("KZ001"), 2025))]);
        for (int i = 0; i < 100_000; i++)
        {
            clock.Advance(Duration.FromSeconds(1));
            ledger.Transfer(OperationId.Create("t" + i), admin, source, account, CreditSelection.ByQuantity(3));
        }
        busy = ledger.Current;
    }

    [Benchmark(Baseline = true, Description = "AEF Actions CSV of the demo (baseline)")]
    public string AefCsv() => AefExport.ToCsv(AefTables.Actions(outcome.KazakhstanArticle6, outcome.ReportingYear));

    [Benchmark(Description = "HTML report of the demo")]
    public string Html() => HtmlReport.Render(demo);

    [Benchmark(Description = "statement, 100,000 movements, no PDF")]
    public int StatementOnly() => AccountStatement.Create(busy, account, Instant.MinValue, Instant.MaxValue).Movements.Count;

    [Benchmark(Description = "statement PDF, 100,000 movements")]
    public int StatementPdf() => AccountStatement.Create(busy, account, Instant.MinValue, Instant.MaxValue).ToPdf().Length;
}
