namespace CarbonLedger.Quantification.GridEmissionFactors;

/// <summary>
/// How a project's electricity system is connected, which decides the JCM grid emission factor that applies.
/// </summary>
public enum GridConnectionCase
{
    /// <summary>
    /// Case 1: connected to the national or regional grid directly, or through an internal grid that is connected to
    /// neither an isolated grid nor a captive generator.
    /// </summary>
    GridConnected = 1,

    /// <summary>
    /// Case 2: connected through an internal grid that is also connected to an isolated grid and/or a captive
    /// generator (or, in Mongolia, an internal grid not connected to the national grid).
    /// </summary>
    CaptiveOrIsolated = 2,
}
