using CarbonLedger.Utility;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// A project's total issued credits as a registry states it elsewhere (its project list, a project page), to set
/// against the sum of the issuances imported: see <see cref="RegistryImport.Reconcile"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ProjectRollup
{
    /// <summary>Creates a roll-up.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="project">The project as the registry writes it.</param>
    /// <param name="vintageYear">The vintage it covers, or null for all of the project's vintages.</param>
    /// <param name="issued">The credits issued, as stated; not negative.</param>
    /// <param name="source">Where the figure comes from, for example <c>projects.csv line 4, Total Number of Credits Registered</c>.</param>
    /// <param name="file">The file it was read from, or where the caller got it.</param>
    /// <param name="line">The line in that file, 1 or more.</param>
    /// <exception cref="System.ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="issued"/> is negative or <paramref name="line"/> is less than 1.</exception>
    public ProjectRollup(CreditRegistry registry, string project, int? vintageYear, long issued, string source, string file, long line)
    {
        Preconditions.CheckDefined(registry, nameof(registry));
        Project = Preconditions.CheckNotNull(project);
        Source = Preconditions.CheckNotNull(source);
        File = Preconditions.CheckNotNull(file);
        Preconditions.CheckArgumentRange(nameof(issued), issued, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(line), line, 1, long.MaxValue);
        Registry = registry;
        VintageYear = vintageYear;
        Issued = issued;
        Line = line;
    }

    /// <summary>The registry.</summary>
    public CreditRegistry Registry { get; }

    /// <summary>The project as the registry writes it.</summary>
    public string Project { get; }

    /// <summary>The vintage it covers, or null for all of the project's vintages.</summary>
    public int? VintageYear { get; }

    /// <summary>The credits issued, as stated.</summary>
    public long Issued { get; }

    /// <summary>Where the figure comes from.</summary>
    public string Source { get; }

    /// <summary>The file it was read from.</summary>
    public string File { get; }

    /// <summary>The line in that file.</summary>
    public long Line { get; }
}
