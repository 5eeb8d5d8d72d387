namespace CarbonLedger.Article6;

/// <summary>Whether the mitigation outcomes are emission reductions, removals or both (AEF vocabulary).</summary>
public enum MitigationType
{
    /// <summary><c>Emission reductions</c>.</summary>
    EmissionReductions = 1,

    /// <summary><c>Removals</c>.</summary>
    Removals = 2,

    /// <summary><c>Emission reductions and removals</c>.</summary>
    EmissionReductionsAndRemovals = 3,
}
