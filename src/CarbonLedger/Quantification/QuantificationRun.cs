using System;
using System.Collections.Generic;
using System.Globalization;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification;

/// <summary>
/// The part of quantification that is the same for every methodology: run the formulas, derive <c>ER</c> and whole
/// credits, and build the vintages with their traces.
/// </summary>
internal static class QuantificationRun
{
    private const string CreditsUnit = "credits";

    internal static QuantificationResult Execute(
        Methodology methodology, MonitoringPeriod period, MonitoringSite site, MidpointRounding rounding,
        Func<CalculationContext, PeriodEmissions> calculate)
    {
        var context = new CalculationContext(methodology, period, site, null);
        PeriodEmissions emissions = calculate(context);
        Co2e reductions = RecordReductions(context, "p", emissions);
        long credits = RecordCredits(context, reductions, rounding);
        IReadOnlyList<DateInterval> years = period.SplitByCalendarYear();
        VintageBasis basis;
        VintageResult[] vintages;
        if (years.Count == 1)
        {
            basis = VintageBasis.SingleYear;
            vintages = [];
        }
        else if (context.MonitoredCount > 0 && context.AllMonitoredHaveReadings)
        {
            basis = VintageBasis.MeterReadings;
            vintages = FromReadings(methodology, period, site, context, years, credits, calculate);
        }
        else
        {
            basis = VintageBasis.ProRataByDays;
            vintages = ProRata(methodology, period, site, context, years, emissions, credits);
        }
        CalculationTrace trace = context.ToTrace();
        if (basis == VintageBasis.SingleYear)
        {
            vintages = [new VintageResult(years[0].Start.Year, years[0], emissions.Reference, emissions.Project, credits, trace)];
        }
        return new QuantificationResult(methodology, period, site, emissions.Reference, emissions.Project, rounding, credits, basis, vintages, trace);
    }

    private static VintageResult[] FromReadings(
        Methodology methodology, MonitoringPeriod period, MonitoringSite site, CalculationContext periodContext,
        IReadOnlyList<DateInterval> years, long credits, Func<CalculationContext, PeriodEmissions> calculate)
    {
        var contexts = new CalculationContext[years.Count];
        var emissions = new PeriodEmissions[years.Count];
        var weights = new decimal[years.Count];
        for (int k = 0; k < years.Count; k++)
        {
            int year = years[k].Start.Year;
            contexts[k] = new CalculationContext(methodology, period, site, year);
            emissions[k] = calculate(contexts[k]);
            Co2e reductions = RecordReductions(contexts[k], Year(year), emissions[k],
                " (the reference and project emissions this vintage's run returned)");
            weights[k] = Math.Max(reductions.Tonnes, 0m);
        }
        decimal totalWeight = 0m;
        foreach (decimal weight in weights)
        {
            totalWeight += weight;
        }
        bool byDays = credits > 0 && totalWeight == 0m;
        long[] parts = byDays
            ? LargestRemainderQuantification.Allocate(credits, DayWeights(years))
            : LargestRemainderQuantification.Allocate(credits, weights);
        var result = new VintageResult[years.Count];
        for (int k = 0; k < years.Count; k++)
        {
            string y = Year(years[k].Start.Year);
            foreach (CalculationContext target in new[] { periodContext, contexts[k] })
            {
                if (byDays)
                {
                    RecordDayShare(target, y, credits, years[k].Length, period.Length, parts[k]);
                }
                else
                {
                    target.RecordStep("Credits_" + y, "largest-remainder share of Credits_p in proportion to max(0, ER_v)",
                        $"Credits_p × max(0, ER_{y}) ÷ Σ_v max(0, ER_v)",
                        $"{credits} × {QuantificationFormat.Number(weights[k])} ÷ {QuantificationFormat.Number(totalWeight)}",
                        parts[k], CreditsUnit);
                }
            }
            result[k] = new VintageResult(years[k].Start.Year, years[k], emissions[k].Reference, emissions[k].Project, parts[k], contexts[k].ToTrace());
        }
        return result;
    }

