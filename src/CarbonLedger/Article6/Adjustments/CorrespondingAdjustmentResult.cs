using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Quantities;

namespace CarbonLedger.Article6.Adjustments;

/// <summary>
/// A Party's corresponding adjustments over an NDC period under one method, with every step of the arithmetic.
/// </summary>
/// <remarks>
/// All amounts are exact decimal tonnes. The only rounding is the averaging method's division, to
/// <see cref="AverageDecimalPlaces"/> places in the direction <see cref="AverageRounding"/>; the steps show the
/// exact quotient as a fraction next to the rounded value.
/// </remarks>
public sealed class CorrespondingAdjustmentResult
{
    [JsonConstructor]
    internal CorrespondingAdjustmentResult(Country party, AdjustmentMethod method, NdcPeriod period, IReadOnlyList<AnnualAdjustment> years,
        Co2e cumulative, Co2e? average, int averageDecimalPlaces, MidpointRounding averageRounding, IReadOnlyList<AdjustmentStep> steps)
    {
        Party = party;
        Method = method;
        Period = period;
        Years = years;
        Cumulative = cumulative;
        Average = average;
        AverageDecimalPlaces = averageDecimalPlaces;
        AverageRounding = averageRounding;
        Steps = steps;
    }

    /// <summary>The Party.</summary>
    public Country Party { get; }

    /// <summary>The method.</summary>
    public AdjustmentMethod Method { get; }

    /// <summary>The NDC period.</summary>
    public NdcPeriod Period { get; }

    /// <summary>Every year of the period, in order.</summary>
    public IReadOnlyList<AnnualAdjustment> Years { get; }

    /// <summary>The sum of the yearly net amounts over the period (applied at the end by the multi-year method).</summary>
    public Co2e Cumulative { get; }

    /// <summary>The averaging method's average (cumulative ÷ years, rounded as stated); null for the other methods.</summary>
    public Co2e? Average { get; }

    /// <summary>The decimal places the average is rounded to.</summary>
    public int AverageDecimalPlaces { get; }

    /// <summary>The direction in which the average is rounded.</summary>
    public MidpointRounding AverageRounding { get; }

    /// <summary>The arithmetic, step by step, in order.</summary>
    public IReadOnlyList<AdjustmentStep> Steps { get; }

    /// <summary>The adjustment applied in the last year of the period (the NDC year of a single-year NDC).</summary>
    [JsonIgnore]
    public Co2e AppliedInLastYear => Years[^1].Applied ?? Co2e.Zero;
}
