using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>A row of the AEF Actions table: one action on one block of ITMOs in the reporting year.</summary>
/// <remarks>
/// Parties, the use purpose and the year of use are null where they do not apply to the action type (written as
/// empty CSV cells). Columns and order: see <see cref="AefTables.ActionColumns"/>.
/// </remarks>
public sealed class AefActionRow
{
    [JsonConstructor]
    internal AefActionRow(Country reportingParty, CooperativeApproachId approach, ItmoId itmo, RegistryId originatingRegistry, string unitType,
        ProjectId project, int vintage, LocalDate actionDate, ItmoActionType actionType, ItmoActionSubtype actionSubtype, Country? transferringParty,
        Country? acquiringParty, Country? usingParty, AuthorizationId authorization, AuthorizedPurpose purpose, Country firstTransferringParty,
        UsePurpose? usePurpose, int? yearOfUse, ItmoMetric metric, long quantity, Co2e quantityInTonnes, long ledgerSequence, EventHash ledgerEventHash)
    {
        ReportingParty = reportingParty;
        Approach = approach;
        Itmo = itmo;
        OriginatingRegistry = originatingRegistry;
        UnitType = unitType;
        Project = project;
        Vintage = vintage;
        ActionDate = actionDate;
        ActionType = actionType;
        ActionSubtype = actionSubtype;
        TransferringParty = transferringParty;
        AcquiringParty = acquiringParty;
        UsingParty = usingParty;
        Authorization = authorization;
        Purpose = purpose;
        FirstTransferringParty = firstTransferringParty;
        UsePurpose = usePurpose;
        YearOfUse = yearOfUse;
        Metric = metric;
        Quantity = quantity;
        QuantityInTonnes = quantityInTonnes;
        LedgerSequence = ledgerSequence;
        LedgerEventHash = ledgerEventHash;
    }

    /// <summary>The reporting Party.</summary>
    public Country ReportingParty { get; }

    /// <summary>The cooperative approach.</summary>
    public CooperativeApproachId Approach { get; }

    /// <summary>The ITMO block's unique identifier.</summary>
    public ItmoId Itmo { get; }

    /// <summary>The originating Party's registry.</summary>
    public RegistryId OriginatingRegistry { get; }

    /// <summary>The underlying unit type, for example <c>JCM</c>.</summary>
    public string UnitType { get; }

    /// <summary>The project.</summary>
    public ProjectId Project { get; }

    /// <summary>The vintage year.</summary>
    public int Vintage { get; }

    /// <summary>The action date.</summary>
    public LocalDate ActionDate { get; }

    /// <summary>The action type.</summary>
    public ItmoActionType ActionType { get; }

    /// <summary>The action subtype.</summary>
    public ItmoActionSubtype ActionSubtype { get; }

    /// <summary>The transferring Party, where it applies.</summary>
    public Country? TransferringParty { get; }

    /// <summary>The acquiring Party, where it applies.</summary>
    public Country? AcquiringParty { get; }

    /// <summary>The using Party, where it applies.</summary>
    public Country? UsingParty { get; }

    /// <summary>The authorisation that covers the units.</summary>
    public AuthorizationId Authorization { get; }

    /// <summary>The authorised purposes.</summary>
    public AuthorizedPurpose Purpose { get; }

    /// <summary>The first-transferring (authorising) Party.</summary>
    public Country FirstTransferringParty { get; }

    /// <summary>What the units were used for, where it applies.</summary>
    public UsePurpose? UsePurpose { get; }

    /// <summary>The year of use, where it applies.</summary>
    public int? YearOfUse { get; }

    /// <summary>The metric.</summary>
    public ItmoMetric Metric { get; }

    /// <summary>How many units.</summary>
    public long Quantity { get; }

    /// <summary>The quantity in tonnes of CO2e (one tonne per unit).</summary>
    public Co2e QuantityInTonnes { get; }

    /// <summary>The ledger event that carried the action.</summary>
    public long LedgerSequence { get; }

    /// <summary>The hash of that ledger event.</summary>
    public EventHash LedgerEventHash { get; }
}
