using System;

namespace CarbonLedger.Quantification;

/// <summary>
/// Thrown when project-side monitoring data is missing and the methodology declared no conservative default to
/// fill it with. CarbonLedger never fills a gap in the project's favour, so the calculation cannot go on.
/// </summary>
public sealed class MissingMonitoringDataException : InvalidOperationException
{
    /// <summary>Creates the exception with a default message.</summary>
    public MissingMonitoringDataException()
        : base("Project-side monitoring data is missing and no conservative default was declared")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is missing, for which parameter, site and period.</param>
    public MissingMonitoringDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The cause.</param>
    public MissingMonitoringDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
