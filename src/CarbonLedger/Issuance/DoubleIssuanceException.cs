using System;
using CarbonLedger.Projects;
using NodaTime;

namespace CarbonLedger.Issuance;

/// <summary>
/// Thrown when credits of a project's monitoring period and vintage would be issued a second time: the new
/// monitoring period overlaps one already issued and they share a vintage year.
/// </summary>
public sealed class DoubleIssuanceException : InvalidOperationException
{
    /// <summary>Creates the exception with a default message.</summary>
    public DoubleIssuanceException()
        : base("Credits of this monitoring period and vintage have already been issued")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DoubleIssuanceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public DoubleIssuanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DoubleIssuanceException(ProjectId project, DateInterval requested, DateInterval issued, int vintage, long batchNumber)
        : base(FormattableString.Invariant(
            $"Project {project}: vintage {vintage} of monitoring period {requested} was already issued in batch {batchNumber} (monitoring period {issued}); it cannot be issued twice"))
    {
        Project = project;
        Vintage = vintage;
    }

    /// <summary>The project, when known.</summary>
    public ProjectId Project { get; }

    /// <summary>The vintage year issued twice, when known (0 otherwise).</summary>
    public int Vintage { get; }
}
