using CarbonLedger.Quantities;
using NodaTime;

namespace CarbonLedger.Quantification;

/// <summary>
/// One vintage of a quantification result: the emissions and reductions of the period's part in one calendar year,
/// and the whole credits assigned to that vintage.
/// </summary>
/// <remarks>
/// The credits of all vintages add up exactly to the period's <see cref="QuantificationResult.Credits"/>. Instances
/// are immutable.
/// </remarks>
public sealed class VintageResult
{
    internal VintageResult(int year, DateInterval dates, Co2e reference, Co2e project, long credits, CalculationTrace trace)
    {
        Year = year;
        Dates = dates;
        ReferenceEmissions = reference;
        ProjectEmissions = project;
        Credits = credits;
        Trace = trace;
    }

    /// <summary>The vintage: the calendar year at the site.</summary>
    public int Year { get; }

    /// <summary>The part of the monitoring period in this year (inclusive).</summary>
    public DateInterval Dates { get; }

    /// <summary>Reference emissions of this vintage, <c>RE_v</c>.</summary>
    public Co2e ReferenceEmissions { get; }

    /// <summary>Project emissions of this vintage, <c>PE_v</c>.</summary>
    public Co2e ProjectEmissions { get; }

    /// <summary>Emission reductions of this vintage, <c>ER_v = RE_v − PE_v</c>; may be negative.</summary>
    public Co2e EmissionReductions => ReferenceEmissions - ProjectEmissions;

    /// <summary>The whole credits assigned to this vintage (never negative).</summary>
    public long Credits { get; }

    /// <summary>How this vintage's figures were computed.</summary>
    public CalculationTrace Trace { get; }

    /// <summary>Formats as <c>2024: ER 600.5 tCO2e, 600 credits</c>.</summary>
    public override string ToString() => $"{Year}: ER {EmissionReductions}, {Credits} credits";
}
