using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Cli.History;
using CarbonLedger.Issuance;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using NodaTime;
using I = CarbonLedger.Cli.Scenario.ScenarioInputs;

namespace CarbonLedger.Cli.Scenario;

/// <summary>
/// The Japan–Kazakhstan JCM scenario end to end, with the library only: partnership, project, a year of readings,
/// quantification, issuance per vintage with serials, allocation, the two Parties' registries, the international
/// transfer of Japan's share as ITMOs, its use toward Japan's NDC, and the corresponding adjustments. Pure: the same
/// run every time (fixed instants, seeded readings).
/// </summary>
/// <remarks>
/// The host Party's registry (KAZ01) issues every lot of the Joint Committee's decision; the Kazakh side's lots are
/// then transferred within KAZ01 and the Japanese side's lots are transferred internationally to Japan's registry
/// (JPN01). The Government of Japan's lots are authorised for use toward NDCs, so their international transfer is
/// their first transfer as ITMOs.
/// </remarks>
internal static class JapanKazakhstanScenario
{
    public static readonly RegistryId KazakhstanRegistry = RegistryId.Parse("KAZ01");
    public static readonly RegistryId JapanRegistry = RegistryId.Parse("JPN01");
    public static readonly ActorId KazakhstanAdministrator = ActorId.Create("KAZ01 administrator");
    public static readonly ActorId JapanAdministrator = ActorId.Create("JPN01 administrator");
    public static readonly ActorId GovernmentOfJapan = ActorId.Create("Government of Japan");

    public static readonly AccountId Issuance = AccountId.Create(KazakhstanRegistry, 1);
    public static readonly AccountId KazakhstanHolding = AccountId.Create(KazakhstanRegistry, 2);
    public static readonly AccountId KazakhParticipantHolding = AccountId.Create(KazakhstanRegistry, 3);
    public static readonly AccountId JapanHolding = AccountId.Create(JapanRegistry, 1);
    public static readonly AccountId JapaneseParticipantHolding = AccountId.Create(JapanRegistry, 2);
    public static readonly AccountId JapanNdcRetirement = AccountId.Create(JapanRegistry, 3);

    /// <summary>The allocation rule of the agreement: the Government of Japan's share is rounded up.</summary>
    public static AllocationRule AgreementRule() => AllocationRule.Create(
        AllocationEntry.Recipient(ProjectParticipant.GovernmentOf(Country.Japan).Name, I.JapanShare).WithRoundUp(),
        AllocationEntry.Recipient(I.JapaneseParticipant, I.JapaneseParticipantShare),
        AllocationEntry.Recipient(ProjectParticipant.GovernmentOf(I.Kazakhstan).Name, I.KazakhstanShare),
        AllocationEntry.Recipient(I.KazakhParticipant, I.KazakhParticipantShare));

    /// <summary>The site and monitoring period.</summary>
    public static (MonitoringSite Site, MonitoringPeriod Period) SiteAndPeriod() =>
        (new MonitoringSite(I.SiteId, DateTimeZoneProviders.Tzdb[I.TimeZone]), new MonitoringPeriod(I.PeriodStart, I.PeriodEnd));

    /// <summary>The illustrative methodology: the library's solar PV family under a proposed Kazakh id.</summary>
    public static SolarPvMethodology Methodology() =>
        new(MethodologyId.Parse(I.MethodologyId), new MethodologyVersion(1, 0), I.MethodologyTitle, GwpSet.Ar5);

    /// <summary>The supplied (illustrative) grid emission factor.</summary>
    public static GridEmissionFactorSet GridFactors() =>
        GridEmissionFactorSet.Supplied("KZ", I.GridName, EmissionFactor.TonnesPerMegawattHour(I.GridEmissionFactor), I.GridFactorSource);

    /// <summary>The year of readings, in kWh per 15 minutes.</summary>
    public static MeterReadingSeries Readings(MonitoringSite site, MonitoringPeriod period)
    {
        decimal[] amounts = SolarReadings.Generate(period.Start, period.Length, site.Zone, I.CapacityKilowatts, I.ReadingSeed);
        Instant first = period.Start.AtStartOfDayInZone(site.Zone).ToInstant();
        return MeterReadingSeries.FromRegularIntervals(site, period, ParameterUnit.KilowattHour, first, SolarReadings.Interval, amounts);
    }

