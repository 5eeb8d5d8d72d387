using CarbonLedger.Utility;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// Says that a project at one registry and a project at another are the same activity (a project that moved
/// registries, or is listed at both), so that issuances for the same vintage at both count the same tonnes twice.
/// </summary>
/// <remarks>Immutable. Serial numbers of two registries never share a numbering space, so only such a link can show a
/// double count across registries.</remarks>
public sealed class ProjectLink
{
    /// <summary>Links two projects.</summary>
    /// <param name="firstRegistry">The first project's registry.</param>
    /// <param name="firstProject">The first project as its registry writes it.</param>
    /// <param name="secondRegistry">The second project's registry.</param>
    /// <param name="secondProject">The second project as its registry writes it.</param>
    /// <exception cref="System.ArgumentNullException">A project is null.</exception>
    /// <exception cref="System.ArgumentException">Both sides are the same registry.</exception>
    public ProjectLink(CreditRegistry firstRegistry, string firstProject, CreditRegistry secondRegistry, string secondProject)
    {
        Preconditions.CheckDefined(firstRegistry, nameof(firstRegistry));
        Preconditions.CheckDefined(secondRegistry, nameof(secondRegistry));
        FirstProject = Preconditions.CheckNotNull(firstProject);
        SecondProject = Preconditions.CheckNotNull(secondProject);
        Preconditions.CheckArgument(firstRegistry != secondRegistry, nameof(secondRegistry),
            "A project link joins two registries; both sides are {0}", firstRegistry);
        FirstRegistry = firstRegistry;
        SecondRegistry = secondRegistry;
    }

    /// <summary>The first project's registry.</summary>
    public CreditRegistry FirstRegistry { get; }

    /// <summary>The first project as its registry writes it.</summary>
    public string FirstProject { get; }

    /// <summary>The second project's registry.</summary>
    public CreditRegistry SecondRegistry { get; }

    /// <summary>The second project as its registry writes it.</summary>
    public string SecondProject { get; }
}
