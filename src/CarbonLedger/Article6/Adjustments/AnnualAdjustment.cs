using System.Text.Json.Serialization;
using CarbonLedger.Quantities;

namespace CarbonLedger.Article6.Adjustments;

/// <summary>
/// One calendar year of a Party's corresponding adjustments: ITMOs it first transferred of that vintage (added to
/// its emissions balance), ITMOs it used towards its NDC with that year of use (subtracted), the net, and what the
/// method applies in that year.
/// </summary>
public sealed class AnnualAdjustment
{
    [JsonConstructor]
    internal AnnualAdjustment(int year, Co2e added, Co2e subtracted, Co2e? applied)
    {
        Year = year;
        Added = added;
        Subtracted = subtracted;
        Applied = applied;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>ITMOs first transferred by the Party whose mitigation occurred in this year (vintage).</summary>
    public Co2e Added { get; }

    /// <summary>ITMOs used by the Party towards its NDC for this year of use.</summary>
    public Co2e Subtracted { get; }

    /// <summary><see cref="Added"/> − <see cref="Subtracted"/>: positive adds to the emissions balance.</summary>
    [JsonIgnore]
    public Co2e Net => Added - Subtracted;

    /// <summary>The adjustment the method applies in this year, or null when it applies none (averaging, years before the NDC year).</summary>
    public Co2e? Applied { get; }
}
