using System.Globalization;

namespace CarbonLedger.Import.Registries;

/// <summary>The credits of one project and vintage year, by what happened to them, summed over imported records.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CreditTotal
{
    internal CreditTotal(CreditRegistry registry, string project, int vintageYear, long issued, long retired, long cancelled, long retiredOrCancelled, int records)
    {
        Registry = registry;
        Project = project;
        VintageYear = vintageYear;
        Issued = issued;
        Retired = retired;
        Cancelled = cancelled;
        RetiredOrCancelled = retiredOrCancelled;
        Records = records;
    }

    /// <summary>The registry.</summary>
    public CreditRegistry Registry { get; }

    /// <summary>The project as the registry writes it.</summary>
    public string Project { get; }

    /// <summary>The vintage year.</summary>
    public int VintageYear { get; }

    /// <summary>Credits issued.</summary>
    public long Issued { get; }

    /// <summary>Credits retired.</summary>
    public long Retired { get; }

    /// <summary>Credits cancelled.</summary>
    public long Cancelled { get; }

    /// <summary>Credits retired or cancelled where the export does not say which (Verra).</summary>
    public long RetiredOrCancelled { get; }

    /// <summary>Issued less retired and cancelled (of either kind). Negative when the records retire more than they
    /// issue, which means an export is missing issuances or counts credits twice.</summary>
    public long Remaining => Issued - Retired - Cancelled - RetiredOrCancelled;

    /// <summary>The number of records summed.</summary>
    public int Records { get; }

    /// <summary>Formats as <c>Verra 1340 2020: issued 1454054, retired 0, cancelled 0, retired or cancelled 425, remaining 1453629</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Registry} {Project} {VintageYear}: issued {Issued}, retired {Retired}, cancelled {Cancelled}, retired or cancelled {RetiredOrCancelled}, remaining {Remaining}");
}
