using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// CDM TOOL07 operating-margin (OM) emission factors of an electricity system: simple (options A and B), simple
/// adjusted, average and dispatch data, plus the generation-weighted 3-year ex-ante average.
/// </summary>
/// <remarks>
/// <para>All sums are exact; each division is a decimal division (28–29 significant digits). Every result carries a
/// trace of its inputs and steps.</para>
/// <para>The simple OM may only be used while low-cost/must-run (LCMR) units supply less than 50 % of the system's
/// generation; the guard is computed from the data given, and a breach is rejected with an exception that names the
/// share and the methods that remain.</para>
/// </remarks>
public static class OperatingMargin
{
    private const string PerMwh = "tCO2/MWh";
    private const decimal HoursPerYear = 8760m;

    /// <summary>
    /// Simple OM, option A: <c>EF_grid,OMsimple,y = Σ_m EG_m,y × EF_EL,m,y ÷ Σ_m EG_m,y</c> over the units m that are
    /// not low-cost/must-run.
    /// </summary>
    /// <param name="units">Every unit of the system in the year, LCMR units included (they count for the 50 % guard).</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">Ids repeat, no non-LCMR unit generates, or LCMR units supply 50 % or more.</exception>
    public static GridFactorCalculation SimpleOptionA(IEnumerable<PowerUnit> units)
    {
        PowerUnit[] all = CheckUnits(units, nameof(units));
        var trace = new Tool07Trace("simple OM, option A");
        decimal lcmr = all.Where(u => u.IsLowCostMustRun).Sum(u => u.NetGenerationMegawattHours);
        decimal total = all.Sum(u => u.NetGenerationMegawattHours);
        CheckLowCostMustRun(trace, lcmr, total, nameof(units));
        return trace.Result(WeightedFactor(trace, all.Where(u => !u.IsLowCostMustRun).ToArray(), "EF_grid,OMsimple,y", "m", nameof(units)));
    }

