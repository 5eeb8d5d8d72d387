using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CarbonLedger.Projects;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// Which credits an operation takes from an account: either a quantity, which the ledger picks deterministically
/// (<see cref="ByQuantity"/>, optionally filtered and ordered), or exact serial ranges (<see cref="Exactly(SerialRange[])"/>).
/// </summary>
/// <remarks>
/// <para>A quantity is picked in <see cref="Order"/> (oldest vintage first by default; within a vintage by issuing
/// registry, project, then lowest serial), skipping blocks that do not match the filters. Whole blocks are taken
/// until the last one needed, which is split: the holder keeps its first serials and the last ones move.</para>
/// <para>Exact ranges are normalised: sorted by issuer, project and start, adjacent ranges of one serial space
/// joined. Overlapping ranges are refused. Equality compares the normalised selection, so it is what idempotency
/// compares when an operation id is repeated.</para>
/// </remarks>
public sealed class CreditSelection : IEquatable<CreditSelection>
{
    private readonly ImmutableArray<SerialRange> ranges;

    private CreditSelection(long quantity, ImmutableArray<SerialRange> ranges, SelectionOrder order, ProjectId? project, int? vintage, string? unitType, AuthorizationStatus? authorization)
    {
        Quantity = quantity;
        this.ranges = ranges;
        Order = order;
        Project = project;
        Vintage = vintage;
        UnitType = unitType;
        Authorization = authorization;
    }

    /// <summary>How many credits are selected (for exact ranges, their total size).</summary>
    public long Quantity { get; }

    /// <summary>Whether the selection names exact ranges rather than a quantity.</summary>
    public bool IsExact => ranges.Length > 0;

    /// <summary>The exact ranges, normalised; empty for a quantity selection.</summary>
    public ImmutableArray<SerialRange> Ranges => ranges;

    /// <summary>The order in which a quantity is picked.</summary>
    public SelectionOrder Order { get; }

    /// <summary>When set, only blocks of this project are picked.</summary>
    public ProjectId? Project { get; }

    /// <summary>When set, only blocks of this vintage are picked.</summary>
    public int? Vintage { get; }

    /// <summary>When set, only blocks of this unit type are picked.</summary>
    public string? UnitType { get; }

    /// <summary>When set, only blocks with this authorisation status are picked.</summary>
    public AuthorizationStatus? Authorization { get; }

    /// <summary>Selects <paramref name="quantity"/> credits, oldest vintage first.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is below 1.</exception>
    public static CreditSelection ByQuantity(long quantity)
    {
        Preconditions.CheckArgumentRange(nameof(quantity), quantity, 1, long.MaxValue);
        return new CreditSelection(quantity, ImmutableArray<SerialRange>.Empty, SelectionOrder.OldestVintageFirst, null, null, null, null);
    }

    /// <summary>Selects exactly the credits of the given ranges.</summary>
    /// <exception cref="ArgumentException">No range is given, a range is the default value, or two ranges overlap.</exception>
    public static CreditSelection Exactly(params SerialRange[] ranges)
    {
        Preconditions.CheckNotNull(ranges);
        return Exactly((IEnumerable<SerialRange>)ranges);
    }

    /// <summary>Selects exactly the credits of the given ranges.</summary>
    /// <exception cref="ArgumentException">No range is given, a range is the default value, or two ranges overlap.</exception>
    public static CreditSelection Exactly(IEnumerable<SerialRange> ranges)
    {
        Preconditions.CheckNotNull(ranges);
        var list = new List<SerialRange>(ranges);
        Preconditions.CheckArgument(list.Count > 0, nameof(ranges), "At least one serial range must be given");
        foreach (SerialRange r in list)
        {
            Preconditions.CheckArgument(r.Issuer.IsValid && r.Serials.Start >= 1, nameof(ranges), "Serial range {0} is the default value", r);
        }
        list.Sort(CompareRanges);
        var normalised = ImmutableArray.CreateBuilder<SerialRange>(list.Count);
        long total = 0;
        foreach (SerialRange r in list)
        {
            if (normalised.Count > 0 && normalised[^1].SameSpaceAs(r))
            {
                SerialRange last = normalised[^1];
                Preconditions.CheckArgument(!last.Serials.Overlaps(r.Serials), nameof(ranges), "Serial ranges {0} and {1} overlap", last, r);
                if (last.Serials.IsAdjacentTo(r.Serials))
                {
                    normalised[^1] = SerialRange.Create(last.Issuer, last.Project, last.Serials.Merge(r.Serials));
                    total = checked(total + r.Serials.Count);
                    continue;
                }
            }
            normalised.Add(r);
            total = checked(total + r.Serials.Count);
        }
        return new CreditSelection(total, normalised.ToImmutable(), SelectionOrder.OldestVintageFirst, null, null, null, null);
    }

    /// <summary>A copy that picks in <paramref name="order"/>.</summary>
    /// <exception cref="InvalidOperationException">The selection names exact ranges.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The order is not defined.</exception>
    public CreditSelection InOrder(SelectionOrder order)
    {
        Preconditions.CheckDefined(order, nameof(order));
        return new CreditSelection(CheckQuantityBased(), ranges, order, Project, Vintage, UnitType, Authorization);
    }

