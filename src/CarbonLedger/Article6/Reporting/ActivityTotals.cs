using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Projects;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// Credits that moved through a registry, summed over ledger events, for one combination of partner country,
/// project, vintage and event year (a dimension is null when the totals are summed over it, or when the project's
/// country code is not an ISO 3166-1 code).
/// </summary>
public sealed class ActivityTotals
{
    [JsonConstructor]
    internal ActivityTotals(Country? partnerCountry, ProjectId? project, int? vintage, int? year, long issued, long acquired, long transferred,
        long transferredOut, long cancelled, long retired)
    {
        PartnerCountry = partnerCountry;
        Project = project;
        Vintage = vintage;
        Year = year;
        Issued = issued;
        Acquired = acquired;
        Transferred = transferred;
        TransferredOut = transferredOut;
        Cancelled = cancelled;
        Retired = retired;
    }

    /// <summary>The project's host country.</summary>
    public Country? PartnerCountry { get; }

    /// <summary>The project.</summary>
    public ProjectId? Project { get; }

    /// <summary>The vintage year.</summary>
    public int? Vintage { get; }

    /// <summary>The calendar year of the events.</summary>
    public int? Year { get; }

    /// <summary>Credits issued (<c>CreditsIssued</c> events).</summary>
    public long Issued { get; }

    /// <summary>Credits acquired from other registries (<c>CreditsAcquired</c>).</summary>
    public long Acquired { get; }

    /// <summary>Credits transferred between accounts of the registry (<c>CreditsTransferred</c>).</summary>
    public long Transferred { get; }

    /// <summary>Credits transferred to other registries (<c>CreditsTransferredOut</c>).</summary>
    public long TransferredOut { get; }

    /// <summary>Credits cancelled (<c>CreditsCancelled</c>).</summary>
    public long Cancelled { get; }

    /// <summary>Credits retired (<c>CreditsRetired</c>).</summary>
    public long Retired { get; }
}
