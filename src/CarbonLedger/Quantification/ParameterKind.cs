namespace CarbonLedger.Quantification;

/// <summary>Whether a parameter in a calculation trace was fixed ex ante or monitored during the period.</summary>
public enum ParameterKind
{
    /// <summary>Fixed ex ante for the crediting period (emission factors, reference COPs, efficiencies, GWPs).</summary>
    ExAnte = 1,

    /// <summary>Monitored during the period (meter readings, invoiced totals).</summary>
    Monitored = 2,
}