    /// <summary>
    /// Simple OM, option B: <c>EF_grid,OMsimple,y = Σ_i FC_i,y × NCV_i,y × EF_CO2,i,y ÷ EG_y</c>, where EG_y is the
    /// net generation of all non-LCMR units and the fuels are those they burnt.
    /// </summary>
    /// <param name="fuels">The fuels burnt by the system's non-LCMR units in the year.</param>
    /// <param name="nonLowCostMustRunGenerationMegawattHours">EG_y: net generation of non-LCMR units, MWh; positive.</param>
    /// <param name="lowCostMustRunGenerationMegawattHours">Net generation of LCMR units, MWh, for the 50 % guard; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fuels"/> is null.</exception>
    /// <exception cref="ArgumentException">A generation is out of range, no fuel is given, or LCMR units supply 50 % or more.</exception>
    public static GridFactorCalculation SimpleOptionB(
        IEnumerable<SystemFuelUse> fuels, decimal nonLowCostMustRunGenerationMegawattHours, decimal lowCostMustRunGenerationMegawattHours)
    {
        Preconditions.CheckNotNull(fuels);
        SystemFuelUse[] list = fuels.ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(fuels), "Give at least one fuel");
        Preconditions.CheckArgument(nonLowCostMustRunGenerationMegawattHours > 0m, nameof(nonLowCostMustRunGenerationMegawattHours),
            "Generation of non-LCMR units must be positive; it is {0} MWh", Tool07Trace.Number(nonLowCostMustRunGenerationMegawattHours));
        Preconditions.CheckArgument(lowCostMustRunGenerationMegawattHours >= 0m, nameof(lowCostMustRunGenerationMegawattHours),
            "Generation of LCMR units must not be negative; it is {0} MWh", Tool07Trace.Number(lowCostMustRunGenerationMegawattHours));
        var trace = new Tool07Trace("simple OM, option B");
        CheckLowCostMustRun(trace, lowCostMustRunGenerationMegawattHours,
            nonLowCostMustRunGenerationMegawattHours + lowCostMustRunGenerationMegawattHours, nameof(lowCostMustRunGenerationMegawattHours));
        var products = new List<Term>(list.Length);
        foreach (SystemFuelUse fuel in list)
        {
            Term fc = trace.Input($"FC_{fuel.Fuel},y", fuel.Consumption, fuel.ConsumptionUnit, $"fuel '{fuel.Fuel}' burnt by non-LCMR units");
            Term ncv = trace.Input($"NCV_{fuel.Fuel},y", fuel.NetCalorificValue, fuel.NetCalorificValueUnit, $"fuel '{fuel.Fuel}'");
            Term ef = trace.Input($"EF_CO2,{fuel.Fuel},y", fuel.EmissionFactor.TonnesPerCanonicalUnit, ParameterUnit.TonneCo2PerTerajoule, $"fuel '{fuel.Fuel}'");
            products.Add(fc * ncv * ef);
        }
        Term emissions = trace.Step("Σ_i FC_i,y × NCV_i,y × EF_CO2,i,y", "Σ_i FC_i,y × NCV_i,y × EF_CO2,i,y", Term.Total(products), "tCO2");
        Term generation = trace.Input("EG_y", nonLowCostMustRunGenerationMegawattHours, ParameterUnit.MegawattHour, "net generation of non-LCMR units");
        return trace.Result(trace.Step("EF_grid,OMsimple,y", "Σ_i FC_i,y × NCV_i,y × EF_CO2,i,y ÷ EG_y", emissions / generation, PerMwh));
    }

    /// <summary>
    /// Simple adjusted OM: <c>EF_grid,OM-adj,y = (1 − λ_y) × Σ_m EG_m,y × EF_EL,m,y ÷ Σ_m EG_m,y + λ_y × Σ_k EG_k,y × EF_EL,k,y ÷ Σ_k EG_k,y</c>,
    /// with m the non-LCMR units, k the LCMR units and <c>λ_y</c> = hours LCMR units are on the margin ÷ 8760.
    /// </summary>
    /// <param name="units">Every unit of the system in the year, with at least one generating unit of each kind.</param>
    /// <param name="lowCostMustRunHoursOnMargin">Hours in the year LCMR units are on the margin, 0 to 8760.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">Ids repeat, or one kind of unit has no generation.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The hours are out of range.</exception>
    public static GridFactorCalculation SimpleAdjusted(IEnumerable<PowerUnit> units, decimal lowCostMustRunHoursOnMargin)
    {
        PowerUnit[] all = CheckUnits(units, nameof(units));
        Preconditions.CheckArgumentRange(nameof(lowCostMustRunHoursOnMargin), lowCostMustRunHoursOnMargin, 0m, HoursPerYear);
        var trace = new Tool07Trace("simple adjusted OM");
        Term nonLcmr = WeightedFactor(trace, all.Where(u => !u.IsLowCostMustRun).ToArray(), "EF_OM,nonLCMR,y", "m", nameof(units));
        Term lcmr = WeightedFactor(trace, all.Where(u => u.IsLowCostMustRun).ToArray(), "EF_OM,LCMR,y", "k", nameof(units));
        Term hours = trace.Input("hours_LCMR on margin,y", lowCostMustRunHoursOnMargin, ParameterUnit.One, "hours LCMR units are on the margin");
        Term lambda = trace.Step("λ_y", "hours LCMR on margin ÷ 8760", hours / Term.Constant(HoursPerYear), "1");
        Term adjusted = ((Term.Constant(1m) - lambda) * nonLcmr) + (lambda * lcmr);
        return trace.Result(trace.Step("EF_grid,OM-adj,y", "(1 − λ_y) × EF_OM,nonLCMR,y + λ_y × EF_OM,LCMR,y", adjusted, PerMwh));
    }

    /// <summary>Average OM: <c>EF_grid,OMavg,y = Σ_m EG_m,y × EF_EL,m,y ÷ Σ_m EG_m,y</c> over every unit, LCMR included.</summary>
    /// <param name="units">Every unit of the system in the year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">Ids repeat or nothing generates.</exception>
    public static GridFactorCalculation Average(IEnumerable<PowerUnit> units)
    {
        PowerUnit[] all = CheckUnits(units, nameof(units));
        var trace = new Tool07Trace("average OM");
        return trace.Result(WeightedFactor(trace, all, "EF_grid,OMavg,y", "m", nameof(units)));
    }

    /// <summary>
    /// Dispatch-data OM: <c>EF_grid,OM-DD,y = Σ_h EG_PJ,h × EF_EL,DD,h ÷ EG_PJ,y</c>, with <c>EG_PJ,y = Σ_h EG_PJ,h</c>.
    /// The trace states the two sums rather than every hour.
    /// </summary>
    /// <param name="hours">The hours of the year in which the project generated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is null.</exception>
    /// <exception cref="ArgumentException">The project generated nothing.</exception>
    public static GridFactorCalculation DispatchData(IEnumerable<DispatchHour> hours)
    {
        Preconditions.CheckNotNull(hours);
        decimal weighted = 0m;
        decimal generation = 0m;
        int count = 0;
        foreach (DispatchHour hour in hours)
        {
            weighted += hour.ProjectGenerationMegawattHours * hour.DispatchEmissionFactor.TonnesPerCanonicalUnit;
            generation += hour.ProjectGenerationMegawattHours;
            count++;
        }
        Preconditions.CheckArgument(generation > 0m, nameof(hours), "The project must generate in at least one hour; {0} hours sum to 0 MWh", count);
        var trace = new Tool07Trace("dispatch data OM");
        Term numerator = trace.Step("Σ_h EG_PJ,h × EF_EL,DD,h", "Σ_h EG_PJ,h × EF_EL,DD,h", $"sum over {count} hours", Tool07Trace.Number(weighted), weighted, "tCO2");
        Term denominator = trace.Step("EG_PJ,y", "Σ_h EG_PJ,h", $"sum over {count} hours", Tool07Trace.Number(generation), generation, "MWh");
        return trace.Result(trace.Step("EF_grid,OM-DD,y", "Σ_h EG_PJ,h × EF_EL,DD,h ÷ EG_PJ,y", numerator / denominator, PerMwh));
    }

    /// <summary>
    /// Ex-ante OM from the three most recent years: the generation-weighted average
    /// <c>Σ_y EF_OM,y × EG_y ÷ Σ_y EG_y</c> over three consecutive years.
    /// </summary>
    /// <param name="years">Exactly three consecutive years, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> is null.</exception>
    /// <exception cref="ArgumentException">Not exactly three consecutive, distinct years.</exception>
    public static GridFactorCalculation ExAnteThreeYearAverage(IEnumerable<AnnualMargin> years)
    {
        Preconditions.CheckNotNull(years);
        AnnualMargin[] list = years.OrderBy(y => y.Year).ToArray();
        Preconditions.CheckArgument(list.Length == 3, nameof(years), "The ex-ante average takes exactly the 3 most recent years; {0} were given", list.Length);
        Preconditions.CheckArgument(list[1].Year == list[0].Year + 1 && list[2].Year == list[1].Year + 1, nameof(years),
            "The 3 years must be consecutive; they are {0}", string.Join(", ", list.Select(y => y.Year)));
        var trace = new Tool07Trace("operating margin, 3-year generation-weighted ex-ante average");
        var products = new List<Term>(3);
        var weights = new List<Term>(3);
        foreach (AnnualMargin year in list)
        {
            Term ef = trace.Input($"EF_OM,{year.Year}", year.Factor.TonnesPerCanonicalUnit, ParameterUnit.TonneCo2PerMegawattHour, $"operating margin of {year.Year}");
            Term eg = trace.Input($"EG_{year.Year}", year.GenerationMegawattHours, ParameterUnit.MegawattHour, $"generation of {year.Year}");
            products.Add(ef * eg);
            weights.Add(eg);
        }
        return trace.Result(trace.Step("EF_grid,OM,ex-ante", "Σ_y EF_OM,y × EG_y ÷ Σ_y EG_y", Term.Total(products) / Term.Total(weights), PerMwh));
    }

    /// <summary>Σ EG × EF ÷ Σ EG over the given units, with each unit recorded as an input.</summary>
    internal static Term WeightedFactor(Tool07Trace trace, PowerUnit[] units, string symbol, string index, string paramName)
    {
        var products = new List<Term>(units.Length);
        var generation = new List<Term>(units.Length);
        foreach (PowerUnit unit in units)
        {
            string kind = unit.IsLowCostMustRun ? " (low-cost/must-run)" : string.Empty;
            Term eg = trace.Input($"EG_{unit.Id},y", unit.NetGenerationMegawattHours, ParameterUnit.MegawattHour, $"power unit '{unit.Id}'{kind}");
            Term ef = trace.Input($"EF_EL,{unit.Id},y", unit.EmissionFactor.TonnesPerCanonicalUnit, ParameterUnit.TonneCo2PerMegawattHour, $"power unit '{unit.Id}'{kind}");
            products.Add(eg * ef);
            generation.Add(eg);
        }
        Term total = Term.Total(generation);
        Preconditions.CheckArgument(total.Value > 0m, paramName, "The units for {0} must generate something; they sum to 0 MWh", symbol);
        return trace.Step(symbol, $"Σ_{index} EG_{index},y × EF_EL,{index},y ÷ Σ_{index} EG_{index},y", Term.Total(products) / total, PerMwh);
    }

    /// <summary>Non-null, with unique ids.</summary>
    internal static PowerUnit[] CheckUnits(IEnumerable<PowerUnit> units, string paramName)
    {
        Preconditions.CheckNotNull(units, paramName);
        PowerUnit[] all = units.ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (PowerUnit unit in all)
        {
            Preconditions.CheckNotNull(unit, paramName);
            Preconditions.CheckArgument(ids.Add(unit.Id), paramName, "Power unit ids must be unique; '{0}' appears twice", unit.Id);
        }
        return all;
    }

    private static void CheckLowCostMustRun(Tool07Trace trace, decimal lcmr, decimal total, string paramName)
    {
        Preconditions.CheckArgument(total > 0m, paramName, "The system must generate something; total generation is {0} MWh", Tool07Trace.Number(total));
        Term share = trace.Step("share_LCMR,y", "Σ EG_LCMR,y ÷ Σ EG_y (the simple OM needs < 0.5)",
            "Σ EG_LCMR,y ÷ Σ EG_y", $"{Tool07Trace.Number(lcmr)} ÷ {Tool07Trace.Number(total)}", lcmr / total, "1");
        if (share.Value >= 0.5m)
        {
            Preconditions.ThrowArgument(paramName,
                $"Low-cost/must-run units supply {QuantificationFormat.Percent(share.Value)} % of generation; the simple OM needs less than 50 %. " +
                "Use the simple adjusted, dispatch data or average OM");
        }
    }
}
