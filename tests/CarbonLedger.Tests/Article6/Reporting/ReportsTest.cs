using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Projects;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;
using CsCheck;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static CarbonLedger.Tests.Article6.Article6Fixture;

namespace CarbonLedger.Tests.Article6.Reporting;

public class ReportsTest
{
    [Fact]
    public void RegistryActivity_Scenario_TotalsByCountryProjectVintageYear()
    {
        var f = AefTablesTest.Scenario();

        var report = RegistryActivityReport.Create(f.Tha.Ledger.Current, DateTimeZone.Utc);

        ActivityTotals line = Assert.Single(report.Flows);
        Assert.Equal((Thailand, Th001, 2025, 2026), (line.PartnerCountry!, line.Project!.Value, line.Vintage!.Value, line.Year!.Value));
        Assert.Equal((100L, 0L, 0L, 30L, 2L, 0L), (line.Issued, line.Acquired, line.Transferred, line.TransferredOut, line.Cancelled, line.Retired));
        HoldingTotals stock = Assert.Single(report.Holdings);
        Assert.Equal((68L, 0L, 2L, 0L), (stock.Held, stock.Reserved, stock.Cancelled, stock.Retired));
        ActivityTotals byYear = Assert.Single(report.Summarize(ActivityDimensions.Year));
        Assert.Null(byYear.Project);
        Assert.Equal(2026, byYear.Year);
        var japan = RegistryActivityReport.Create(f.Jpn.Ledger.Current, DateTimeZone.Utc);
        Assert.Equal((30L, 12L), (japan.Flows.Sum(t => t.Acquired), japan.Flows.Sum(t => t.Retired)));
        Assert.Equal("by", Assert.Throws<ArgumentException>(() => report.Summarize((ActivityDimensions)64)).ParamName);
    }

