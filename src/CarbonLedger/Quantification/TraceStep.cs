using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>
/// One formula step of a calculation: <c>RE_p = Σ_i EG_i,p × EF_i = EG_1,p × EF_1 = 1500 × 0.797 = 1195.5 tCO2e</c>.
/// </summary>
/// <remarks>Instances are immutable and created by <see cref="CalculationContext"/>.</remarks>
public sealed class TraceStep
{
    internal TraceStep(string symbol, string formula, string expansion, string substitution, decimal value, string unit)
    {
        Symbol = symbol;
        Formula = formula;
        Expansion = expansion;
        Substitution = substitution;
        Value = value;
        Unit = unit;
    }

    /// <summary>The symbol computed, for example <c>RE_p</c>.</summary>
    public string Symbol { get; }

    /// <summary>The general formula as the methodology writes it, for example <c>Σ_i EG_i,p × EF_i</c>.</summary>
    public string Formula { get; }

    /// <summary>The formula expanded for this calculation's parameters, for example <c>EG_1,p × EF_1</c>.</summary>
    public string Expansion { get; }

    /// <summary>The expansion with every symbol replaced by its value, for example <c>1500 × 0.797</c>.</summary>
    public string Substitution { get; }

    /// <summary>The exact result.</summary>
    public decimal Value { get; }

    /// <summary>The unit of the result, for example <c>tCO2e</c>.</summary>
    public string Unit { get; }

    /// <summary>Formats as <c>RE_p = formula = expansion = substitution = value unit</c>, skipping repeated texts.</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder(Symbol).Append(" = ").Append(Formula);
        if (Expansion != Formula)
        {
            text.Append(" = ").Append(Expansion);
        }
        if (Substitution != Expansion)
        {
            text.Append(" = ").Append(Substitution);
        }
        string value = QuantificationFormat.Number(Value);
        if (value != Substitution)
        {
            text.Append(" = ").Append(value);
        }
        return text.Append(' ').Append(Unit).ToString();
    }
}