    /// <summary>A copy that picks only blocks of <paramref name="project"/>.</summary>
    /// <exception cref="InvalidOperationException">The selection names exact ranges.</exception>
    /// <exception cref="ArgumentException">The project is the default value.</exception>
    public CreditSelection ForProject(ProjectId project)
    {
        Preconditions.CheckArgument(project.Value.Length > 0, nameof(project), "Project id must not be the default value");
        return new CreditSelection(CheckQuantityBased(), ranges, Order, project, Vintage, UnitType, Authorization);
    }

    /// <summary>A copy that picks only blocks of <paramref name="vintage"/>.</summary>
    /// <exception cref="InvalidOperationException">The selection names exact ranges.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The vintage is out of range.</exception>
    public CreditSelection ForVintage(int vintage)
    {
        Preconditions.CheckArgumentRange(nameof(vintage), vintage, CreditAttributes.MinVintage, CreditAttributes.MaxVintage);
        return new CreditSelection(CheckQuantityBased(), ranges, Order, Project, vintage, UnitType, Authorization);
    }

    /// <summary>A copy that picks only blocks of <paramref name="unitType"/>.</summary>
    /// <exception cref="InvalidOperationException">The selection names exact ranges.</exception>
    /// <exception cref="ArgumentException">The unit type is malformed.</exception>
    public CreditSelection ForUnitType(string unitType)
    {
        Preconditions.CheckNotNull(unitType);
        Preconditions.CheckArgument(TextRules.IsToken(unitType.AsSpan(), CreditAttributes.MaxUnitTypeLength), nameof(unitType),
            "Unit type must be 1 to 16 characters from letters, digits, '.', '_', ':' and '-'; it is '{0}'", unitType);
        return new CreditSelection(CheckQuantityBased(), ranges, Order, Project, Vintage, unitType, Authorization);
    }

    /// <summary>A copy that picks only blocks with authorisation status <paramref name="authorization"/>.</summary>
    /// <exception cref="InvalidOperationException">The selection names exact ranges.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined.</exception>
    public CreditSelection ForAuthorization(AuthorizationStatus authorization)
    {
        Preconditions.CheckDefined(authorization, nameof(authorization));
        return new CreditSelection(CheckQuantityBased(), ranges, Order, Project, Vintage, UnitType, authorization);
    }

    /// <summary>Whether the selection's filters (project, vintage, unit type, authorisation) admit credits with these attributes; an exact selection has none.</summary>
    /// <param name="attributes">The credits' attributes.</param>
    /// <returns>True when every filter admits them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    public bool Matches(CreditAttributes attributes) =>
        Preconditions.CheckNotNull(attributes) is not null
        && (Project is not { } p || attributes.Project == p)
        && (Vintage is not { } v || attributes.Vintage == v)
        && (UnitType is null || string.Equals(attributes.UnitType, UnitType, StringComparison.Ordinal))
        && (Authorization is not { } a || attributes.Authorization == a);

    /// <summary>Whether the selection has any filter.</summary>
    internal bool HasFilter => Project.HasValue || Vintage.HasValue || UnitType is not null || Authorization.HasValue;

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] CreditSelection? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || Quantity != other.Quantity || Order != other.Order || Project != other.Project || Vintage != other.Vintage
            || !string.Equals(UnitType, other.UnitType, StringComparison.Ordinal) || Authorization != other.Authorization
            || ranges.Length != other.ranges.Length)
        {
            return false;
        }
        for (int i = 0; i < ranges.Length; i++)
        {
            if (ranges[i] != other.ranges[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CreditSelection);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Quantity, Order, Project, Vintage, UnitType, Authorization, ranges.Length);

    /// <summary>For example <c>50 credits, OldestVintageFirst, vintage 2024</c> or <c>exactly KAZ01:KZ001:1-10</c>.</summary>
    public override string ToString()
    {
        if (IsExact)
        {
            return "exactly " + string.Join(", ", ranges);
        }
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Quantity} credits, {Order}");
        if (Project is { } p)
        {
            text.Append(CultureInfo.InvariantCulture, $", project {p}");
        }
        if (Vintage is { } v)
        {
            text.Append(CultureInfo.InvariantCulture, $", vintage {v}");
        }
        if (UnitType is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", unit type {UnitType}");
        }
        if (Authorization is { } a)
        {
            text.Append(CultureInfo.InvariantCulture, $", {a}");
        }
        return text.ToString();
    }

    /// <summary>Orders ranges by issuer, project text and start.</summary>
    internal static int CompareRanges(SerialRange a, SerialRange b)
    {
        int c = a.Issuer.CompareTo(b.Issuer);
        if (c != 0)
        {
            return c;
        }
        c = string.CompareOrdinal(a.Project.Value, b.Project.Value);
        return c != 0 ? c : a.Serials.Start.CompareTo(b.Serials.Start);
    }

    private long CheckQuantityBased() =>
        IsExact ? throw new InvalidOperationException("Exact serial ranges cannot be filtered or reordered; filters apply to quantity selections") : Quantity;
}