    public static ScenarioOutcome Run()
    {
        JcmPartnership partnership = JcmPartnership.Create(I.Kazakhstan, I.SigningDate);
        (MonitoringSite site, MonitoringPeriod period) = SiteAndPeriod();
        MeterReadingSeries readings = Readings(site, period);

        // Quantification.
        var generation = MonitoredParameter.FromReadings(readings, MonitoringOption.C, I.MeterSource, MeterAccuracy.ForAllReadings(I.MeterAccuracy));
        var input = new SolarPvInput(GridFactors(), [new SolarPvSystem(I.SystemName, generation, GridConnectionCase.GridConnected)]);
        QuantificationResult result = Methodology().Quantify(period, site, input);

        // Project, allocation agreement and issuance per vintage.
        AllocationRule rule = AgreementRule();
        var participants = new[]
        {
            ProjectParticipant.GovernmentOf(Country.Japan),
            ProjectParticipant.Entity(I.JapaneseParticipant, Country.Japan),
            ProjectParticipant.GovernmentOf(I.Kazakhstan),
            ProjectParticipant.Entity(I.KazakhParticipant, I.Kazakhstan),
        };
        var support = FinancialSupport.Create(I.SupportFunder, SupportInstrument.Subsidy, Money.Of(I.SupportUsd, Currency.Usd), I.SupportShareOfInvestment);
        var project = Project.Create(ProjectId.Parse(I.ProjectId), partnership, I.MethodologyId, new DateInterval(I.CreditingStart, I.CreditingEnd),
            AllocationAgreement.Create(rule, participants), [support]);
        var issuer = new CreditIssuer();
        issuer.Register(project);
        var credits = VintageCredits.Create(result.Vintages.Select(v => new KeyValuePair<int, long>(v.Year, v.Credits)));
        var decision = JointCommitteeDecision.Create(project.Id, period.Dates, I.DecisionDate, I.DecisionReference);
        CreditIssuance issuance = issuer.Issue(project.Id, period.Dates, credits, decision, DeductionSchedule.None);

        // The two registries.
        var clock = new FixedClock(I.RegistriesOpened);
        Ledger kaz = Ledger.Create(KazakhstanRegistry, KazakhstanAdministrator, clock);
        Ledger jpn = Ledger.Create(JapanRegistry, JapanAdministrator, clock);
        var steps = new List<RegistryStep>();
        Open(kaz, KazakhstanAdministrator, Issuance, KazakhstanAdministrator, AccountType.Pending, steps);
        Open(kaz, KazakhstanAdministrator, KazakhstanHolding, ActorId.Create(participants[2].Name), AccountType.GovernmentHolding, steps);
        Open(kaz, KazakhstanAdministrator, KazakhParticipantHolding, ActorId.Create(I.KazakhParticipant), AccountType.EntityHolding, steps);
        Open(jpn, JapanAdministrator, JapanHolding, GovernmentOfJapan, AccountType.GovernmentHolding, steps);
        Open(jpn, JapanAdministrator, JapaneseParticipantHolding, ActorId.Create(I.JapaneseParticipant), AccountType.EntityHolding, steps);
        Open(jpn, JapanAdministrator, JapanNdcRetirement, GovernmentOfJapan, AccountType.Retirement, steps);

        clock.Now = I.Issued;
        var blocks = new List<CreditBlock>();
        foreach (VintageIssuance vintage in issuance.Vintages)
        {
            foreach (IssuedLot lot in vintage.Lots.Where(l => l.Block is not null))
            {
                blocks.Add(CreditBlock.Create(lot.Block!.Value, CreditAttributes.Create(KazakhstanRegistry, project.Id, vintage.Year)));
            }
        }
        CreditsIssued issued = kaz.Issue(Op("issue", issuance.BatchNumber), KazakhstanAdministrator, Issuance, blocks);
        steps.Add(new RegistryStep(clock.Now, "KAZ01", "Issue", "-", Issuance.ToString(), issued.Quantity,
            $"{decision.Reference}; vintages {string.Join(", ", issuance.Vintages.Select(v => v.Year))}; one block per lot"));

        clock.Now = I.Distributed;
        Distribute(kaz, issuance, participants[2].Name, KazakhstanHolding, project.Id, steps);
        Distribute(kaz, issuance, I.KazakhParticipant, KazakhParticipantHolding, project.Id, steps);

        clock.Now = I.Authorized;
        var kazA6 = Article6Registry.Create(kaz, site.Zone);
        var jpnA6 = Article6Registry.Create(jpn, DateTimeZoneProviders.Tzdb["Asia/Tokyo"]);
        var approach = CooperativeApproach.Create(CooperativeApproachId.Parse(I.CooperativeApproachId), I.CooperativeApproachName, [Country.Japan, I.Kazakhstan]);
        kazA6.RegisterApproach(approach);
        jpnA6.RegisterApproach(approach);
        SerialRange[] japanRanges = RangesOf(issuance, participants[0].Name, project.Id);
        long japanCredits = japanRanges.Sum(r => r.Serials.Count);
        var authorization = Authorization.Create(AuthorizationId.Create(I.AuthorizationId), approach.Id, I.Kazakhstan, I.AuthorizationDate,
            japanCredits, issuance.Vintages[0].Year, issuance.Vintages[^1].Year, AuthorizedPurpose.Ndc, FirstTransferDefinition.InternationalTransfer)
            .WithAuthorizedEntities([ActorId.Create(I.KazakhParticipant), ActorId.Create(I.JapaneseParticipant)]);
        kazA6.RegisterAuthorization(authorization);
        kazA6.Authorize(Op("authorize-ndc", 1), KazakhstanAdministrator, authorization.Id, Issuance, CreditSelection.Exactly(japanRanges));
        steps.Add(new RegistryStep(clock.Now, "KAZ01", "Authorise (Article 6.2)", Issuance.ToString(), Issuance.ToString(), japanCredits,
            $"Kazakhstan authorises the Government of Japan's lots for use toward NDCs ({authorization.Id}, {approach.Id})"));

        clock.Now = I.Transferred;
        kazA6.TransferInternationally(Op("itmo-transfer", 1), KazakhstanAdministrator, Issuance, jpnA6, JapanHolding, CreditSelection.Exactly(japanRanges));
        steps.Add(new RegistryStep(clock.Now, "KAZ01→JPN01", "International transfer (first transfer of ITMOs)", Issuance.ToString(), JapanHolding.ToString(),
            japanCredits, "the Government of Japan's share; recorded as first transferred"));
        SerialRange[] participantRanges = RangesOf(issuance, I.JapaneseParticipant, project.Id);
        // Both ledgers live in this process, so the acquisition checks the event against the sending ledger itself
        // (AcquireFrom). Between machines a registry signs its transfer and the receiver verifies it against its trust
        // list (SignedTransfer, Ledger.Acquire): ECDSA signatures differ on every run, and the demo prints the same
        // bytes every time.
        CreditsTransferredOut jcmTransfer = kaz.TransferOut(Op("jcm-transfer", 1), KazakhstanAdministrator, Issuance, JapaneseParticipantHolding,
            CreditSelection.Exactly(participantRanges));
        jpn.AcquireFrom(JapanAdministrator, kaz, jcmTransfer);
        steps.Add(new RegistryStep(clock.Now, "KAZ01→JPN01", "International transfer", Issuance.ToString(), JapaneseParticipantHolding.ToString(),
            participantRanges.Sum(r => r.Serials.Count), "the Japanese participant's share (JCM credits, not authorised as ITMOs)"));

        clock.Now = I.Retired;
        IReadOnlyList<ItmoAction> uses = jpnA6.Use(Op("ndc-use", I.YearOfUse), GovernmentOfJapan, JapanHolding, JapanNdcRetirement,
            CreditSelection.ByQuantity(japanCredits), UsePurpose.Ndc, I.YearOfUse);
        steps.Add(new RegistryStep(clock.Now, "JPN01", "Use toward NDC (retirement)", JapanHolding.ToString(), JapanNdcRetirement.ToString(),
            uses.Sum(u => u.Quantity), string.Create(CultureInfo.InvariantCulture, $"use toward Japan's NDC, year of use {I.YearOfUse}")));

        var ndcPeriod = NdcPeriod.Create(I.NdcFirstYear, I.NdcLastYear);
        CorrespondingAdjustmentResult kazAdjustments = CorrespondingAdjustments.Calculate(kazA6.Actions, I.Kazakhstan, AdjustmentMethod.SingleYearTrajectory,
            ndcPeriod, 0, MidpointRounding.ToEven);
        CorrespondingAdjustmentResult jpnAdjustments = CorrespondingAdjustments.Calculate(jpnA6.Actions, Country.Japan, AdjustmentMethod.SingleYearTrajectory,
            ndcPeriod, 0, MidpointRounding.ToEven);
        return new ScenarioOutcome(partnership, project, site, period, readings, result, issuance, kazA6, jpnA6, steps, [kazAdjustments, jpnAdjustments]);
    }

