using System;
using System.Collections.Generic;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification;

/// <summary>
/// What a methodology calculates with: it hands out parameter values as <see cref="Term"/>s, applies the
/// conservative corrections and gap rules to monitored data, and records every parameter, correction and formula
/// step in the <see cref="CalculationTrace"/>.
/// </summary>
/// <remarks>
/// <para>A context covers one span: either the whole monitoring period or, when every monitored parameter has dated
/// readings, one vintage of it (<see cref="VintageYear"/>). A methodology is written once and the library runs it for
/// each span; monitored values are then the amounts measured in that span.</para>
/// <para>Conservative rules, applied to monitored data in this order:
/// (1) the meter's maximum permissible error, against the project: a <see cref="ParameterSide.Reference"/>-side
/// amount is reduced by the error, a <see cref="ParameterSide.Project"/>-side amount increased, either on all
/// readings or on the readings inside each delayed-calibration window (a period total that cannot be dated is
/// corrected in full when any window touches the span);
/// (2) missing data (time no reading covers, or a parameter with no data at all): counted as zero on the reference
/// side, filled with the methodology's <see cref="GapDefault"/> (rate × hours) on the project side, and without a
/// declared default the calculation stops with <see cref="MissingMonitoringDataException"/>.</para>
/// <para>Symbols must be unique within a calculation; asking again for the same symbol with the same parameter
/// object returns the same value without recording it twice. A context is created by the library for each run and
/// is not thread-safe.</para>
/// </remarks>
public sealed class CalculationContext
{
    private readonly List<TracedParameter> parameters = [];
    private readonly List<TraceCorrection> corrections = [];
    private readonly List<TraceStep> steps = [];
    private readonly Dictionary<string, (object? Source, Term Value)> symbols = new(StringComparer.Ordinal);
    private readonly long windowStart;
    private readonly long windowEnd;
    private readonly string heading;

    internal CalculationContext(Methodology methodology, MonitoringPeriod period, MonitoringSite site, int? vintageYear)
    {
        Methodology = methodology;
        Period = period;
        Site = site;
        VintageYear = vintageYear;
        long[] bounds = VintageCalendar.Boundaries(period, site.Zone);
        IReadOnlyList<DateInterval> years = period.SplitByCalendarYear();
        if (vintageYear is int year)
        {
            int k = year - period.Start.Year;
            windowStart = bounds[k];
            windowEnd = bounds[k + 1];
            Dates = years[k];
        }
        else
        {
            windowStart = bounds[0];
            windowEnd = bounds[^1];
            Dates = period.Dates;
        }
        heading = $"{methodology.Id} {methodology.Version} ({methodology.Title}), GWP set {methodology.GwpSet.Name}; " +
            (vintageYear is int y ? $"vintage {y}, " : "period ") +
            $"{QuantificationFormat.Date(Dates.Start)}..{QuantificationFormat.Date(Dates.End)} of monitoring period {period} at {site}";
    }

    /// <summary>The methodology being calculated.</summary>
    public Methodology Methodology { get; }

    /// <summary>The monitoring period.</summary>
    public MonitoringPeriod Period { get; }

    /// <summary>The project site.</summary>
    public MonitoringSite Site { get; }

    /// <summary>The vintage this run covers, or null when it covers the whole period.</summary>
    public int? VintageYear { get; }

    /// <summary>The dates this run covers (inclusive): the whole period, or the period's part in <see cref="VintageYear"/>.</summary>
    public DateInterval Dates { get; }

    /// <summary>The GWP set the methodology states.</summary>
    public GwpSet GwpSet => Methodology.GwpSet;

    /// <summary>How many monitored parameters the run has asked for.</summary>
    internal int MonitoredCount { get; private set; }

    /// <summary>Whether every monitored parameter asked for so far had dated readings.</summary>
    internal bool AllMonitoredHaveReadings { get; private set; } = true;

