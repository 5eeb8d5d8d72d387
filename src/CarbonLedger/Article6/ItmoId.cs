using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

/// <summary>
/// The unique identifier of a block of ITMOs: the cooperative approach, the originating Party's registry, the
/// project (which, with the registry, names the serial space), the vintage and the inclusive serial block, written
/// <c>{approach}-{registry}-{project}-{vintage}-{start}-{end}</c>, for example <c>CA0001-THA01-TH001-2025-101-200</c>.
/// </summary>
/// <remarks>
/// <para>The AEF requires at least the cooperative approach and the originating registry; the rest is
/// CarbonLedger's convention. The project is included because serial numbers are unique only within one issuing
/// registry and project; a single unit has <c>start = end</c>. Serial numbers are written without leading zeros.</para>
/// <para>Equality compares every part. Identifiers have no natural order and do not implement
/// <see cref="IComparable{T}"/>. The default value is not valid and prints as an empty string.</para>
/// </remarks>
public readonly struct ItmoId : IEquatable<ItmoId>
{
    private readonly CooperativeApproachId approach;
    private readonly RegistryId registry;
    private readonly ProjectId project;
    private readonly int vintage;
    private readonly SerialBlock serials;

    private ItmoId(CooperativeApproachId approach, RegistryId registry, ProjectId project, int vintage, SerialBlock serials)
    {
        this.approach = approach;
        this.registry = registry;
        this.project = project;
        this.vintage = vintage;
        this.serials = serials;
    }

    /// <summary>The cooperative approach.</summary>
    public CooperativeApproachId Approach => approach;

    /// <summary>The originating Party's registry (the issuer of the units).</summary>
    public RegistryId OriginatingRegistry => registry;

    /// <summary>The project that earned the units.</summary>
    public ProjectId Project => project;

    /// <summary>The vintage year.</summary>
    public int Vintage => vintage;

    /// <summary>The serial numbers, inclusive.</summary>
    public SerialBlock Serials => serials;

    /// <summary>How many units the block holds.</summary>
    public long Count => serials.Count;

    /// <summary>The same units as a ledger serial range (registry, project and serials).</summary>
    public SerialRange Range => SerialRange.Create(registry, project, serials);

    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentException">An id or the serial block is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The vintage is out of range.</exception>
    public static ItmoId Create(CooperativeApproachId approach, RegistryId originatingRegistry, ProjectId project, int vintage, SerialBlock serials)
    {
        Preconditions.CheckArgument(approach.IsValid, nameof(approach), "Cooperative approach id must not be the default value");
        Preconditions.CheckArgument(originatingRegistry != default, nameof(originatingRegistry), "Originating registry must not be the default value");
        Preconditions.CheckArgument(project.Value.Length > 0, nameof(project), "Project id must not be the default value");
        Preconditions.CheckArgumentRange(nameof(vintage), vintage, CreditAttributes.MinVintage, CreditAttributes.MaxVintage);
        Preconditions.CheckArgument(serials.Start >= 1, nameof(serials), "Serial block must not be the default 0-0 block");
        return new ItmoId(approach, originatingRegistry, project, vintage, serials);
    }

    /// <summary>The identifier of a ledger block under a cooperative approach.</summary>
    /// <exception cref="ArgumentException">The approach or the block is the default value.</exception>
    public static ItmoId Of(CooperativeApproachId approach, CreditBlock block)
    {
        Preconditions.CheckArgument(approach.IsValid, nameof(approach), "Cooperative approach id must not be the default value");
        Preconditions.CheckArgument(block.Block.Start >= 1, nameof(block), "Block must not be the default value");
        CreditAttributes a = block.Attributes;
        return new ItmoId(approach, a.Issuer, a.Project, a.Vintage, block.Block);
    }

    /// <summary>Parses <c>CA0001-THA01-TH001-2025-101-200</c>-style text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an ITMO identifier.</exception>
    public static ItmoId Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out ItmoId id)
            ? id
            : throw new FormatException($"ITMO id '{s}' must be approach-registry-project-vintage-start-end, for example CA0001-THA01-TH001-2025-101-200");
    }

    /// <summary>Tries to parse <c>CA0001-THA01-TH001-2025-101-200</c>-style text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out ItmoId result)
    {
        result = default;
        if (s is null)
        {
            return false;
        }
        string[] parts = s.Split('-');
        if (parts.Length != 6
            || !CooperativeApproachId.TryParse(parts[0], out CooperativeApproachId approach)
            || parts[1].Length != 5 || !RegistryId.TryParse(parts[1], out RegistryId registry) || !string.Equals(registry.ToString(), parts[1], StringComparison.Ordinal)
            || !ProjectId.TryParse(parts[2], out ProjectId project) || !string.Equals(project.Value, parts[2], StringComparison.Ordinal)
            || parts[3].Length != 4 || !NumberText.TryParseDigits(parts[3], out int vintage)
            || vintage < CreditAttributes.MinVintage
            || !TryParseSerial(parts[4], out long start) || !TryParseSerial(parts[5], out long end) || end < start)
        {
            return false;
        }
        result = new ItmoId(approach, registry, project, vintage, SerialBlock.FromRange(start, end));
        return true;
    }

    private static bool TryParseSerial(string s, out long value) =>
        NumberText.TryParseDigits(s, out value) && value >= 1
        && string.Equals(value.ToString(CultureInfo.InvariantCulture), s, StringComparison.Ordinal);

    /// <inheritdoc />
    public bool Equals(ItmoId other) =>
        approach == other.approach && registry == other.registry && project == other.project && vintage == other.vintage && serials == other.serials;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ItmoId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(approach, registry, project, vintage, serials);

    /// <summary>Equality of every part.</summary>
    public static bool operator ==(ItmoId left, ItmoId right) => left.Equals(right);

    /// <summary>Inequality of any part.</summary>
    public static bool operator !=(ItmoId left, ItmoId right) => !left.Equals(right);

    /// <summary>The canonical text, for example <c>CA0001-THA01-TH001-2025-101-200</c>; empty for the default value.</summary>
    public override string ToString() => !approach.IsValid
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"{approach}-{registry}-{project.Value}-{vintage}-{serials.Start}-{serials.End}");
}
