using System;
using System.IO;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Issuance;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Serialization;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Readme;

/// <summary>
/// The C# of README.md's quick tour, compiled and run. Each block between a begin-snippet comment and an
/// end-snippet comment must appear verbatim in README.md (<see cref="ReadmeSnippetsTest"/> checks it); the
/// assertions after each block check what the README's comments claim.
/// </summary>
public sealed class ReadmeSnippets
{
    [Fact]
    public void Tour_QuantifyIssueAllocateTransferReport_RunsAsTheReadmeSays()
    {
        TextWriter original = Console.Out;
        using var captured = new StringWriter();
        TextWriter console = TextWriter.Synchronized(captured);
        Console.SetOut(console);
        try
        {
            // begin-snippet: quantify
            var site = new MonitoringSite("KZ001-PV-1", DateTimeZoneProviders.Tzdb["Asia/Almaty"]);
            var period = new MonitoringPeriod(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
            // ILLUSTRATIVE assumption: no JCM grid emission factor is published for Kazakhstan.
            var grid = GridEmissionFactorSet.Supplied("KZ", "Kazakhstan grid", EmissionFactor.TonnesPerMegawattHour(0.6m),
                "ILLUSTRATIVE assumption, not an official figure");
            var output = MonitoredParameter.FromPeriodTotal(1_234.5m, ParameterUnit.MegawattHour, MonitoringOption.C, "revenue meter");
            var methodology = new SolarPvMethodology(MethodologyId.Parse("KZ_PM001"), new MethodologyVersion(1, 0), GwpSet.Ar5);

            QuantificationResult result = methodology.Quantify(period, site,
                new SolarPvInput(grid, [new SolarPvSystem("PV plant", output, GridConnectionCase.GridConnected)]));

            Console.WriteLine(result);          // KZ_PM001 Ver1.0, 2025-01-01..2025-12-31: ER 740.70 tCO2e, 740 credits
            Console.WriteLine(result.Trace);    // every parameter, correction and step: RE_p = EG_1,p × EF_1 = 1234.5 × 0.6 = 740.7 …
            // end-snippet
            Assert.Equal(740, result.Credits);
            Assert.Equal(Co2e.FromTonnes(740.7m), result.EmissionReductions);
            Assert.Contains("KZ_PM001 Ver1.0, 2025-01-01..2025-12-31: ER 740.70 tCO2e, 740 credits", captured.ToString());
            Assert.Contains("RE_p = Σ_i EG_i,p × EF_i = EG_1,p × EF_1 = 1234.5 × 0.6 = 740.7", captured.ToString());

            // begin-snippet: issue
            Country kazakhstan = Country.FromCode("KAZ");
            var partnership = JcmPartnership.Create(kazakhstan, new LocalDate(2024, 1, 15));
            var japan = ProjectParticipant.GovernmentOf(Country.Japan);
            var owner = ProjectParticipant.Entity("Example Solar LLP", kazakhstan);
            var rule = AllocationRule.Create(
                AllocationEntry.Recipient(japan.Name, Share.FromFraction(1, 2)).WithRoundUp(),
                AllocationEntry.Recipient(owner.Name, Share.FromFraction(1, 2)));
            var subsidy = FinancialSupport.Create("MOEJ", SupportInstrument.Subsidy, Money.Of(1_000_000m, Currency.Usd), Share.FromFraction(1, 2));
            var project = Project.Create(ProjectId.Parse("KZ001"), partnership, "KZ_PM001",
                new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2034, 12, 31)),
                AllocationAgreement.Create(rule, [japan, owner]), [subsidy]);

            var issuer = new CreditIssuer();
            issuer.Register(project);
            var decision = JointCommitteeDecision.Create(project.Id, period.Dates, new LocalDate(2026, 3, 16), "JC-KZ-2026-01");
            CreditIssuance issuance = issuer.Issue(project.Id, period.Dates, VintageCredits.Of(2025, result.Credits), decision,
                DeductionSchedule.None);

            foreach (IssuedLot lot in issuance.Lots)
            {
                Console.WriteLine(lot);
            }
            // Government of Japan: 370 JCM-JPN01-KZ001-2025-1-1-370
            // Example Solar LLP: 370 JCM-KAZ01-KZ001-2025-1-371-740
            // end-snippet
            Assert.Equal("Government of Japan: 370 JCM-JPN01-KZ001-2025-1-1-370", issuance.Lots[0].ToString());
            Assert.Equal("Example Solar LLP: 370 JCM-KAZ01-KZ001-2025-1-371-740", issuance.Lots[1].ToString());

            // begin-snippet: allocate
            Apportionment split = rule.Apportion(17_673);
            Console.WriteLine(split.CreditsOf(japan.Name));   // 8837: half of 17,673, rounded up for the Government of Japan
            Console.WriteLine(split.CreditsOf(owner.Name));   // 8836: the parts always sum exactly to the total
            // end-snippet
            Assert.Equal(8837, split.CreditsOf(japan.Name));
            Assert.Equal(8836, split.CreditsOf(owner.Name));

            // begin-snippet: transfer
            IClock clock = SystemClock.Instance;   // inject your own clock; tests use NodaTime.Testing.FakeClock
            var kaz = Article6Registry.Create(Ledger.Create(RegistryId.Parse("KAZ01"), ActorId.Create("KAZ01 administrator"), clock),
                DateTimeZoneProviders.Tzdb["Asia/Almaty"]);
            var jpn = Article6Registry.Create(Ledger.Create(RegistryId.Parse("JPN01"), ActorId.Create("JPN01 administrator"), clock),
                DateTimeZoneProviders.Tzdb["Asia/Tokyo"]);
            var jcm = CooperativeApproach.Create(CooperativeApproachId.Parse("CA0028"), "JCM Japan–Kazakhstan", [Country.Japan, kazakhstan]);
            kaz.RegisterApproach(jcm);
            jpn.RegisterApproach(jcm);

            ActorId kazAdmin = kaz.Ledger.Administrator;
            ActorId governmentOfJapan = ActorId.Create("Government of Japan");
            AccountId pending = AccountId.Create(kaz.Ledger.Registry, 1);
            AccountId japanHolding = AccountId.Create(jpn.Ledger.Registry, 1);
            AccountId japanNdc = AccountId.Create(jpn.Ledger.Registry, 2);
            kaz.Ledger.OpenAccount(OperationId.Create("open-1"), kazAdmin, Account.Create(pending, kazAdmin, AccountType.Pending));
            jpn.Ledger.OpenAccount(OperationId.Create("open-1"), jpn.Ledger.Administrator,
                Account.Create(japanHolding, governmentOfJapan, AccountType.GovernmentHolding));
            jpn.Ledger.OpenAccount(OperationId.Create("open-2"), jpn.Ledger.Administrator,
                Account.Create(japanNdc, governmentOfJapan, AccountType.Retirement));

            VintageIssuance vintage = issuance.Vintages[0];
            kaz.Ledger.Issue(OperationId.Create("issue-1"), kazAdmin, pending,
                [CreditBlock.Create(vintage.Block, CreditAttributes.Create(kaz.Ledger.Registry, project.Id, vintage.Year))]);
            var japanShare = CreditSelection.Exactly(SerialRange.Create(kaz.Ledger.Registry, project.Id, vintage.Parts[0].Block!.Value));
            var authorization = Authorization.Create(AuthorizationId.Create("KAZ-2026-001"), jcm.Id, kazakhstan, new LocalDate(2026, 4, 1),
                370, 2025, 2025, AuthorizedPurpose.Ndc, FirstTransferDefinition.InternationalTransfer);
            kaz.RegisterAuthorization(authorization);
            kaz.Authorize(OperationId.Create("authorize-1"), kazAdmin, authorization.Id, pending, japanShare);
            kaz.TransferInternationally(OperationId.Create("itmo-1"), kazAdmin, pending, jpn, japanHolding, japanShare);   // the first transfer
            jpn.Use(OperationId.Create("use-1"), governmentOfJapan, japanHolding, japanNdc, CreditSelection.ByQuantity(370), UsePurpose.Ndc, 2026);

            Console.WriteLine(jpn.Ledger.Current.GetBalance(japanNdc));   // 370 ITMOs used toward Japan's NDC
            Console.WriteLine(kaz.Ledger.Current.GetBalance(pending));    // 370 JCM credits left in Kazakhstan's registry
            // end-snippet
            Assert.Equal(370, jpn.Ledger.Current.GetBalance(japanNdc));
            Assert.Equal(370, kaz.Ledger.Current.GetBalance(pending));

            // begin-snippet: report
            int year = kaz.Ledger.Current.LastEventInstant.InUtc().Year;
            Console.Write(AefExport.ToCsv(AefTables.Actions(kaz, year)));   // AEF Actions: the Authorization and First transfer rows
            CorrespondingAdjustmentResult japanAdjustments = CorrespondingAdjustments.Calculate(jpn.Actions, Country.Japan,
                AdjustmentMethod.SingleYearTrajectory, NdcPeriod.Create(2021, 2030), 0, MidpointRounding.ToEven);
            Console.WriteLine(japanAdjustments.Years.Single(y => y.Year == 2026).Subtracted);   // 370 tCO2e subtracted by Japan for 2026

            string history = LedgerJsonLines.ToJsonLines(kaz.Ledger.Current.Events);                // hash-chained JSON Lines
            Console.WriteLine(HashChain.Verify(LedgerJsonLines.FromJsonLines(history)).Message);    // All 6 events are intact and linked
            // end-snippet
            Assert.Contains(",First transfer,First transfer to another Party,KAZ,JPN,", captured.ToString());
            Assert.Equal(Co2e.FromTonnes(370), japanAdjustments.Years.Single(y => y.Year == 2026).Subtracted);
            Assert.Contains("All 6 events are intact and linked", captured.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
