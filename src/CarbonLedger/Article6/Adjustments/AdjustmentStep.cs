using System.Text.Json.Serialization;
using CarbonLedger.Quantities;

namespace CarbonLedger.Article6.Adjustments;

/// <summary>One step of the arithmetic of a corresponding adjustment: what is computed, how, and the result.</summary>
/// <remarks>Immutable; steps are listed on the result in the order they are computed.</remarks>
public sealed class AdjustmentStep
{
    [JsonConstructor]
    internal AdjustmentStep(string label, string expression, Co2e result)
    {
        Label = label;
        Expression = expression;
        Result = result;
    }

    /// <summary>What the step computes, for example <c>2030 net</c>.</summary>
    public string Label { get; }

    /// <summary>The arithmetic with its operands, in tonnes, for example <c>1000 − 400</c>.</summary>
    public string Expression { get; }

    /// <summary>The result.</summary>
    public Co2e Result { get; }

    /// <summary>For example <c>2030 net: 1000 − 400 = 600 tCO2e</c>.</summary>
    public override string ToString() => $"{Label}: {Expression} = {Result}";
}
