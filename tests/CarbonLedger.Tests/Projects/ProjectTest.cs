using System;
using CarbonLedger.Allocation;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Tests.Contracts;
using Xunit;
using static CarbonLedger.Tests.Projects.JcmFixtures;

namespace CarbonLedger.Tests.Projects;

public class ProjectTest
{
    private static AllocationAgreement JapanGets(Share japanShare) => AllocationAgreement.Create(
        AllocationRule.Create(
            AllocationEntry.Recipient(GovernmentOfJapan.Name, japanShare),
            AllocationEntry.Recipient(Participants.Name, Share.One - japanShare)),
        [GovernmentOfJapan, Participants]);

    private static FinancialSupport Subsidy(Share share) =>
        FinancialSupport.Create("MOEJ", SupportInstrument.Subsidy, Money.Of(150_000_000m, Currency.Jpy), share);

    [Fact]
    public void Create_HalfSubsidyHalfToJapan_Valid()
    {
        Project project = HalfAndHalf();

        Assert.Equal(Share.FromFraction(1, 2), project.SupportRatio);
        Assert.Equal(Share.FromFraction(1, 2), project.Agreement.GovernmentOfJapanShare);
        Assert.Same(Kazakhstan, project.Host);
        Assert.Equal("Project participants", Assert.Single(project.Participants).Name);
        Assert.Equal("KZ001 (KZ_AM001)", project.ToString());
    }