    private static VintageResult[] ProRata(
        Methodology methodology, MonitoringPeriod period, MonitoringSite site, CalculationContext periodContext,
        IReadOnlyList<DateInterval> years, PeriodEmissions emissions, long credits)
    {
        long[] parts = LargestRemainderQuantification.Allocate(credits, DayWeights(years));
        var result = new VintageResult[years.Count];
        Co2e referenceSoFar = Co2e.Zero;
        Co2e projectSoFar = Co2e.Zero;
        Term periodDays = Term.Named("days_p", period.Length);
        for (int k = 0; k < years.Count; k++)
        {
            string y = Year(years[k].Start.Year);
            var context = new CalculationContext(methodology, period, site, years[k].Start.Year);
            Co2e reference;
            Co2e project;
            if (k < years.Count - 1)
            {
                Term days = Term.Named("days_" + y, years[k].Length);
                reference = Share(context, "RE_" + y, "RE_p", emissions.Reference, days, periodDays);
                project = Share(context, "PE_" + y, "PE_p", emissions.Project, days, periodDays);
            }
            else
            {
                reference = Rest(context, "RE_" + y, "RE_p", emissions.Reference, referenceSoFar);
                project = Rest(context, "PE_" + y, "PE_p", emissions.Project, projectSoFar);
            }
            referenceSoFar += reference;
            projectSoFar += project;
            RecordReductions(context, y, new PeriodEmissions(reference, project));
            foreach (CalculationContext target in new[] { periodContext, context })
            {
                RecordDayShare(target, y, credits, years[k].Length, period.Length, parts[k]);
            }
            result[k] = new VintageResult(years[k].Start.Year, years[k], reference, project, parts[k], context.ToTrace());
        }
        return result;
    }

    private static Co2e Share(CalculationContext context, string symbol, string whole, Co2e amount, Term days, Term periodDays)
    {
        Term share = Term.Named(whole, amount.Tonnes) * days / periodDays;
        context.RecordStep(symbol, $"{whole} × days_v ÷ days_p (pro rata by inclusive days)", share, Co2e.TonnesSymbol);
        return Co2e.FromTonnes(share.Value);
    }

    private static Co2e Rest(CalculationContext context, string symbol, string whole, Co2e amount, Co2e earlier)
    {
        Term rest = Term.Named(whole, amount.Tonnes) - Term.Named("Σ earlier vintages", earlier.Tonnes);
        context.RecordStep(symbol, $"{whole} − Σ earlier vintages (last vintage takes the rest, so the parts add up exactly)", rest, Co2e.TonnesSymbol);
        return Co2e.FromTonnes(rest.Value);
    }

    private static void RecordDayShare(CalculationContext context, string y, long credits, int days, int periodDays, long part) =>
        context.RecordStep("Credits_" + y, "largest-remainder share of Credits_p in proportion to inclusive days",
            $"Credits_p × days_{y} ÷ days_p", $"{credits} × {days} ÷ {periodDays}", part, CreditsUnit);

    private static Co2e RecordReductions(CalculationContext context, string suffix, PeriodEmissions emissions, string note = "")
    {
        Term reductions = Term.Named("RE_" + suffix, emissions.Reference.Tonnes) - Term.Named("PE_" + suffix, emissions.Project.Tonnes);
        context.RecordStep("ER_" + suffix, $"RE_{suffix} − PE_{suffix}{note}", reductions, Co2e.TonnesSymbol);
        return Co2e.FromTonnes(reductions.Value);
    }

    private static long RecordCredits(CalculationContext context, Co2e reductions, MidpointRounding rounding)
    {
        long rounded = reductions.ToWholeCredits(rounding);
        long credits = Math.Max(0L, rounded);
        (string open, string close) = rounding switch
        {
            MidpointRounding.ToNegativeInfinity => ("⌊", "⌋"),
            MidpointRounding.ToPositiveInfinity => ("⌈", "⌉"),
            MidpointRounding.ToZero => ("trunc(", ")"),
            MidpointRounding.ToEven => ("round_half_even(", ")"),
            _ => ("round_half_away_from_zero(", ")"),
        };
        context.RecordStep("Credits_p", $"max(0, {open}ER_p{close}) (whole tonnes; a negative ER issues nothing)",
            $"max(0, {open}ER_p{close})", $"max(0, {open}{QuantificationFormat.Number(reductions.Tonnes)}{close})", credits, CreditsUnit);
        return credits;
    }

    private static decimal[] DayWeights(IReadOnlyList<DateInterval> years)
    {
        var days = new decimal[years.Count];
        for (int k = 0; k < days.Length; k++)
        {
            days[k] = years[k].Length;
        }
        return days;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