    /// <summary>
    /// The value of an ex-ante parameter in the canonical unit of <paramref name="dimension"/>, recorded in the trace.
    /// </summary>
    /// <param name="symbol">The symbol, for example <c>EF_grid</c>.</param>
    /// <param name="parameter">The parameter.</param>
    /// <param name="dimension">The dimension the formula needs; the parameter's unit must be of it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The symbol is blank or already used for something else, or the unit is of
    /// another dimension (mismatched units).</exception>
    public Term ExAnte(string symbol, ExAnteParameter parameter, ParameterDimension dimension)
    {
        CheckSymbol(symbol);
        Preconditions.CheckNotNull(parameter);
        Preconditions.CheckDefined(dimension, nameof(dimension));
        if (Reuse(symbol, parameter) is Term known)
        {
            return known;
        }
        parameter.Unit.CheckDimension(dimension, nameof(parameter), symbol);
        decimal used = parameter.CanonicalValue;
        parameters.Add(new TracedParameter(symbol, ParameterKind.ExAnte, parameter.Value, parameter.Unit, used, parameter.Option, parameter.Source, "fixed ex ante"));
        return Remember(symbol, parameter, used);
    }

    /// <summary>
    /// The GWP-100 of a gas in the methodology's <see cref="GwpSet"/>, recorded in the trace as <c>GWP_CH4</c> etc.
    /// </summary>
    /// <param name="gas">The gas.</param>
    /// <exception cref="ArgumentException">The set has no value for the gas.</exception>
    public Term GlobalWarmingPotential(GreenhouseGas gas)
    {
        Preconditions.CheckDefined(gas, nameof(gas));
        string symbol = "GWP_" + Formula(gas);
        if (Reuse(symbol, GwpSet) is Term known)
        {
            return known;
        }
        decimal gwp = GwpSet.GetPotential(gas);
        parameters.Add(new TracedParameter(symbol, ParameterKind.ExAnte, gwp, ParameterUnit.One, gwp, MonitoringOption.A,
            $"IPCC GWP-100, set {GwpSet.Name} stated by {Methodology.Id} {Methodology.Version}", "fixed ex ante"));
        return Remember(symbol, GwpSet, gwp);
    }

    /// <summary>
    /// The value of a monitored parameter over this run's span, in the canonical unit of <paramref name="dimension"/>,
    /// after the conservative corrections; recorded in the trace with every correction. Missing project-side data
    /// stops the calculation (no default was declared).
    /// </summary>
    /// <param name="symbol">The symbol, for example <c>EG_1,p</c>.</param>
    /// <param name="parameter">The monitored data.</param>
    /// <param name="dimension">The dimension the formula needs; the parameter's unit must be of it.</param>
    /// <param name="side">Which way the parameter pushes the reductions, so which way corrections go.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The symbol is blank or reused, the unit is of another dimension, or the
    /// readings belong to another period or site.</exception>
    /// <exception cref="MissingMonitoringDataException">Project-side data is missing.</exception>
    public Term Monitored(string symbol, MonitoredParameter parameter, ParameterDimension dimension, ParameterSide side) =>
        MonitoredCore(symbol, parameter, dimension, side, null);

    /// <summary>
    /// As <see cref="Monitored(string, MonitoredParameter, ParameterDimension, ParameterSide)"/>, with a conservative
    /// default that fills missing project-side data (rate × hours without data).
    /// </summary>
    /// <param name="symbol">The symbol, for example <c>EC_PJ,p</c>.</param>
    /// <param name="parameter">The monitored data.</param>
    /// <param name="dimension">The dimension the formula needs; the parameter's unit must be of it.</param>
    /// <param name="side">Which way the parameter pushes the reductions, so which way corrections go.</param>
    /// <param name="gapDefault">The default; its rate must match <paramref name="dimension"/> (power for energy…).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As the other overload, or the default's rate does not match the dimension.</exception>
    public Term Monitored(string symbol, MonitoredParameter parameter, ParameterDimension dimension, ParameterSide side, GapDefault gapDefault)
    {
        Preconditions.CheckNotNull(gapDefault);
        return MonitoredCore(symbol, parameter, dimension, side, gapDefault);
    }

