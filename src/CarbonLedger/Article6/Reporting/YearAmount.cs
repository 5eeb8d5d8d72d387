using System.Text.Json.Serialization;
using CarbonLedger.Quantities;

namespace CarbonLedger.Article6.Reporting;

/// <summary>An amount for one calendar year.</summary>
public sealed class YearAmount
{
    [JsonConstructor]
    internal YearAmount(int year, Co2e amount)
    {
        Year = year;
        Amount = amount;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The amount.</summary>
    public Co2e Amount { get; }
}
