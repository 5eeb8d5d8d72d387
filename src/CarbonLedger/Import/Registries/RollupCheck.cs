using System.Globalization;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// A total a registry states (a project's or an issuance's roll-up) set against the sum of the transactions that
/// make it up.
/// </summary>
/// <remarks>Immutable. Checks have no natural order.</remarks>
public sealed class RollupCheck
{
    internal RollupCheck(CreditRegistry registry, string project, int? vintageYear, string description, long stated, long summed, string file, long line)
    {
        Registry = registry;
        Project = project;
        VintageYear = vintageYear;
        Description = description;
        Stated = stated;
        Summed = summed;
        File = file;
        Line = line;
    }

    /// <summary>The registry.</summary>
    public CreditRegistry Registry { get; }

    /// <summary>The project as the registry writes it.</summary>
    public string Project { get; }

    /// <summary>The vintage year the roll-up covers, or null for every vintage of the project.</summary>
    public int? VintageYear { get; }

    /// <summary>What the roll-up is and what was summed against it, in words.</summary>
    public string Description { get; }

    /// <summary>The total the registry states.</summary>
    public long Stated { get; }

    /// <summary>The sum of the transactions that make it up.</summary>
    public long Summed { get; }

    /// <summary><see cref="Stated"/> − <see cref="Summed"/>: positive when transactions are missing, negative when there are too many.</summary>
    public long Difference => Stated - Summed;

    /// <summary>Whether the stated total equals the sum.</summary>
    public bool IsBalanced => Stated == Summed;

    /// <summary>The file the roll-up was read from.</summary>
    public string File { get; }

    /// <summary>The line of the roll-up in <see cref="File"/>.</summary>
    public long Line { get; }

    /// <summary>Formats as <c>Verra 1340 2020: Total Vintage Quantity 1454054, sum 1454054, balanced</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Registry} {Project}{(VintageYear is int y ? " " + y.ToString(CultureInfo.InvariantCulture) : "")}: {Description}: stated {Stated}, summed {Summed}, {(IsBalanced ? "balanced" : "difference " + Difference)}");
}