    /// <summary>
    /// Records an intermediate formula step and returns it as a named term, so later steps refer to it by symbol.
    /// </summary>
    /// <param name="symbol">The symbol computed, for example <c>EF_fuel,CO2</c>.</param>
    /// <param name="formula">The formula as the methodology writes it, for example <c>NCV × EF_CO2</c>.</param>
    /// <param name="value">The term computed from parameters.</param>
    /// <param name="unit">The unit of the result, for example <c>tCO2/t</c>.</param>
    /// <exception cref="ArgumentException">The symbol, formula or unit is blank, or the symbol is reused.</exception>
    public Term Step(string symbol, string formula, Term value, string unit)
    {
        RecordStep(symbol, formula, value, unit);
        return Remember(symbol, null, value.Value);
    }

    /// <summary>
    /// Records a formula step whose result is an amount of emissions in tCO2e (<c>RE_p</c>, <c>PE_p</c>) and returns it.
    /// </summary>
    /// <param name="symbol">The symbol computed, for example <c>RE_p</c>.</param>
    /// <param name="formula">The formula as the methodology writes it, for example <c>Σ_i EG_i,p × EF_i</c>.</param>
    /// <param name="value">The term computed from parameters, in tonnes of CO2e.</param>
    /// <exception cref="ArgumentException">The symbol or formula is blank, or the symbol is reused.</exception>
    public Co2e Emissions(string symbol, string formula, Term value)
    {
        RecordStep(symbol, formula, value, Co2e.TonnesSymbol);
        Remember(symbol, null, value.Value);
        return Co2e.FromTonnes(value.Value);
    }

    /// <summary>Records a step computed by the library itself (ER, credits, vintage splits).</summary>
    internal void RecordStep(string symbol, string formula, Term value, string unit) =>
        RecordStep(symbol, formula, value.Symbolic, value.Numeric, value.Value, unit);

