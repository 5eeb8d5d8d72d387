using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// CDM TOOL07 build margin (BM): the sample of recently built power units and its generation-weighted emission factor
/// <c>EF_grid,BM,y = Σ_m EG_m,y × EF_EL,m,y ÷ Σ_m EG_m,y</c>.
/// </summary>
/// <remarks>
/// <para>Sample selection: order the units by commissioning date, most recent first (equal dates by identifier,
/// ordinal). SET_5-units is the first five; SET_≥20 % is the shortest run from the top whose generation reaches 20 %
/// of the whole system's generation (the unit that crosses the threshold is included in full). The sample is the set
/// with the larger annual generation; on a tie, SET_5-units.</para>
/// <para>TOOL07's further refinements (excluding units registered as CDM projects, the 10-year age limit with
/// capacity additions) are not applied: pass the units that remain after applying them.</para>
/// </remarks>
public static class BuildMargin
{
    /// <summary>Selects the build-margin sample from every unit of the system.</summary>
    /// <param name="units">Every unit of the system in the most recent year, each with a commissioning date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">Ids repeat, a unit has no commissioning date, or the system generates nothing.</exception>
    public static BuildMarginSample SelectSample(IEnumerable<PowerUnit> units)
    {
        PowerUnit[] all = OperatingMargin.CheckUnits(units, nameof(units));
        foreach (PowerUnit unit in all)
        {
            Preconditions.CheckArgument(unit.Commissioned.HasValue, nameof(units),
                "Every unit needs a commissioning date for the build margin; '{0}' has none", unit.Id);
        }
        PowerUnit[] recentFirst = all
            .OrderByDescending(u => u.Commissioned.GetValueOrDefault())
            .ThenBy(u => u.Id, StringComparer.Ordinal)
            .ToArray();
        decimal system = all.Sum(u => u.NetGenerationMegawattHours);
        Preconditions.CheckArgument(system > 0m, nameof(units), "The system must generate something; its {0} units sum to 0 MWh", all.Length);
        PowerUnit[] five = recentFirst.Take(5).ToArray();
        decimal threshold = system * 0.2m;
        int count = 0;
        decimal running = 0m;
        while (count < recentFirst.Length && running < threshold)
        {
            running += recentFirst[count].NetGenerationMegawattHours;
            count++;
        }
        PowerUnit[] twenty = recentFirst.Take(count).ToArray();
        decimal fiveGeneration = five.Sum(u => u.NetGenerationMegawattHours);
        BuildMarginSampleChoice choice = running > fiveGeneration
            ? BuildMarginSampleChoice.TwentyPercentOfGeneration
            : BuildMarginSampleChoice.FiveMostRecentUnits;
        return new BuildMarginSample(five, twenty, fiveGeneration, running, system, choice);
    }

    /// <summary>The build margin of a selected sample.</summary>
    /// <param name="sample">The sample from <see cref="SelectSample"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> is null.</exception>
    /// <exception cref="ArgumentException">The sample generates nothing.</exception>
    public static GridFactorCalculation Calculate(BuildMarginSample sample)
    {
        Preconditions.CheckNotNull(sample);
        var trace = new Tool07Trace("build margin");
        trace.Step("AEG_SET-5-units", "Σ EG over the 5 most recently built units",
            string.Join(" + ", sample.FiveMostRecentUnits.Select(u => u.Id)), Tool07Trace.Number(sample.FiveMostRecentGenerationMegawattHours),
            sample.FiveMostRecentGenerationMegawattHours, "MWh");
        trace.Step("AEG_SET-≥20%", "Σ EG over the most recent additions reaching 20 % of AEG_total",
            string.Join(" + ", sample.TwentyPercentUnits.Select(u => u.Id)),
            $"{Tool07Trace.Number(sample.TwentyPercentGenerationMegawattHours)} (≥ 0.2 × {Tool07Trace.Number(sample.SystemGenerationMegawattHours)})",
            sample.TwentyPercentGenerationMegawattHours, "MWh");
        return trace.Result(OperatingMargin.WeightedFactor(trace, sample.Units.ToArray(), "EF_grid,BM,y", "m", nameof(sample)));
    }

    /// <summary>Selects the sample and calculates the build margin in one call.</summary>
    /// <param name="units">Every unit of the system in the most recent year, each with a commissioning date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="SelectSample"/>.</exception>
    public static GridFactorCalculation Calculate(IEnumerable<PowerUnit> units) => Calculate(SelectSample(units));
}
