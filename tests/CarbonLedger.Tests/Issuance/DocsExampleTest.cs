using System;
using CarbonLedger.Allocation;
using CarbonLedger.Issuance;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Serials;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Issuance;

/// <summary>The code of docs/issuance.md, compiled and run; keep the two in step.</summary>
public class DocsExampleTest
{
    [Fact]
    public void DocsExample_IssueOneYear_ReadsAsDocumented()
    {
        // --- docs/issuance.md: begin ---
        Country kazakhstan = Country.FromCode("KAZ");                    // or "KZ"
        var partnership = JcmPartnership.Create(kazakhstan, new LocalDate(2024, 1, 15));
        var japan = ProjectParticipant.GovernmentOf(Country.Japan);
        var developer = ProjectParticipant.Entity("Example Solar LLP", kazakhstan);

        var rule = AllocationRule.Create(
            AllocationEntry.Recipient(japan.Name, Share.FromFraction(1, 2)).WithRoundUp(),
            AllocationEntry.Recipient(developer.Name, Share.FromFraction(1, 2)));
        var subsidy = FinancialSupport.Create("MOEJ", SupportInstrument.Subsidy,
            Money.Of(150_000_000m, Currency.FromCode("JPY")), Share.FromFraction(1, 2));
        var project = Project.Create(ProjectId.Parse("KZ001"), partnership, "KZ_AM001",
            new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2034, 12, 31)),
            AllocationAgreement.Create(rule, [japan, developer]), [subsidy]);

        var issuer = new CreditIssuer();
        issuer.Register(project);
        var period = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        var decision = JointCommitteeDecision.Create(project.Id, period, new LocalDate(2026, 3, 16), "JC-KZ-2026-01");

        CreditIssuance issuance = issuer.Issue(project.Id, period, VintageCredits.Of(2025, 17_673), decision,
            DeductionSchedule.Article64(MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity));

        foreach (IssuedLot lot in issuance.Lots)
        {
            Console.WriteLine(lot);
        }
        // Adaptation Fund: 883 JCM-KAZ01-KZ001-2025-1-1-883
        // OMGE cancellation: 354 JCM-KAZ01-KZ001-2025-1-884-1237
        // Government of Japan: 8218 JCM-JPN01-KZ001-2025-1-1238-9455
        // Example Solar LLP: 8218 JCM-KAZ01-KZ001-2025-1-9456-17673
        // --- docs/issuance.md: end ---

        Assert.Equal(
            [
                "Adaptation Fund: 883 JCM-KAZ01-KZ001-2025-1-1-883",
                "OMGE cancellation: 354 JCM-KAZ01-KZ001-2025-1-884-1237",
                "Government of Japan: 8218 JCM-JPN01-KZ001-2025-1-1238-9455",
                "Example Solar LLP: 8218 JCM-KAZ01-KZ001-2025-1-9456-17673",
            ],
            Array.ConvertAll([.. issuance.Lots], l => l.ToString()));
        Assert.Equal(100, CreditSerialNumber.Parse("0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1").Count);
    }
}
