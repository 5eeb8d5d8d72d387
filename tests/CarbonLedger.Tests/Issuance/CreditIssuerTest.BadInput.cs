using System;
using CarbonLedger.Issuance;
using CarbonLedger.Projects;
using NodaTime;
using Xunit;
using static CarbonLedger.Tests.Projects.JcmFixtures;

namespace CarbonLedger.Tests.Issuance;

public partial class CreditIssuerTest
{
    private static void AssertRefusedAndUnchanged(CreditIssuer issuer, string param, string rule, Action issue)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(issue);
        Assert.Equal(param, ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, issuer.NextSerialOf(Kz001));
        Assert.Empty(issuer.IssuancesOf(Kz001));
    }

    [Fact]
    public void Issue_ZeroTotal_Refused()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        AssertRefusedAndUnchanged(issuer, "credits", "needs at least 1 credit", () =>
            issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 0), DecisionFor(Kz001, Year2025), DeductionSchedule.None));
    }

    [Fact]
    public void Issue_VintageOutsidePeriod_Refused()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        AssertRefusedAndUnchanged(issuer, "credits", "Vintage 2026 lies outside", () =>
            issuer.Issue(Kz001, Year2025, VintageCredits.Of(2026, 5), DecisionFor(Kz001, Year2025), DeductionSchedule.None));
    }

    [Fact]
    public void Issue_PeriodOutsideCreditingPeriod_Refused()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        var late = new DateInterval(new LocalDate(2033, 7, 1), new LocalDate(2034, 6, 30));
        AssertRefusedAndUnchanged(issuer, "monitoringPeriod", "must lie within the crediting period", () =>
            issuer.Issue(Kz001, late, VintageCredits.Of(2034, 5), DecisionFor(Kz001, late), DeductionSchedule.None));
    }

    [Fact]
    public void Issue_DecisionForAnotherPeriodOrProject_Refused()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        var other = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30));
        AssertRefusedAndUnchanged(issuer, "decision", "The decision is for monitoring period", () =>
            issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 5), DecisionFor(Kz001, other), DeductionSchedule.None));
        AssertRefusedAndUnchanged(issuer, "decision", "The decision is for project KZ002", () =>
            issuer.Issue(Kz001, Year2025, VintageCredits.Of(2025, 5), DecisionFor(ProjectId.Parse("KZ002"), Year2025), DeductionSchedule.None));
    }

    [Fact]
    public void Issue_UnregisteredProject_Refused()
    {
        CreditIssuer issuer = IssuerWith(HalfAndHalf());
        var kz009 = ProjectId.Parse("KZ009");
        AssertRefusedAndUnchanged(issuer, "project", "Project KZ009 is not registered", () =>
            issuer.Issue(kz009, Year2025, VintageCredits.Of(2025, 5), DecisionFor(kz009, Year2025), DeductionSchedule.None));
    }

    [Fact]
    public void DecisionCreate_BeforePeriodEnds_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => JointCommitteeDecision.Create(Kz001, Year2025, new LocalDate(2025, 12, 31), "JC-1"));
        Assert.Equal("decidedOn", ex.ParamName);
        Assert.Equal("reference", Assert.Throws<ArgumentException>(() => JointCommitteeDecision.Create(Kz001, Year2025, new LocalDate(2026, 2, 1), " ")).ParamName);
    }

    [Fact]
    public void VintageCredits_BadInput_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VintageCredits.Of(2025, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VintageCredits.Of(999, 1));
        Assert.Throws<ArgumentException>(() => VintageCredits.Create([new(2025, 1), new(2025, 2)]));
        Assert.Throws<ArgumentException>(() => VintageCredits.Create([]));
        Assert.Equal("{2024: 5, 2025: 0}", VintageCredits.Create([new(2025, 0), new(2024, 5)]).ToString());
    }
}
