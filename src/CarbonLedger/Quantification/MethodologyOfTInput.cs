using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>
/// A methodology whose monitoring data and ex-ante parameters come as a <typeparamref name="TInput"/>. Implement
/// <see cref="Calculate"/> with the formulas; <see cref="Quantify(MonitoringPeriod, MonitoringSite, TInput)"/> does
/// the rest the same way for every methodology: <c>ER_p</c>, whole credits, vintages and the trace.
/// </summary>
/// <remarks>
/// <para><b>Writing a methodology.</b> In <see cref="Calculate"/>, obtain each value from the
/// <see cref="CalculationContext"/> (<see cref="CalculationContext.ExAnte"/>,
/// <see cref="CalculationContext.Monitored(string, MonitoredParameter, ParameterDimension, ParameterSide)"/>),
/// combine the <see cref="Term"/>s with ordinary operators, and record the results with
/// <see cref="CalculationContext.Emissions"/>. Do not read clocks or files: the same input must give the same result.</para>
/// <para><b>Vintages.</b> When the period spans several calendar years and every monitored parameter has dated
/// readings, <see cref="Calculate"/> runs again for each vintage with that vintage's readings, and the period's credits
/// are split over the vintages by largest remainder in proportion to their positive reductions (where a formula
/// divides by a ratio that has no exact decimal, such as COP 7 ÷ 6, the vintages' exact tonnes can differ from the
/// period's in the 28th significant digit; the credits always add up exactly). Otherwise every
/// figure is split pro rata by inclusive days (each vintage's emissions are the period's × days ÷ period days,
/// decimal division; the last vintage takes the remainder so the parts add up exactly) and the credits by largest
/// remainder over the days. Ties go to the earlier vintage.</para>
/// </remarks>
/// <typeparam name="TInput">The methodology's input type.</typeparam>
public abstract class Methodology<TInput> : Methodology
    where TInput : class
{
    /// <summary>Creates a methodology.</summary>
    /// <param name="id">The identifier, for example <c>MN_AM003</c>.</param>
    /// <param name="version">The version, for example <c>Ver2.0</c>.</param>
    /// <param name="title">A non-blank title.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    protected Methodology(MethodologyId id, MethodologyVersion version, string title, GwpSet gwpSet)
        : base(id, version, title, gwpSet)
    {
    }

    /// <summary>
    /// Quantifies a monitoring period and rounds the reductions down to whole credits
    /// (<see cref="MidpointRounding.ToNegativeInfinity"/>, the conservative JCM practice).
    /// </summary>
    /// <param name="period">The monitoring period.</param>
    /// <param name="site">The project site.</param>
    /// <param name="input">The monitoring data and ex-ante parameters.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The input does not fit the methodology (see <see cref="CalculationContext"/>).</exception>
    /// <exception cref="MissingMonitoringDataException">Project-side data is missing without a declared default.</exception>
    public QuantificationResult Quantify(MonitoringPeriod period, MonitoringSite site, TInput input) =>
        Quantify(period, site, input, MidpointRounding.ToNegativeInfinity);

    /// <summary>Quantifies a monitoring period, rounding the reductions to whole credits in the stated direction.</summary>
    /// <param name="period">The monitoring period.</param>
    /// <param name="site">The project site.</param>
    /// <param name="input">The monitoring data and ex-ante parameters.</param>
    /// <param name="creditRounding">How to round <c>ER_p</c> to whole credits; recorded on the result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rounding is not a defined <see cref="MidpointRounding"/>.</exception>
    /// <exception cref="ArgumentException">The input does not fit the methodology (see <see cref="CalculationContext"/>).</exception>
    /// <exception cref="MissingMonitoringDataException">Project-side data is missing without a declared default.</exception>
    public QuantificationResult Quantify(MonitoringPeriod period, MonitoringSite site, TInput input, MidpointRounding creditRounding)
    {
        Preconditions.CheckNotNull(period);
        Preconditions.CheckNotNull(site);
        Preconditions.CheckNotNull(input);
        Preconditions.CheckDefined(creditRounding, nameof(creditRounding));
        return QuantificationRun.Execute(this, period, site, creditRounding, context => Calculate(input, context));
    }

    /// <summary>
    /// Computes reference and project emissions for the span the context covers (the whole period, or one vintage).
    /// </summary>
    /// <param name="input">The monitoring data and ex-ante parameters.</param>
    /// <param name="context">Where to obtain values and record steps.</param>
    /// <returns>The reference and project emissions, as returned by <see cref="CalculationContext.Emissions"/>.</returns>
    protected abstract PeriodEmissions Calculate(TInput input, CalculationContext context);
}