    [Fact]
    public void Create_SupportRatioAboveJapanShare_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Project.Create(
            ProjectId.Parse("KZ001"), JapanKazakhstan, "KZ_AM001", TenYears, JapanGets(Share.FromFraction(2, 5)), [Subsidy(Share.FromFraction(1, 2))]));

        Assert.Equal("agreement", ex.ParamName);
        Assert.Contains("receives 2/5 of the credits", ex.Message, StringComparison.Ordinal);
        Assert.Contains("covers 1/2 of the initial investment", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LoanOnly_DoesNotObligeJapanShare()
    {
        var loan = FinancialSupport.Create("JICA", SupportInstrument.Loan, Money.Of(2_000_000m, Currency.Usd), Share.FromFraction(4, 5));

        Project project = Project.Create(ProjectId.Parse("KZ002"), JapanKazakhstan, "KZ_PM002", TenYears, JapanGets(Share.FromFraction(1, 10)), [loan]);

        Assert.Equal(Share.Zero, project.SupportRatio);
    }

    [Fact]
    public void Create_SubsidyPlusGrant_RatiosAdd()
    {
        var grant = FinancialSupport.Create("JICA", SupportInstrument.Grant, Money.Of(100_000m, Currency.Usd), Share.FromFraction(1, 10));
        var ex = Assert.Throws<ArgumentException>(() => Project.Create(
            ProjectId.Parse("KZ001"), JapanKazakhstan, "KZ_AM001", TenYears, JapanGets(Share.FromFraction(1, 2)), [Subsidy(Share.FromFraction(1, 2)), grant]));
        Assert.Contains("covers 3/5", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ID001", "KZ_AM001", "id")]
    [InlineData("KZ001", "ID_AM001", "methodology")]
    [InlineData("KZ001", "KZ_XM001", "methodology")]
    [InlineData("KZ001", "KZ_AM01", "methodology")]
    public void Create_CodesNotOfHost_Throw(string id, string methodology, string param)
    {
        var ex = Assert.Throws<ArgumentException>(() => Project.Create(
            ProjectId.Parse(id), JapanKazakhstan, methodology, TenYears, JapanGets(Share.FromFraction(1, 2)), []));
        Assert.Equal(param, ex.ParamName);
    }

    [Fact]
    public void Create_RecipientFromThirdCountry_Throws()
    {
        var stranger = ProjectParticipant.Entity("Stranger", Indonesia);
        AllocationAgreement agreement = AllocationAgreement.Create(
            AllocationRule.Create(AllocationEntry.Recipient("Stranger", Share.One)), [stranger]);

        var ex = Assert.Throws<ArgumentException>(() => Project.Create(ProjectId.Parse("KZ001"), JapanKazakhstan, "KZ_AM001", TenYears, agreement, []));
        Assert.Contains("Stranger (IDN)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgreementCreate_MismatchedParticipants_Throws()
    {
        AllocationRule rule = AllocationRule.Create(
            AllocationEntry.Recipient(GovernmentOfJapan.Name, Share.FromFraction(1, 2)),
            AllocationEntry.Recipient(Participants.Name, Share.FromFraction(1, 2)));

        Assert.Contains("has no participant", Assert.Throws<ArgumentException>(() => AllocationAgreement.Create(rule, [GovernmentOfJapan])).Message, StringComparison.Ordinal);
        Assert.Contains("appears more than once", Assert.Throws<ArgumentException>(() =>
            AllocationAgreement.Create(rule, [GovernmentOfJapan, GovernmentOfJapan, Participants])).Message, StringComparison.Ordinal);
        Assert.Contains("is not a recipient", Assert.Throws<ArgumentException>(() =>
            AllocationAgreement.Create(rule, [GovernmentOfJapan, Participants, ProjectParticipant.Entity("Extra", Country.Japan)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CostEffectiveness_PerTonne_ExactFractionRoundedOnRequest()
    {
        CostEffectiveness figure = Assert.Single(HalfAndHalf().CostEffectiveness(17_673, CostEffectivenessBasis.Issued));

        Assert.Equal(Money.Of(150_000_000m, Currency.Jpy), figure.Support);
        Assert.Equal(17_673, figure.Tonnes);
        Assert.Equal(8_487.52m, figure.PerTonne(2, MidpointRounding.ToEven));
        Assert.Equal(8_487m, figure.PerTonne(0, MidpointRounding.ToNegativeInfinity));
        Assert.Equal(8_488m, figure.PerTonne(0, MidpointRounding.ToPositiveInfinity));
        Assert.False(figure.IsExactInMinorUnits);
        Assert.Equal("150000000 JPY / 17673 tCO2e (issued)", figure.ToString());
    }

    [Fact]
    public void CostEffectiveness_TwoCurrencies_OneFigureEach()
    {
        var loan = FinancialSupport.Create("JICA", SupportInstrument.Loan, Money.Of(1_000_000.50m, Currency.Usd), Share.FromFraction(1, 10));
        Project project = Project.Create(ProjectId.Parse("KZ001"), JapanKazakhstan, "KZ_AM001", TenYears, JapanGets(Share.FromFraction(1, 2)),
            [Subsidy(Share.FromFraction(1, 4)), Subsidy(Share.FromFraction(1, 4)), loan]);

        var figures = project.CostEffectiveness(1_000, CostEffectivenessBasis.Expected);

        Assert.Equal(2, figures.Count);
        Assert.Equal(Money.Of(300_000_000m, Currency.Jpy), figures[0].Support);
        Assert.Equal(300_000m, figures[0].PerTonne(0, MidpointRounding.ToZero));
        Assert.True(figures[0].IsExactInMinorUnits);
        Assert.Equal(1_000.0005m, figures[1].PerTonne(4, MidpointRounding.ToZero));
        Assert.Equal(1_000.00m, figures[1].PerTonne(2, MidpointRounding.ToEven));
        Assert.Equal(1_000.01m, figures[1].PerTonne(2, MidpointRounding.ToPositiveInfinity));
        Assert.Equal(1_000.001m, figures[1].PerTonne(3, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Money_TooManyDecimalsOrUnknownCurrency_Throws()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => Money.Of(1.5m, Currency.Jpy)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Currency.FromCode("ABC")).ParamName);
        Assert.Equal(3, Currency.FromCode("kwd").MinorUnits);
        Assert.Equal("KZT", Currency.FromCode("KZT").Code);
        Assert.Equal(Money.Of(1.50m, Currency.Usd), Money.Of(1.5m, Currency.Usd));
        Assert.Throws<ArgumentException>(() => Money.Of(1m, Currency.Usd).Plus(Money.Of(1m, Currency.Jpy)));
        Assert.Throws<ArgumentException>(() => FinancialSupport.Create("MOEJ", SupportInstrument.Subsidy, Money.Of(0m, Currency.Jpy), Share.One));
        Assert.Throws<ArgumentException>(() => FinancialSupport.Create("MOEJ", SupportInstrument.Subsidy, Money.Of(1m, Currency.Jpy), Share.FromFraction(3, 2)));
    }

    [Fact]
    public void Contract_MoneyCurrencyCostEffectiveness()
    {
        ValueContract.AssertEquality(Currency.FromCode("jpy"), Currency.Jpy, Currency.Usd, default);
        ValueContract.AssertEquality(Money.Of(1.5m, Currency.Usd), Money.Of(1.50m, Currency.Usd), Money.Of(1.5m, Currency.FromCode("EUR")), Money.Of(2m, Currency.Usd));
        ValueContract.AssertEquality(
            CostEffectiveness.Create(Money.Of(10m, Currency.Jpy), 3, CostEffectivenessBasis.Issued),
            CostEffectiveness.Create(Money.Of(10m, Currency.Jpy), 3, CostEffectivenessBasis.Issued),
            CostEffectiveness.Create(Money.Of(10m, Currency.Jpy), 3, CostEffectivenessBasis.Expected),
            CostEffectiveness.Create(Money.Of(10m, Currency.Jpy), 4, CostEffectivenessBasis.Issued));
    }
}
