using System.Collections.Generic;
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
    Ledger Kazakhstan,
    Ledger Japan,
    IReadOnlyList<RegistryStep> Steps,
    IReadOnlyList<AdjustmentRow> Adjustments,
    long ItmosFirstTransferred,
    long ItmosUsed);
