using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Parties;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6.Adjustments;

/// <summary>
/// Corresponding adjustments (decision 2/CMA.3 annex, paras 7–8) as a pure calculation over ITMO actions: per
/// calendar year, the transferring Party adds the ITMOs it first transferred, for the year the mitigation occurred
/// (the vintage), and the using Party subtracts the ITMOs it used towards its NDC, for the year of use. Acquisition
/// alone is no adjustment.
/// </summary>
/// <remarks>
/// <para>Only the Party's own journal entries count: <c>First transfer</c> actions it recorded (for NDC and OIMP
/// purposes alike) and <c>Use</c> actions for NDC use it recorded as using Party. Actions of years outside the
/// period are left out. The calculation has no state, clock or I/O: the same actions give the same result.</para>
/// </remarks>
public static class CorrespondingAdjustments
{
    /// <summary>Calculates a Party's corresponding adjustments over an NDC period.</summary>
    /// <param name="actions">ITMO actions, for example one or more Parties' journals.</param>
    /// <param name="party">The Party.</param>
    /// <param name="method">The method chosen for the period.</param>
    /// <param name="period">The NDC period.</param>
    /// <param name="averageDecimalPlaces">Places the averaging method's quotient is rounded to, 0 to 10 (unused by other methods).</param>
    /// <param name="averageRounding">The direction of that rounding, for example <see cref="MidpointRounding.ToEven"/>.</param>
    /// <returns>The yearly amounts, the method's applied amounts and every step of the arithmetic.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The method or rounding is not defined, or the places are out of range.</exception>
    public static CorrespondingAdjustmentResult Calculate(IEnumerable<ItmoAction> actions, Country party, AdjustmentMethod method, NdcPeriod period,
        int averageDecimalPlaces, MidpointRounding averageRounding)
    {
        Preconditions.CheckNotNull(actions);
        Preconditions.CheckNotNull(party);
        Preconditions.CheckNotNull(period);
        Preconditions.CheckDefined(method, nameof(method));
        Preconditions.CheckDefined(averageRounding, nameof(averageRounding));
        Preconditions.CheckArgumentRange(nameof(averageDecimalPlaces), averageDecimalPlaces, 0, 10);

        int n = period.Years;
        long[] added = new long[n];
        long[] subtracted = new long[n];
        foreach (ItmoAction a in actions)
        {
            if (!ReferenceEquals(a.Party, party) && !a.Party.Equals(party))
            {
                continue;
            }
            if (a.Type == ItmoActionType.FirstTransfer)
            {
                int i = a.Itmo.Vintage - period.FirstYear;
                if ((uint)i < (uint)n)
                {
                    added[i] = checked(added[i] + a.Itmo.Count);
                }
            }
            else if (a.Type == ItmoActionType.Use && a.UsePurpose == UsePurpose.Ndc && a.YearOfUse is int year)
            {
                int i = year - period.FirstYear;
                if ((uint)i < (uint)n)
                {
                    subtracted[i] = checked(subtracted[i] + a.Itmo.Count);
                }
            }
        }
        return Build(party, method, period, added, subtracted, averageDecimalPlaces, averageRounding);
    }

    /// <summary>Builds the result from the yearly totals (index 0 is the period's first year).</summary>
    internal static CorrespondingAdjustmentResult Build(Country party, AdjustmentMethod method, NdcPeriod period, long[] added, long[] subtracted,
        int averageDecimalPlaces, MidpointRounding averageRounding)
    {
        int n = period.Years;
        var steps = new List<AdjustmentStep>(n + 4);
        decimal cumulative = 0m;
        var nets = new decimal[n];
        for (int i = 0; i < n; i++)
        {
            int year = period.FirstYear + i;
            nets[i] = (decimal)added[i] - subtracted[i];
            cumulative += nets[i];
            steps.Add(Step(Text($"{year} net (added: first transferred, vintage {year}; subtracted: used towards the NDC, year of use {year})"),
                Text($"{added[i]} − {subtracted[i]}"), nets[i]));
        }
        steps.Add(Step(Text($"Cumulative {period}"), n == 1 ? Number(nets[0]) : string.Join(" + ", nets.Select(Number)), cumulative));

        decimal? average = null;
        var years = new AnnualAdjustment[n];
        for (int i = 0; i < n; i++)
        {
            decimal? applied = method == AdjustmentMethod.SingleYearAveraging ? null : nets[i];
            years[i] = new AnnualAdjustment(period.FirstYear + i, Co2e.FromTonnes(added[i]), Co2e.FromTonnes(subtracted[i]), applied is { } v ? Co2e.FromTonnes(v) : null);
        }
        switch (method)
        {
            case AdjustmentMethod.SingleYearTrajectory:
                steps.Add(Step(Text($"Applied in NDC year {period.LastYear} (trajectory: that year's net)"), Number(nets[^1]), nets[^1]));
                break;
            case AdjustmentMethod.SingleYearAveraging:
                decimal avg = ExactDivision.Divide(cumulative, n, averageDecimalPlaces, averageRounding);
                average = avg;
                steps.Add(Step(Text($"Average over {n} elapsed years {period} (exact quotient {Number(cumulative)}/{n}, rounded to {averageDecimalPlaces} places, {averageRounding})"),
                    Text($"{Number(cumulative)} ÷ {n}"), avg));
                steps.Add(Step(Text($"Applied in NDC year {period.LastYear} (averaging)"), Number(avg), avg));
                years[^1] = new AnnualAdjustment(period.LastYear, years[^1].Added, years[^1].Subtracted, Co2e.FromTonnes(avg));
                break;
            default:
                steps.Add(Step(Text($"Applied at the end of the period {period} (multi-year: cumulative)"), Number(cumulative), cumulative));
                break;
        }
        return new CorrespondingAdjustmentResult(party, method, period, years.AsReadOnly(), Co2e.FromTonnes(cumulative),
            average is { } a ? Co2e.FromTonnes(a) : null, averageDecimalPlaces, averageRounding, steps.AsReadOnly());
    }

    private static AdjustmentStep Step(string label, string expression, decimal result) => new(label, expression, Co2e.FromTonnes(result));

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
