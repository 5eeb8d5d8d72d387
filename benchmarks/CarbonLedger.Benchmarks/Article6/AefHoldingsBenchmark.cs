using System.Linq;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;

namespace CarbonLedger.Benchmarks.Article6;

/// <summary>
/// The AEF Holdings table (as of 31 December) of a registry holding 1,000,000 authorised blocks (ten serials each,
/// separated by gaps so the ledger cannot join them). Target: under 1 second on one core, memory reported. Baseline:
/// enumerating the same holdings from the snapshot with LINQ, without authorisation look-ups.
/// </summary>
[MemoryDiagnoser]
public class AefHoldingsBenchmark
{
    private const int Blocks = 1_000_000;
    private const int BlocksPerIssuance = 1_000;

    private Article6Registry registry = null!;
    private AccountId account;

    [GlobalSetup]
    public void Setup()
    {
        var clock = new TickingClock(Instant.FromUtc(2026, 1, 5, 0, 0));
        ActorId admin = ActorId.Create("THA01 administrator");
        var ledger = Ledger.Create(RegistryId.Parse("THA01"), admin, clock);
        registry = Article6Registry.Create(ledger, DateTimeZone.Utc);
        Country thailand = Country.FromAlpha3("THA");
        registry.RegisterApproach(CooperativeApproach.Create(CooperativeApproachId.FromNumber(1), "JCM", [Country.Japan, thailand]));
        var auth = Authorization.Create(AuthorizationId.Create("THA-2025-001"), CooperativeApproachId.FromNumber(1), thailand, new LocalDate(2025, 10, 1),
            long.MaxValue, 2021, 2030, AuthorizedPurpose.Ndc, FirstTransferDefinition.InternationalTransfer);
        registry.RegisterAuthorization(auth);
        account = AccountId.Create(ledger.Registry, 1);
        ledger.OpenAccount(OperationId.Create("open"), admin, Account.Create(account, admin, AccountType.GovernmentHolding));
        var attributes = CreditAttributes.Create(ledger.Registry, ProjectId.Parse("TH001"), 2025);
        for (int batch = 0; batch < Blocks / BlocksPerIssuance; batch++)
        {
            var blocks = new CreditBlock[BlocksPerIssuance];
            for (int i = 0; i < blocks.Length; i++)
            {
                long n = ((long)batch * BlocksPerIssuance) + i;
                blocks[i] = CreditBlock.Create(SerialBlock.FromStartAndCount((n * 11) + 1, 10), attributes);
            }
            registry.IssueAuthorized(OperationId.Create("issue-" + batch), admin, auth.Id, account, blocks);
        }
    }

    [Benchmark(Baseline = true)]
    public int LinqOverHoldings()
    {
        LedgerSnapshot snapshot = registry.Ledger.Current;
        return snapshot.Accounts
            .SelectMany(a => snapshot.GetHoldings(a.Id).Select(b => (a.Id, b.Block, b.Count)))
            .ToList().Count;
    }

    [Benchmark]
    public int HoldingsTable() => AefTables.Holdings(registry, 2026).Count;

    /// <summary>A clock that moves one second per reading, so events are dated in January 2026.</summary>
    private sealed class TickingClock(Instant start) : IClock
    {
        private Instant now = start;

        public Instant GetCurrentInstant()
        {
            now += Duration.FromSeconds(1);
            return now;
        }
    }
}
