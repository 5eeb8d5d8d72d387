using CarbonLedger.Allocation;
using CarbonLedger.Parties;
using NodaTime;

namespace CarbonLedger.Cli.Scenario;

/// <summary>
/// Every input of the Japan–Kazakhstan scenario in one place, each with where it comes from. Figures from the seed
/// article (Kazakhstan the 28th JCM partner; JICA budget about USD 500 million across sectors, about USD 200 million
/// for infrastructure) are facts of the story; everything else is an ILLUSTRATIVE assumption made for the
/// demonstration and is labelled so wherever it is printed.
/// </summary>
internal static class ScenarioInputs
{
    /// <summary>The label printed next to every illustrative input.</summary>
    public const string Illustrative = "ILLUSTRATIVE";

    /// <summary>Kazakhstan's rank among JCM partner countries (seed article).</summary>
    public const int PartnerRank = 28;

    /// <summary>The signing date used for the partnership; the seed article gives none.</summary>
    public static readonly LocalDate SigningDate = new(2024, 1, 15);

    public const string ProjectId = "KZ001";
    public const string MethodologyId = "KZ_PM001";
    public const string MethodologyTitle = "Solar PV system (ILLUSTRATIVE proposed methodology modelled on MN_AM003 Ver2.0)";
    public const string SiteId = "KZ001-PV-1";
    public const string TimeZone = "Asia/Almaty";
    public const string Parameter = "EG_1";
    public const string SystemName = "10 MW solar PV plant near Almaty";

    /// <summary>The plant's AC capacity in kW (illustrative).</summary>
    public const decimal CapacityKilowatts = 10_000m;

    /// <summary>The monitoring period: one year, spanning two vintages.</summary>
    public static readonly LocalDate PeriodStart = new(2025, 7, 1);

    public static readonly LocalDate PeriodEnd = new(2026, 6, 30);

    public static readonly LocalDate CreditingStart = new(2025, 7, 1);

    public static readonly LocalDate CreditingEnd = new(2034, 12, 31);

    /// <summary>The seed of the deterministic reading generator.</summary>
    public const ulong ReadingSeed = 20250701;

    /// <summary>The grid emission factor, tCO2/MWh: an assumption, never an official figure.</summary>
    public const decimal GridEmissionFactor = 0.600m;

    public const string GridName = "Kazakhstan unified power system";

    public const string GridFactorSource =
        "ILLUSTRATIVE ASSUMPTION for this demonstration only: no JCM grid emission factor is published for Kazakhstan; not an official figure";

    /// <summary>The meter's maximum permissible error (illustrative), applied against the project.</summary>
    public const decimal MeterAccuracy = 0.005m;

    public const string MeterSource = "revenue meter at the plant's grid connection, 15-minute readings (ILLUSTRATIVE generated data)";

    public const string JapaneseParticipant = "Japanese technology provider (ILLUSTRATIVE)";
    public const string KazakhParticipant = "Kazakh project owner (ILLUSTRATIVE)";

    /// <summary>The shares of the allocation agreement (illustrative), with the Government of Japan's share equal to the financial support.</summary>
    public static readonly Share JapanShare = Share.FromFraction(1, 2);

    public static readonly Share JapaneseParticipantShare = Share.FromFraction(1, 10);

    public static readonly Share KazakhstanShare = Share.FromFraction(1, 5);

    public static readonly Share KazakhParticipantShare = Share.FromFraction(1, 5);

    /// <summary>Japan's financial support (illustrative): a subsidy covering half of the initial investment.</summary>
    public const decimal SupportUsd = 5_000_000m;

    public static readonly Share SupportShareOfInvestment = Share.FromFraction(1, 2);

    public const string SupportFunder = "Government of Japan, JCM financing programme (ILLUSTRATIVE amount)";

    public const string DecisionReference = "JC-KZ-2026-01 (ILLUSTRATIVE)";

    public static readonly LocalDate DecisionDate = new(2026, 9, 15);

    /// <summary>JICA's budget in Kazakhstan across sectors, USD (seed article: about 500 million).</summary>
    public const decimal JicaBudgetUsd = 500_000_000m;

    /// <summary>JICA's infrastructure budget in Kazakhstan, USD (seed article: about 200 million).</summary>
    public const decimal JicaInfrastructureUsd = 200_000_000m;

    /// <summary>The cooperative approach's id under Article 6.2 (illustrative number).</summary>
    public const string CooperativeApproachId = "CA0028";

    public const string CooperativeApproachName = "Joint Crediting Mechanism Japan–Kazakhstan (ILLUSTRATIVE id)";

    public const string AuthorizationId = "KAZ-JCM-2026-001";

    public static readonly LocalDate AuthorizationDate = new(2026, 10, 1);

    /// <summary>The AEF submissions' contact, version and date (ILLUSTRATIVE: a focal point supplies its own).</summary>
    public const string SubmissionContact = "Article 6 focal point (ILLUSTRATIVE)";

    public const string SubmissionEmail = "article6@focal-point.example";

    public static readonly LocalDate SubmissionDate = new(2027, 4, 1);

    /// <summary>The NDC period over which the corresponding adjustments are shown (single-year NDC with a trajectory, annual).</summary>
    public const int NdcFirstYear = 2021;

    public const int NdcLastYear = 2030;

    /// <summary>The year in which Japan uses the ITMOs toward its NDC.</summary>
    public const int YearOfUse = 2026;

    /// <summary>The fixed instants of the registry operations (the tool never reads the machine's clock).</summary>
    public static readonly Instant RegistriesOpened = Instant.FromUtc(2026, 9, 1, 0, 0);

    public static readonly Instant Issued = Instant.FromUtc(2026, 9, 21, 3, 0);

    public static readonly Instant Distributed = Instant.FromUtc(2026, 9, 22, 3, 0);

    public static readonly Instant Authorized = Instant.FromUtc(2026, 10, 1, 3, 0);

    public static readonly Instant Transferred = Instant.FromUtc(2026, 10, 15, 3, 0);

    public static readonly Instant Retired = Instant.FromUtc(2026, 12, 10, 3, 0);

    public static Country Kazakhstan => Country.FromAlpha3("KAZ");
}
