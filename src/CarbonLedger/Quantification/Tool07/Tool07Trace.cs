using System.Collections.Generic;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>Collects the inputs and steps of one TOOL07 calculation into a <see cref="CalculationTrace"/>.</summary>
internal sealed class Tool07Trace
{
    private readonly string method;
    private readonly List<TracedParameter> parameters = [];
    private readonly List<TraceStep> steps = [];

    internal Tool07Trace(string method) => this.method = method;

    internal Term Input(string symbol, decimal value, ParameterUnit unit, string source)
    {
        parameters.Add(new TracedParameter(symbol, ParameterKind.ExAnte, value, unit, unit.ToCanonical(value), MonitoringOption.A, source, "TOOL07 input"));
        return Term.Named(symbol, unit.ToCanonical(value));
    }

    internal Term Step(string symbol, string formula, Term value, string unit)
    {
        steps.Add(new TraceStep(symbol, formula, value.Symbolic, value.Numeric, value.Value, unit));
        return Term.Named(symbol, value.Value);
    }

    internal Term Step(string symbol, string formula, string expansion, string substitution, decimal value, string unit)
    {
        steps.Add(new TraceStep(symbol, formula, expansion, substitution, value, unit));
        return Term.Named(symbol, value);
    }

    internal GridFactorCalculation Result(Term factor) =>
        new(method, factor.Value, new CalculationTrace($"CDM TOOL07 {method}", parameters.ToArray(), [], steps.ToArray()));

    internal static string Number(decimal value) => QuantificationFormat.Number(value);
}
