using System;
using CarbonLedger.Projects;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Issuance;

/// <summary>
/// A Joint Committee's decision to issue the credits of one monitoring period of a project: the authority for
/// a <see cref="CreditIssuance"/>, recorded on it.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed class JointCommitteeDecision : IEquatable<JointCommitteeDecision>
{
    private JointCommitteeDecision(ProjectId project, DateInterval monitoringPeriod, LocalDate decidedOn, string reference)
    {
        Project = project;
        MonitoringPeriod = monitoringPeriod;
        DecidedOn = decidedOn;
        Reference = reference;
    }

    /// <summary>The project whose credits are to be issued.</summary>
    public ProjectId Project { get; }

    /// <summary>The monitoring period decided on (inclusive).</summary>
    public DateInterval MonitoringPeriod { get; }

    /// <summary>The date of the decision.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>The committee's reference for the decision, for example <c>JC-KZ-2026-03</c>.</summary>
    public string Reference { get; }

    /// <summary>Records a decision.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The project id is the default value, the reference is blank, or the
    /// decision date precedes the end of the monitoring period.</exception>
    public static JointCommitteeDecision Create(ProjectId project, DateInterval monitoringPeriod, LocalDate decidedOn, string reference)
    {
        Preconditions.CheckNotNull(monitoringPeriod);
        Preconditions.CheckNotNull(reference);
        Preconditions.CheckArgument(project.Value.Length > 0, nameof(project), "Project id must not be the default value");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reference), nameof(reference), "Decision reference must not be blank");
        Preconditions.CheckArgument(decidedOn > monitoringPeriod.End, nameof(decidedOn),
            "A decision on {0} cannot come before the monitoring period it decides on has ended ({1})", decidedOn, monitoringPeriod);
        return new JointCommitteeDecision(project, monitoringPeriod, decidedOn, reference);
    }

    /// <inheritdoc />
    public bool Equals(JointCommitteeDecision? other) =>
        other is not null && Project == other.Project && MonitoringPeriod.Equals(other.MonitoringPeriod)
        && DecidedOn == other.DecidedOn && string.Equals(Reference, other.Reference, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JointCommitteeDecision);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Project, MonitoringPeriod, DecidedOn, Reference);

    /// <summary>For example <c>JC-KZ-2026-03: KZ001 [2025-01-01, 2025-12-31] decided 2026-03-15</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Reference}: {Project} {MonitoringPeriod} decided {DecidedOn:uuuu-MM-dd}");
}