    private static void Open(Ledger ledger, ActorId admin, AccountId id, ActorId holder, AccountType type, List<RegistryStep> steps)
    {
        ledger.OpenAccount(Op("open", id.Number), admin, Account.Create(id, holder, type));
        steps.Add(new RegistryStep(ledger.Current.LastEventInstant, ledger.Registry.ToString(), "Open account", "-", id.ToString(), 0, $"{type}, held by {holder}"));
    }

    private static void Distribute(Ledger kaz, CreditIssuance issuance, string recipient, AccountId to, ProjectId project, List<RegistryStep> steps)
    {
        SerialRange[] ranges = RangesOf(issuance, recipient, project);
        CreditsTransferred moved = kaz.Transfer(Op("distribute", to.Number), KazakhstanAdministrator, Issuance, to, CreditSelection.Exactly(ranges));
        steps.Add(new RegistryStep(kaz.Current.LastEventInstant, "KAZ01", "Transfer", Issuance.ToString(), to.ToString(), moved.Quantity, recipient + "'s lots"));
    }

    private static SerialRange[] RangesOf(CreditIssuance issuance, string holder, ProjectId project) =>
        issuance.Vintages.SelectMany(v => v.Lots)
            .Where(l => l.Holder == holder && l.Block is not null)
            .Select(l => SerialRange.Create(KazakhstanRegistry, project, l.Block!.Value))
            .ToArray();

    private static OperationId Op(string name, long number) =>
        OperationId.Create(string.Create(CultureInfo.InvariantCulture, $"{name}-{number}"));
}
