using System.Collections.Generic;
using System.Text;

namespace CarbonLedger.Quantification;

/// <summary>
/// Everything a calculation used and did, in order: the parameters (value, unit, option, source, value used), the
/// conservative corrections, and each formula step with its symbols and numbers. An auditor can recompute the
/// result by hand from it.
/// </summary>
/// <remarks>Instances are immutable. <see cref="ToString"/> renders the trace as plain text.</remarks>
public sealed class CalculationTrace
{
    internal CalculationTrace(string heading, IReadOnlyList<TracedParameter> parameters, IReadOnlyList<TraceCorrection> corrections, IReadOnlyList<TraceStep> steps)
    {
        Heading = heading;
        Parameters = parameters;
        Corrections = corrections;
        Steps = steps;
    }

    /// <summary>What was calculated: methodology, GWP set, span and site.</summary>
    public string Heading { get; }

    /// <summary>The parameters in the order the calculation used them.</summary>
    public IReadOnlyList<TracedParameter> Parameters { get; }

    /// <summary>The corrections in the order they were applied.</summary>
    public IReadOnlyList<TraceCorrection> Corrections { get; }

    /// <summary>The formula steps in order.</summary>
    public IReadOnlyList<TraceStep> Steps { get; }

    /// <summary>Finds the step that computed a symbol, or null.</summary>
    /// <param name="symbol">The symbol, for example <c>RE_p</c>.</param>
    public TraceStep? FindStep(string symbol)
    {
        foreach (TraceStep step in Steps)
        {
            if (step.Symbol == symbol)
            {
                return step;
            }
        }
        return null;
    }

    /// <summary>Finds a parameter by symbol, or null.</summary>
    /// <param name="symbol">The symbol, for example <c>EG_1,p</c>.</param>
    public TracedParameter? FindParameter(string symbol)
    {
        foreach (TracedParameter parameter in Parameters)
        {
            if (parameter.Symbol == symbol)
            {
                return parameter;
            }
        }
        return null;
    }

    /// <summary>The trace as plain text: heading, parameters, corrections and steps, one per line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Heading).Append('\n');
        Section(text, "Parameters", Parameters);
        Section(text, "Corrections", Corrections);
        Section(text, "Steps", Steps);
        return text.ToString();
    }

    private static void Section<T>(StringBuilder text, string title, IReadOnlyList<T> items)
    {
        if (items.Count == 0)
        {
            return;
        }
        text.Append(title).Append(":\n");
        foreach (T item in items)
        {
            text.Append("  ").Append(item).Append('\n');
        }
    }
}
