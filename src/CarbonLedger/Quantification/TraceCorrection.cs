using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>A conservative correction applied to a monitored parameter, with the value before and after.</summary>
/// <remarks>Instances are immutable and created by <see cref="CalculationContext"/>.</remarks>
public sealed class TraceCorrection
{
    internal TraceCorrection(string symbol, CorrectionKind kind, string description, decimal before, decimal after, ParameterUnit unit)
    {
        Symbol = symbol;
        Kind = kind;
        Description = description;
        Before = before;
        After = after;
        Unit = unit;
    }

    /// <summary>The symbol of the corrected parameter.</summary>
    public string Symbol { get; }

    /// <summary>Which rule was applied.</summary>
    public CorrectionKind Kind { get; }

    /// <summary>How the rule was applied, with its numbers.</summary>
    public string Description { get; }

    /// <summary>The parameter's value before the correction, in <see cref="Unit"/>.</summary>
    public decimal Before { get; }

    /// <summary>The parameter's value after the correction, in <see cref="Unit"/>.</summary>
    public decimal After { get; }

    /// <summary>The (canonical) unit of <see cref="Before"/> and <see cref="After"/>.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>Formats as <c>EG_1,p: MaximumPermissibleError — description: 1500 → 1492.5 MWh</c>.</summary>
    public override string ToString() =>
        $"{Symbol}: {Kind} — {Description}: {QuantificationFormat.Number(Before)} → {QuantificationFormat.Number(After)} {Unit}";
}
