using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Issuance;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Registry;

namespace CarbonLedger.Cli.Scenario;

/// <summary>Everything the scenario produced, for printing and for writing the artefacts.</summary>
internal sealed record ScenarioOutcome(
    JcmPartnership Partnership,
    Project Project,
    MonitoringSite Site,
    MonitoringPeriod Period,
    MeterReadingSeries Readings,
    QuantificationResult Quantification,
    CreditIssuance Issuance,
    Article6Registry KazakhstanArticle6,
    Article6Registry JapanArticle6,
    IReadOnlyList<RegistryStep> Steps,
    IReadOnlyList<CorrespondingAdjustmentResult> Adjustments)
{
    public Ledger Kazakhstan => KazakhstanArticle6.Ledger;

    public Ledger Japan => JapanArticle6.Ledger;

    /// <summary>The ITMOs Kazakhstan first transferred, from its Article 6.2 journal.</summary>
    public long ItmosFirstTransferred => KazakhstanArticle6.Actions.Where(a => a.Type == ItmoActionType.FirstTransfer).Sum(a => a.Quantity);

    /// <summary>The ITMOs Japan used toward its NDC, from its Article 6.2 journal.</summary>
    public long ItmosUsed => JapanArticle6.Actions.Where(a => a.Type == ItmoActionType.Use).Sum(a => a.Quantity);

    /// <summary>The reporting year of the AEF tables: the year of the registry operations.</summary>
    public int ReportingYear => Steps[^1].Instant.InUtc().Year;
}
