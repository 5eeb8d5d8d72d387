namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// Which way a monitored parameter pushes the emission reductions, and therefore which way every conservative
/// correction moves it.
/// </summary>
/// <remarks>
/// A parameter on the <see cref="Reference"/> side raises the reductions when it grows (a solar plant's output):
/// meter errors reduce it and missing data counts as zero. A parameter on the <see cref="Project"/> side lowers the
/// reductions when it grows (fuel burnt by the project): meter errors increase it and missing data takes the
/// methodology's conservative default. Both rules keep every correction against the project.
/// </remarks>
public enum ParameterSide
{
    /// <summary>The parameter raises the reductions (typically an output feeding <c>RE_p</c>).</summary>
    Reference = 1,

    /// <summary>The parameter raises the project emissions <c>PE_p</c> (typically an input the project consumes).</summary>
    Project = 2,
}
