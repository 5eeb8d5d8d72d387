namespace CarbonLedger.Projects;

/// <summary>Which credits a <see cref="CostEffectiveness"/> figure divides the support by.</summary>
public enum CostEffectivenessBasis
{
    /// <summary>Credits actually issued.</summary>
    Issued = 1,

    /// <summary>Credits expected over the crediting period.</summary>
    Expected = 2,
}
