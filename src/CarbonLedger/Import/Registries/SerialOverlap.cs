using System.Globalization;
using CarbonLedger.Serials;

namespace CarbonLedger.Import.Registries;

/// <summary>Two credit records that count the same credits: see <see cref="CreditChecks.FindOverlaps"/>.</summary>
/// <remarks>Immutable.</remarks>
public sealed class SerialOverlap
{
    internal SerialOverlap(OverlapKind kind, CreditRecord first, CreditRecord second, SerialBlock? shared)
    {
        Kind = kind;
        First = first;
        Second = second;
        Shared = shared;
    }

    /// <summary>Which double count it is.</summary>
    public OverlapKind Kind { get; }

    /// <summary>The earlier record (in its file's order).</summary>
    public CreditRecord First { get; }

    /// <summary>The later record.</summary>
    public CreditRecord Second { get; }

    /// <summary>The serial numbers both cover, or null for a cross-registry finding (no shared numbering).</summary>
    public SerialBlock? Shared { get; }

    /// <summary>Formats as <c>DoubleRetirement: serials 941467100-941467200 of VCU in verra.csv line 3 and line 9</c>.</summary>
    public override string ToString() => Shared is SerialBlock block
        ? string.Create(CultureInfo.InvariantCulture,
            $"{Kind}: serials {block} ({block.Count} credits) of {First.Serial!.Space} in {First.File} line {First.Line} and {Second.File} line {Second.Line}")
        : string.Create(CultureInfo.InvariantCulture,
            $"{Kind}: vintage {First.VintageYear} issued at {First.Registry} {First.Project} ({First.File} line {First.Line}) and at {Second.Registry} {Second.Project} ({Second.File} line {Second.Line})");
}