    /// <summary>Records a step with explicit texts.</summary>
    internal void RecordStep(string symbol, string formula, string expansion, string substitution, decimal value, string unit)
    {
        CheckSymbol(symbol);
        Preconditions.CheckNotNull(formula);
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(formula), nameof(formula), "Formula must not be blank");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(unit), nameof(unit), "Unit must not be blank");
        Preconditions.CheckArgument(!symbols.ContainsKey(symbol), nameof(symbol), "Symbol {0} is already used in this calculation", symbol);
        steps.Add(new TraceStep(symbol, formula, expansion, substitution, value, unit));
    }

    /// <summary>Freezes what was recorded so far.</summary>
    internal CalculationTrace ToTrace() => new(heading, parameters.ToArray(), corrections.ToArray(), steps.ToArray());

    private Term MonitoredCore(string symbol, MonitoredParameter parameter, ParameterDimension dimension, ParameterSide side, GapDefault? gapDefault)
    {
        CheckSymbol(symbol);
        Preconditions.CheckNotNull(parameter);
        Preconditions.CheckDefined(dimension, nameof(dimension));
        Preconditions.CheckDefined(side, nameof(side));
        if (Reuse(symbol, parameter) is Term known)
        {
            return known;
        }
        parameter.Unit.CheckDimension(dimension, nameof(parameter), symbol);
        MonitoredCount++;
        ParameterUnit canonical = parameter.Unit.Canonical;
        decimal scale = parameter.Unit.ScaleToCanonical;
        decimal stated;
        decimal used;
        string basis;
        if (parameter.Readings is MeterReadingSeries series)
        {
            if (!series.Period.Equals(Period) || !series.Site.Equals(Site))
            {
                Preconditions.ThrowArgument(nameof(parameter),
                    $"Readings of {symbol} belong to another period or site; this calculation is for {Period} at {Site}, the readings for {series.Period} at {series.Site}");
            }
            stated = series.SumWindow(windowStart, windowEnd);
            used = stated * scale;
            if (parameter.Accuracy is MeterAccuracy accuracy)
            {
                decimal affected = accuracy.AppliesToAllReadings
                    ? used
                    : series.SumOverlapping(windowStart, windowEnd, CalibrationWindows(accuracy)) * scale;
                used = ApplyAccuracy(symbol, accuracy, side, used, affected, canonical);
            }
            (long gapTicks, int gapCount) = series.GapsWithin(windowStart, windowEnd);
            string gaps = gapCount == 0 ? string.Empty
                : $", {gapCount} gap(s) without readings totalling {QuantificationFormat.Number(QuantificationFormat.Hours(gapTicks))} h";
            basis = $"{series.CountWithin(windowStart, windowEnd)} readings{gaps}";
            if (gapTicks > 0)
            {
                used = ApplyGap(symbol, dimension, side, gapDefault, used, gapTicks, gaps.TrimStart(',', ' '), canonical);
            }
        }
        else
        {
            AllMonitoredHaveReadings = false;
            if (VintageYear is not null)
            {
                throw new InvalidOperationException(
                    $"{symbol} has no dated readings, so it cannot be calculated for vintage {VintageYear}; the methodology asked for different parameters in the period run");
            }
            if (parameter.PeriodTotal is decimal total)
            {
                stated = total;
                used = total * scale;
                basis = "period total";
                if (parameter.Accuracy is MeterAccuracy accuracy)
                {
                    bool touched = accuracy.AppliesToAllReadings;
                    foreach ((long c0, long c1) in CalibrationWindows(accuracy))
                    {
                        touched |= c0 < windowEnd && c1 > windowStart;
                    }
                    used = ApplyAccuracy(symbol, accuracy, side, used, touched ? used : 0m, canonical);
                }
            }
            else
            {
                stated = 0m;
                used = 0m;
                basis = "no data for the period";
                used = ApplyGap(symbol, dimension, side, gapDefault, used, windowEnd - windowStart,
                    $"no data for the whole period ({QuantificationFormat.Number(QuantificationFormat.Hours(windowEnd - windowStart))} h)", canonical);
            }
        }
        parameters.Add(new TracedParameter(symbol, ParameterKind.Monitored, stated, parameter.Unit, used, parameter.Option, parameter.Source, basis));
        return Remember(symbol, parameter, used);
    }

    private decimal ApplyAccuracy(string symbol, MeterAccuracy accuracy, ParameterSide side, decimal used, decimal affected, ParameterUnit unit)
    {
        decimal mpe = accuracy.MaximumPermissibleError;
        if (mpe == 0m || affected == 0m)
        {
            return used;
        }
        decimal delta = affected * mpe;
        decimal after = side == ParameterSide.Reference ? used - delta : used + delta;
        string direction = side == ParameterSide.Reference ? "reduced" : "increased";
        string pct = QuantificationFormat.Percent(mpe);
        if (accuracy.AppliesToAllReadings)
        {
            corrections.Add(new TraceCorrection(symbol, CorrectionKind.MaximumPermissibleError,
                $"maximum permissible error {pct} % applied against the project ({side} side, {direction}): " +
                $"{QuantificationFormat.Number(used)} × {QuantificationFormat.Number(side == ParameterSide.Reference ? 1m - mpe : 1m + mpe)}",
                used, after, unit));
        }
        else
        {
            corrections.Add(new TraceCorrection(symbol, CorrectionKind.DelayedCalibration,
                $"maximum permissible error {pct} % applied against the project ({side} side, {direction}) to the " +
                $"{QuantificationFormat.Number(affected)} {unit} read between calibration due and actual dates " +
                $"({string.Join("; ", accuracy.DelayedCalibrations)}): {QuantificationFormat.Number(used)} " +
                $"{(side == ParameterSide.Reference ? "−" : "+")} {QuantificationFormat.Number(affected)} × {QuantificationFormat.Number(mpe)}",
                used, after, unit));
        }
        return after;
    }

    private decimal ApplyGap(
        string symbol, ParameterDimension dimension, ParameterSide side, GapDefault? gapDefault, decimal used, long gapTicks, string what, ParameterUnit unit)
    {
        decimal hours = QuantificationFormat.Hours(gapTicks);
        if (side == ParameterSide.Reference)
        {
            corrections.Add(new TraceCorrection(symbol, CorrectionKind.MissingDataCountedAsZero,
                $"{what} counted as zero on the reference side", used, used, unit));
            return used;
        }
        if (gapDefault is null)
        {
            throw new MissingMonitoringDataException(
                $"Project-side parameter {symbol} of {Methodology.Id} {Methodology.Version} has {what} in {QuantificationFormat.Date(Dates.Start)}..{QuantificationFormat.Date(Dates.End)} " +
                $"at site {Site.Id}, and the methodology declared no conservative default to fill it");
        }
        ParameterDimension? rateDimension = GapDefault.RateFor(dimension);
        gapDefault.Rate.Unit.CheckDimension(rateDimension ?? dimension, nameof(gapDefault), gapDefault.Symbol + " (gap default for " + symbol + ")");
        Term rate = ExAnte(gapDefault.Symbol, gapDefault.Rate, gapDefault.Rate.Unit.Dimension);
        decimal fill = rate.Value * hours;
        decimal after = used + fill;
        corrections.Add(new TraceCorrection(symbol, CorrectionKind.MissingDataConservativeDefault,
            $"{what} filled with the conservative default {gapDefault.Symbol} × hours = " +
            $"{QuantificationFormat.Number(rate.Value)} {gapDefault.Rate.Unit.Canonical} × {QuantificationFormat.Number(hours)} h = {QuantificationFormat.Number(fill)} {unit}",
            used, after, unit));
        return after;
    }

    private List<(long Start, long End)> CalibrationWindows(MeterAccuracy accuracy)
    {
        var windows = new List<(long, long)>(accuracy.DelayedCalibrations.Count);
        foreach (CalibrationDelay delay in accuracy.DelayedCalibrations)
        {
            Interval interval = delay.ToInterval(Site.Zone);
            windows.Add((interval.Start.ToUnixTimeTicks(), interval.End.ToUnixTimeTicks()));
        }
        return windows;
    }

    private Term? Reuse(string symbol, object source)
    {
        if (!symbols.TryGetValue(symbol, out (object? Source, Term Value) known))
        {
            return null;
        }
        Preconditions.CheckArgument(ReferenceEquals(known.Source, source), nameof(symbol),
            "Symbol {0} is already used in this calculation for another value", symbol);
        return known.Value;
    }

    private Term Remember(string symbol, object? source, decimal value)
    {
        Term term = Term.Named(symbol, value);
        symbols[symbol] = (source, term);
        return term;
    }

    private static void CheckSymbol(string symbol)
    {
        Preconditions.CheckNotNull(symbol);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(symbol), nameof(symbol), "Symbol must not be blank");
    }

    private static string Formula(GreenhouseGas gas) => gas switch
    {
        GreenhouseGas.CarbonDioxide => "CO2",
        GreenhouseGas.Methane => "CH4",
        GreenhouseGas.NitrousOxide => "N2O",
        GreenhouseGas.SulphurHexafluoride => "SF6",
        GreenhouseGas.NitrogenTrifluoride => "NF3",
        GreenhouseGas.Hfc23 => "HFC-23",
        GreenhouseGas.Hfc134a => "HFC-134a",
        _ => "CF4",
    };
}
