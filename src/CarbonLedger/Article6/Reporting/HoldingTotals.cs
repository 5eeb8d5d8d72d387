using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Projects;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// Credits in a registry's accounts at the report's snapshot, for one combination of partner country, project and
/// vintage (null where summed over, as for <see cref="ActivityTotals"/>).
/// </summary>
public sealed class HoldingTotals
{
    [JsonConstructor]
    internal HoldingTotals(Country? partnerCountry, ProjectId? project, int? vintage, long held, long reserved, long cancelled, long retired)
    {
        PartnerCountry = partnerCountry;
        Project = project;
        Vintage = vintage;
        Held = held;
        Reserved = reserved;
        Cancelled = cancelled;
        Retired = retired;
    }

    /// <summary>The project's host country.</summary>
    public Country? PartnerCountry { get; }

    /// <summary>The project.</summary>
    public ProjectId? Project { get; }

    /// <summary>The vintage year.</summary>
    public int? Vintage { get; }

    /// <summary>Credits available in non-terminal accounts.</summary>
    public long Held { get; }

    /// <summary>Credits in open reservations.</summary>
    public long Reserved { get; }

    /// <summary>Credits in cancellation and OMGE cancellation accounts.</summary>
    public long Cancelled { get; }

    /// <summary>Credits in retirement accounts.</summary>
    public long Retired { get; }
}
