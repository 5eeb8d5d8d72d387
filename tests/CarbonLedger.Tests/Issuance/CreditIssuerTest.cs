using System;
using System.Linq;
using CarbonLedger.Issuance;
using CarbonLedger.Projects;
using CarbonLedger.Serials;
using NodaTime;
using Xunit;
using static CarbonLedger.Tests.Projects.JcmFixtures;

namespace CarbonLedger.Tests.Issuance;

public partial class CreditIssuerTest
{
    private static readonly ProjectId Kz001 = ProjectId.Parse("KZ001");
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

    private static JointCommitteeDecision DecisionFor(ProjectId project, DateInterval period, string reference = "JC-TEST-1") =>
        JointCommitteeDecision.Create(project, period, period.End.PlusDays(60), reference);

    private static CreditIssuer IssuerWith(Project project)
    {
        var issuer = new CreditIssuer();
        issuer.Register(project);
        return issuer;
    }

    [Fact]
    public void Issue_17673AtOneHalf_JapanRoundedUpWithSerials()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());

        CreditIssuance issuance = issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 17_673), DecisionFor(Kz001, Year2025), DeductionSchedule.None);

        VintageIssuance vintage = Assert.Single(issuance.Vintages);
        Assert.True(vintage.Vintage.IsCalendarYear);
        Assert.Equal(SerialBlock.FromRange(1, 17_673), vintage.Block);
        Assert.Equal(8_837, issuance.CreditsOf("Government of Japan"));
        Assert.Equal(8_836, issuance.CreditsOf("Project participants"));
        Assert.Equal("JCM-JPN01-KZ001-2025-1-1-8837", vintage.Parts[0].SerialNumber!.ToString());
        Assert.Equal("JCM-JPN01-KZ001-2025-1-8838-17673", vintage.Parts[1].SerialNumber!.ToString());
        Assert.Empty(vintage.Deductions);
        Assert.Equal(1, issuance.BatchNumber);
        Assert.Equal(17_674, issuer.NextSerialOf(Kz001));
    }

    [Fact]
    public void Issue_FirstJcmIssuance40_TwoSidesIntoTheirOwnRegistries()
    {
        Project project = FirstIssuanceSplit();
        CreditIssuer issuer = IssuerWith(project);
        var period = new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31));

        CreditIssuance issuance = issuer.Issue(project.Id, period, VintageCredits.Of(2015, 40), DecisionFor(project.Id, period), DeductionSchedule.None);

        Assert.Equal(
            [
                "Government of Japan: 27 JCM-JPN01-ID900-2015-1-1-27",
                "Mayekawa: 4 JCM-JPN01-ID900-2015-1-28-31",
                "Government of Indonesia: 5 JCM-IDN01-ID900-2015-1-32-36",
                "PT Adib: 4 JCM-IDN01-ID900-2015-1-37-40",
            ],
            issuance.Lots.Select(l => l.ToString()));
        Assert.Equal("Japan side", issuance.Lots[1].Group);
        Assert.Equal(31, issuance.Lots.Where(l => l.Group == "Japan side").Sum(l => l.Credits));
        Assert.Equal(9, issuance.Lots.Where(l => l.Group == "Indonesia side").Sum(l => l.Credits));
    }

    [Fact]
    public void Issue_MultiYearPeriod_AllocatedPerVintageWithDatedVintages()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        var period = new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2025, 6, 30));
        VintageCredits credits = VintageCredits.Create([new(2024, 5_001), new(2025, 12_672)]);

        CreditIssuance issuance = issuer.Issue(Kz001, period, credits, DecisionFor(Kz001, period), DeductionSchedule.None);

        Assert.Equal(
            [
                "Government of Japan: 2501 JCM-JPN01-KZ001-20240701_20241231-1-1-2501",
                "Project participants: 2500 JCM-JPN01-KZ001-20240701_20241231-1-2502-5001",
                "Government of Japan: 6336 JCM-JPN01-KZ001-20250101_20250630-1-5002-11337",
                "Project participants: 6336 JCM-JPN01-KZ001-20250101_20250630-1-11338-17673",
            ],
            issuance.Lots.Select(l => l.ToString()));
        Assert.Equal(8_837, issuance.CreditsOf("Government of Japan"));
        Assert.Equal(8_836, issuance.CreditsOf("Project participants"));
        Assert.Equal(17_673, issuance.Gross);
    }

    [Fact]
    public void Issue_Article64Deductions_BeforeAllocationWithSerials()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        DeductionSchedule article64 = DeductionSchedule.Article64(MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity);

        CreditIssuance issuance = issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 17_673), DecisionFor(Kz001, Year2025), article64);

        Assert.Equal(
            [
                "Adaptation Fund: 883 JCM-KAZ01-KZ001-2025-1-1-883",
                "OMGE cancellation: 354 JCM-KAZ01-KZ001-2025-1-884-1237",
                "Government of Japan: 8218 JCM-JPN01-KZ001-2025-1-1238-9455",
                "Project participants: 8218 JCM-JPN01-KZ001-2025-1-9456-17673",
            ],
            issuance.Lots.Select(l => l.ToString()));
        Assert.Equal(883, issuance.DeductedFor(DeductionKind.ShareOfProceeds));
        Assert.Equal(354, issuance.DeductedFor(DeductionKind.OverallMitigation));
        Assert.Equal(16_436, issuance.Net);
        Assert.Equal(issuance.Gross, issuance.Net + issuance.Vintages[0].Deductions.Sum(d => d.Credits));
    }

    [Fact]
    public void Issue_EverythingDeducted_PartsHaveNoBlock()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        DeductionSchedule ceilings = DeductionSchedule.Article64(MidpointRounding.ToPositiveInfinity, MidpointRounding.ToPositiveInfinity);

        CreditIssuance issuance = issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 1), DecisionFor(Kz001, Year2025), ceilings);

        Assert.Equal(0, issuance.Net);
        Assert.All(issuance.Vintages[0].Parts, p => Assert.Null(p.Block));
        Assert.Null(issuance.Vintages[0].Deductions[1].SerialNumber);
        Assert.Equal(SerialBlock.FromRange(1, 1), issuance.Vintages[0].Deductions[0].Block);
    }

    [Fact]
    public void Issue_SecondPeriod_SerialsContinueAndBatchIncrements()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 17_673), DecisionFor(Kz001, Year2025), DeductionSchedule.None);
        var year2026 = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        CreditIssuance second = issuer.Issue(Kz001, year2026, VintageCredits.Of(2026, 101), DecisionFor(Kz001, year2026), DeductionSchedule.None);

        Assert.Equal(2, second.BatchNumber);
        Assert.Equal("JCM-JPN01-KZ001-2026-2-17674-17724", second.Lots[0].SerialNumber!.ToString());
        Assert.Equal("JCM-JPN01-KZ001-2026-2-17725-17774", second.Lots[1].SerialNumber!.ToString());
        Assert.Equal(2, issuer.IssuancesOf(Kz001).Count);
    }

    [Fact]
    public void Issue_SamePeriodAndVintageTwice_RefusedAndNothingChanges()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 17_673), DecisionFor(Kz001, Year2025), DeductionSchedule.None);

        var ex = Assert.Throws<DoubleIssuanceException>(() =>
            issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 17_673), DecisionFor(Kz001, Year2025, "JC-TEST-2"), DeductionSchedule.None));

        Assert.Contains("KZ001", ex.Message, StringComparison.Ordinal);
        Assert.Contains("vintage 2025", ex.Message, StringComparison.Ordinal);
        Assert.Contains("batch 1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Kz001, ex.Project);
        Assert.Equal(2025, ex.Vintage);
        Assert.IsAssignableFrom<InvalidOperationException>(ex);
        Assert.Equal(17_674, issuer.NextSerialOf(Kz001));
        Assert.Single(issuer.IssuancesOf(Kz001));
    }

    [Fact]
    public void Issue_OverlappingPeriodSharingVintage_Refused()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 100), DecisionFor(Kz001, Year2025), DeductionSchedule.None);
        var overlapping = new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2026, 5, 31));

        Assert.Throws<DoubleIssuanceException>(() => issuer.Issue(Kz001, overlapping,
            VintageCredits.Create([new(2025, 10), new(2026, 50)]), DecisionFor(Kz001, overlapping), DeductionSchedule.None));
    }

    [Fact]
    public void Register_WithHistory_SerialsAndBatchContinue()
    {
        CreditIssuer first = IssuerWith(HalfAndHalf());
        CreditIssuance issued = first.Issue(Kz001, Year2025, VintageCredits.Of(2025, 17_673), DecisionFor(Kz001, Year2025), DeductionSchedule.None);
        var resumed = new CreditIssuer();
        resumed.Register(HalfAndHalf(), [issued]);

        Assert.Equal(17_674, resumed.NextSerialOf(Kz001));
        Assert.Throws<DoubleIssuanceException>(() =>
            resumed.Issue(Kz001, Year2025, VintageCredits.Of(2025, 1), DecisionFor(Kz001, Year2025), DeductionSchedule.None));
        Assert.Throws<ArgumentException>(() => resumed.Register(HalfAndHalf()));
        Assert.Equal([Kz001], resumed.Projects);
    }
}
