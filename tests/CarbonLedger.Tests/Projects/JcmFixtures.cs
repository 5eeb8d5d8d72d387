using CarbonLedger.Allocation;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using NodaTime;

namespace CarbonLedger.Tests.Projects;

/// <summary>
/// Projects used across tests. Ids, dates and names other than the published allocation figures are
/// illustrative.
/// </summary>
internal static class JcmFixtures
{
    internal static readonly Country Kazakhstan = Country.FromAlpha3("KAZ");
    internal static readonly Country Indonesia = Country.FromAlpha3("IDN");
    internal static readonly JcmPartnership JapanKazakhstan = JcmPartnership.Create(Kazakhstan, new LocalDate(2024, 1, 15));
    internal static readonly JcmPartnership JapanIndonesia = JcmPartnership.Create(Indonesia, new LocalDate(2013, 8, 26));
    internal static readonly ProjectParticipant GovernmentOfJapan = ProjectParticipant.GovernmentOf(Country.Japan);
    internal static readonly ProjectParticipant Participants = ProjectParticipant.Entity("Project participants", Country.Japan);
    internal static readonly DateInterval TenYears = new(new LocalDate(2024, 1, 1), new LocalDate(2033, 12, 31));

    /// <summary>KZ001: the Government of Japan gets 1/2 rounded up, the participants 1/2; MOEJ subsidised 1/2.</summary>
    internal static Project HalfAndHalf() => Project.Create(
        ProjectId.Parse("KZ001"), JapanKazakhstan, "KZ_AM001", TenYears,
        AllocationAgreement.Create(
            AllocationRule.Create(
                AllocationEntry.Recipient(GovernmentOfJapan.Name, Share.FromFraction(1, 2)).WithRoundUp(),
                AllocationEntry.Recipient(Participants.Name, Share.FromFraction(1, 2))),
            [GovernmentOfJapan, Participants]),
        [FinancialSupport.Create("MOEJ", SupportInstrument.Subsidy, Money.Of(150_000_000m, Currency.Jpy), Share.FromFraction(1, 2))]);

    /// <summary>An Indonesian project split like the first JCM issuance: Japan side 31/40, Indonesia side 9/40.</summary>
    internal static Project FirstIssuanceSplit() => Project.Create(
        ProjectId.Parse("ID900"), JapanIndonesia, "ID_AM004", new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2024, 12, 31)),
        AllocationAgreement.Create(
            AllocationRule.Create(
                AllocationEntry.Group("Japan side", Share.FromFraction(31, 40), AllocationRule.Create(
                    AllocationEntry.Recipient("Government of Japan", Share.FromFraction(27, 31)),
                    AllocationEntry.Recipient("Mayekawa", Share.FromFraction(4, 31)))),
                AllocationEntry.Group("Indonesia side", Share.FromFraction(9, 40), AllocationRule.Create(
                    AllocationEntry.Recipient("Government of Indonesia", Share.FromFraction(5, 9)),
                    AllocationEntry.Recipient("PT Adib", Share.FromFraction(4, 9))))),
            [
                GovernmentOfJapan,
                ProjectParticipant.Entity("Mayekawa", Country.Japan),
                ProjectParticipant.GovernmentOf(Indonesia),
                ProjectParticipant.Entity("PT Adib", Indonesia),
            ]),
        []);
}
