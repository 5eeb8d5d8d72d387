using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>
/// A parameter as a calculation used it: its symbol, the value as stated (or as measured in the calculated span),
/// the unit, option and source, and the value actually used, in the canonical unit, after any correction.
/// </summary>
/// <remarks>Instances are immutable and created by <see cref="CalculationContext"/>.</remarks>
public sealed class TracedParameter
{
    internal TracedParameter(
        string symbol, ParameterKind kind, decimal statedValue, ParameterUnit unit, decimal usedValue,
        MonitoringOption? option, string source, string basis)
    {
        Symbol = symbol;
        Kind = kind;
        StatedValue = statedValue;
        Unit = unit;
        UsedValue = usedValue;
        Option = option;
        Source = source;
        Basis = basis;
    }

    /// <summary>The symbol, for example <c>EG_1,p</c>.</summary>
    public string Symbol { get; }

    /// <summary>Ex ante or monitored.</summary>
    public ParameterKind Kind { get; }

    /// <summary>The value as stated (ex ante) or as measured in the calculated span before corrections (monitored), in <see cref="Unit"/>.</summary>
    public decimal StatedValue { get; }

    /// <summary>The unit of <see cref="StatedValue"/>.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>The value the formulas used: in the canonical unit of the dimension, after corrections and gap rules.</summary>
    public decimal UsedValue { get; }

    /// <summary>The canonical unit of <see cref="UsedValue"/>.</summary>
    public ParameterUnit UsedUnit => Unit.Canonical;

    /// <summary>The monitoring option, when stated.</summary>
    public MonitoringOption? Option { get; }

    /// <summary>The source of the value.</summary>
    public string Source { get; }

    /// <summary>What the value rests on, for example "96 readings" or "period total" or "fixed ex ante".</summary>
    public string Basis { get; }

    /// <summary>Formats as <c>EG_1,p = 1500 MWh [monitored, option C, period total; source: …] → used 1492.5 MWh</c>.</summary>
    public override string ToString() =>
        $"{Symbol} = {QuantificationFormat.Number(StatedValue)} {Unit} [{(Kind == ParameterKind.ExAnte ? "ex ante" : "monitored")}" +
        (Option is MonitoringOption o ? $", option {o}" : string.Empty) +
        $", {Basis}; source: {Source}] → used {QuantificationFormat.Number(UsedValue)} {UsedUnit}";
}