    [Fact]
    public void NdcProgress_JapanTarget_UsedRemainingAndPercent()
    {
        var f = AefTablesTest.Scenario();

        var report = NdcProgressReport.Create(f.Jpn, Co2e.FromTonnes(70), 2030, 2, MidpointRounding.ToZero);

        Assert.Equal(Co2e.FromTonnes(12), report.Used);
        Assert.Equal(Co2e.FromTonnes(58), report.Remaining);
        Assert.Equal(17.14m, report.PercentOfTarget);
        Assert.Equal(Co2e.FromTonnes(30), report.Acquired);
        Assert.Equal(Co2e.FromTonnes(18), report.HeldForUse);
        Assert.Equal([(2030, 12m)], report.UsedByYear.Select(y => (y.Year, y.Amount.Tonnes)));
        Assert.Equal(Co2e.Zero, NdcProgressReport.Create(f.Jpn, Co2e.FromTonnes(100_000_000), 2029, 0, MidpointRounding.ToEven).Used);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => NdcProgressReport.Create(f.Jpn, Co2e.FromTonnes(1.5m), 2030, 0, MidpointRounding.ToEven)).ParamName);
    }

    [Fact]
    public void RetainedShare_PartnerAndJapanIssuance_ExactFractionAndRoundedPercent()
    {
        var f = AefTablesTest.Scenario();
        f.Jpn.Ledger.Issue(f.NextId(), JpnAdmin, f.JpnGov,
            [CreditBlock.Create(SerialBlock.FromRange(1, 20), CreditAttributes.Create(RegistryId.Parse("JPN01"), Th001, 2025))]);

        var report = RetainedShareReport.Create(f.Tha.Ledger.Current, [f.Jpn.Ledger.Current], 2, MidpointRounding.AwayFromZero);

        Assert.Equal((100L, 20L, 0L, 30L, 70L), (report.IssuedByPartner, report.IssuedElsewhere, report.Acquired, report.TransferredOut, report.Retained));
        Assert.Equal(Share.FromFraction(7, 12), report.RetainedShare);
        Assert.Equal(58.33m, report.RetainedPercent);
        Assert.Equal(120, report.TotalIssued);
    }

    [Fact]
    public void RetainedShare_RegistryOfNoKnownParty_NamesParameter()
    {
        var ledger = Ledger.Create(RegistryId.Parse("XXX01"), ActorId.Create("XXX01 administrator"), new FakeClock(Instant.FromUtc(2026, 1, 5, 0, 0)));

        var ex = Assert.Throws<ArgumentException>(() => RetainedShareReport.Create(ledger.Current, [], 2, MidpointRounding.ToEven));

        Assert.Equal("partnerRegistry", ex.ParamName);
        Assert.Contains("XXX01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistryActivity_RandomLedgers_TotalsEqualSumsOfEvents()
    {
        Gen.Select(Gen.Int[0, 6], Gen.Int[1, 40], Gen.Int[0, 3], Gen.Int[0, 2]).Array[1, 60].Sample(ops =>
        {
            (Ledger home, Ledger abroad) = RandomLedgers(ops);
            foreach (Ledger ledger in new[] { home, abroad })
            {
                LedgerSnapshot snapshot = ledger.Current;
                var report = RegistryActivityReport.Create(snapshot, DateTimeZone.Utc);
                long Sum<TEvent>(Func<TEvent, IEnumerable<CreditBlock>> blocks) where TEvent : LedgerEvent =>
                    snapshot.Events.OfType<TEvent>().SelectMany(blocks).Sum(b => b.Count);
                Assert.Equal(Sum<CreditsIssued>(e => e.Blocks), report.Flows.Sum(t => t.Issued));
                Assert.Equal(Sum<CreditsAcquired>(e => e.Blocks), report.Flows.Sum(t => t.Acquired));
                Assert.Equal(Sum<CreditsTransferred>(e => e.Blocks), report.Flows.Sum(t => t.Transferred));
                Assert.Equal(Sum<CreditsTransferredOut>(e => e.Blocks), report.Flows.Sum(t => t.TransferredOut));
                Assert.Equal(Sum<CreditsCancelled>(e => e.Blocks), report.Flows.Sum(t => t.Cancelled));
                Assert.Equal(Sum<CreditsRetired>(e => e.Blocks), report.Flows.Sum(t => t.Retired));
                foreach (ActivityDimensions by in new[] { ActivityDimensions.None, ActivityDimensions.PartnerCountry, ActivityDimensions.Vintage | ActivityDimensions.Year })
                {
                    Assert.Equal(report.Flows.Sum(t => t.Issued + t.Retired), report.Summarize(by).Sum(t => t.Issued + t.Retired));
                }
                foreach (CreditTotals totals in snapshot.GetTotals())
                {
                    var flows = report.Flows.Where(t => t.Project == totals.Project && t.Vintage == totals.Vintage).ToList();
                    var stock = report.Holdings.Where(t => t.Project == totals.Project && t.Vintage == totals.Vintage).ToList();
                    Assert.Equal(totals.Issued + totals.Acquired - totals.TransferredOut,
                        flows.Sum(t => t.Issued + t.Acquired - t.TransferredOut));
                    Assert.Equal(totals.Cancelled, flows.Sum(t => t.Cancelled));
                    Assert.Equal(totals.Retired, flows.Sum(t => t.Retired));
                    Assert.Equal((totals.Held, totals.Reserved, totals.Cancelled, totals.Retired),
                        (stock.Sum(t => t.Held), stock.Sum(t => t.Reserved), stock.Sum(t => t.Cancelled), stock.Sum(t => t.Retired)));
                }
            }
        }, iter: 200);
    }

    /// <summary>Two registries driven by random operations; refused operations are simply skipped.</summary>
    private static (Ledger Home, Ledger Abroad) RandomLedgers((int Op, int Size, int Pick, int Vintage)[] ops)
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 12, 30, 0, 0), Duration.FromHours(7));
        ActorId admin = ActorId.Create("admin");
        var home = Ledger.Create(RegistryId.Parse("THA01"), admin, clock);
        var abroad = Ledger.Create(RegistryId.Parse("JPN01"), admin, clock);
        int id = 0;
        OperationId Next() => OperationId.Create("o" + id++);
        AccountId Open(Ledger l, long n, AccountType t)
        {
            var a = AccountId.Create(l.Registry, n);
            l.OpenAccount(Next(), admin, Account.Create(a, admin, t));
            return a;
        }
        AccountId[] holding = [Open(home, 1, AccountType.GovernmentHolding), Open(home, 2, AccountType.EntityHolding)];
        AccountId cancel = Open(home, 3, AccountType.Cancellation);
        AccountId retire = Open(home, 4, AccountType.Retirement);
        AccountId abroadGov = Open(abroad, 1, AccountType.GovernmentHolding);
        AccountId abroadRetire = Open(abroad, 2, AccountType.Retirement);
        ProjectId[] projects = [ProjectId.Parse("TH001"), ProjectId.Parse("TH002"), ProjectId.Parse("KZ001")];
        var next = new Dictionary<ProjectId, long>();
        var reservations = new List<OperationId>();
        foreach ((int op, int size, int pick, int vintage) in ops)
        {
            AccountId from = holding[pick % 2];
            CreditSelection q = CreditSelection.ByQuantity(size);
            try
            {
                switch (op)
                {
                    case 0:
                    case 1:
                        ProjectId p = projects[pick % 3];
                        long start = next.GetValueOrDefault(p, 1);
                        next[p] = start + size + 1;
                        home.Issue(Next(), admin, from, [CreditBlock.Create(SerialBlock.FromStartAndCount(start, size), CreditAttributes.Create(home.Registry, p, 2023 + vintage))]);
                        break;
                    case 2:
                        home.Transfer(Next(), admin, from, holding[(pick + 1) % 2], q);
                        break;
                    case 3:
                        home.Cancel(Next(), admin, from, cancel, q);
                        break;
                    case 4:
                        home.Retire(Next(), admin, from, retire, q, "Someone", "Pledge");
                        break;
                    case 5:
                        InternationalTransfer.Execute(home, abroad, Next(), admin, from, abroadGov, q);
                        abroad.Retire(Next(), admin, abroadGov, abroadRetire, CreditSelection.ByQuantity(Math.Max(1, size / 2)), "Japan", "NDC");
                        break;
                    default:
                        OperationId r = Next();
                        if (pick == 0 && reservations.Count > 0)
                        {
                            home.Release(r, admin, holding[0], reservations[^1]);
                            reservations.RemoveAt(reservations.Count - 1);
                        }
                        else
                        {
                            home.Reserve(r, admin, holding[0], q);
                            reservations.Add(r);
                        }
                        break;
                }
            }
            catch (RegistryException)
            {
                // Refused for lack of credits: nothing changed.
            }
        }
        return (home, abroad);
    }
}
