using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// CDM TOOL07 combined margin: <c>EF_grid,CM,y = w_OM × EF_grid,OM,y + w_BM × EF_grid,BM,y</c>, exact.
/// </summary>
/// <remarks>
/// Published figures are rounded; use <see cref="GridFactorCalculation.Round"/> with the publisher's rule. For the
/// Philippine DOE's 2015–2017 Mindanao grid, OM 0.7797 and BM 0.8045 give 0.7859 (wind/solar) and 0.7921 (other projects).
/// </remarks>
public static class CombinedMargin
{
    /// <summary>Combines published (or otherwise known) margins.</summary>
    /// <param name="operatingMargin">EF_grid,OM,y.</param>
    /// <param name="buildMargin">EF_grid,BM,y.</param>
    /// <param name="weights">The weights.</param>
    public static GridFactorCalculation Calculate(
        EmissionFactor<ElectricEnergyUnit> operatingMargin, EmissionFactor<ElectricEnergyUnit> buildMargin, CombinedMarginWeights weights)
    {
        var trace = new Tool07Trace("combined margin");
        Term om = trace.Input("EF_grid,OM,y", operatingMargin.TonnesPerCanonicalUnit, ParameterUnit.TonneCo2PerMegawattHour, "operating margin");
        Term bm = trace.Input("EF_grid,BM,y", buildMargin.TonnesPerCanonicalUnit, ParameterUnit.TonneCo2PerMegawattHour, "build margin");
        return Combine(trace, om, bm, weights);
    }

    /// <summary>Combines margins computed by <see cref="OperatingMargin"/> and <see cref="BuildMargin"/>.</summary>
    /// <param name="operatingMargin">The operating margin calculation.</param>
    /// <param name="buildMargin">The build margin calculation.</param>
    /// <param name="weights">The weights.</param>
    /// <exception cref="ArgumentNullException">A calculation is null.</exception>
    public static GridFactorCalculation Calculate(GridFactorCalculation operatingMargin, GridFactorCalculation buildMargin, CombinedMarginWeights weights)
    {
        Preconditions.CheckNotNull(operatingMargin);
        Preconditions.CheckNotNull(buildMargin);
        var trace = new Tool07Trace("combined margin");
        Term om = trace.Input("EF_grid,OM,y", operatingMargin.TonnesPerMegawattHour, ParameterUnit.TonneCo2PerMegawattHour, operatingMargin.Method);
        Term bm = trace.Input("EF_grid,BM,y", buildMargin.TonnesPerMegawattHour, ParameterUnit.TonneCo2PerMegawattHour, buildMargin.Method);
        return Combine(trace, om, bm, weights);
    }

    private static GridFactorCalculation Combine(Tool07Trace trace, Term om, Term bm, CombinedMarginWeights weights)
    {
        Term wOm = trace.Input("w_OM", weights.OperatingMargin, ParameterUnit.One, "TOOL07 combined-margin weight");
        Term wBm = trace.Input("w_BM", weights.BuildMargin, ParameterUnit.One, "TOOL07 combined-margin weight");
        return trace.Result(trace.Step("EF_grid,CM,y", "w_OM × EF_grid,OM,y + w_BM × EF_grid,BM,y", (wOm * om) + (wBm * bm), "tCO2/MWh"));
    }
}
