using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>A row of the AEF Holdings table: one block of ITMOs held in an account of the registry as of 31 December.</summary>
/// <remarks>Columns and order: see <see cref="AefTables.HoldingColumns"/>.</remarks>
public sealed class AefHoldingRow
{
    [JsonConstructor]
    internal AefHoldingRow(Country reportingParty, RegistryId registry, LocalDate asOf, AccountId account, AccountType accountType,
        CooperativeApproachId approach, ItmoId itmo, RegistryId originatingRegistry, string unitType, ProjectId project, int vintage,
        AuthorizationId authorization, Country firstTransferringParty, AuthorizedPurpose purpose, bool firstTransferred, ItmoMetric metric, long quantity)
    {
        ReportingParty = reportingParty;
        Registry = registry;
        AsOf = asOf;
        Account = account;
        AccountType = accountType;
        Approach = approach;
        Itmo = itmo;
        OriginatingRegistry = originatingRegistry;
        UnitType = unitType;
        Project = project;
        Vintage = vintage;
        Authorization = authorization;
        FirstTransferringParty = firstTransferringParty;
        Purpose = purpose;
        FirstTransferred = firstTransferred;
        Metric = metric;
        Quantity = quantity;
    }

    /// <summary>The reporting Party.</summary>
    public Country ReportingParty { get; }

    /// <summary>The reporting Party's registry.</summary>
    public RegistryId Registry { get; }

    /// <summary>The date of the holdings: 31 December of the reporting year.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The account holding the units.</summary>
    public AccountId Account { get; }

    /// <summary>The account's type (holding, cancellation, retirement, …).</summary>
    public AccountType AccountType { get; }

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

    /// <summary>The authorisation that covers the units.</summary>
    public AuthorizationId Authorization { get; }

    /// <summary>The first-transferring (authorising) Party.</summary>
    public Country FirstTransferringParty { get; }

    /// <summary>The authorised purposes.</summary>
    public AuthorizedPurpose Purpose { get; }

    /// <summary>Whether the units have been first transferred.</summary>
    public bool FirstTransferred { get; }

    /// <summary>The metric.</summary>
    public ItmoMetric Metric { get; }

    /// <summary>How many units the block holds.</summary>
    public long Quantity { get; }
}
