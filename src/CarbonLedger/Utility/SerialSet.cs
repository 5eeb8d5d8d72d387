using System.Collections.Immutable;
using CarbonLedger.Serials;

namespace CarbonLedger.Utility;

/// <summary>
/// A persistent set of serials within one serial space, kept as disjoint, non-adjacent blocks sorted by start
/// (adjacent blocks are joined). Used for the serials ever issued and the serials present in the registry.
/// </summary>
internal readonly struct SerialSet
{
    private readonly ImmutableSortedSet<SerialBlock>? blocks;

    private SerialSet(ImmutableSortedSet<SerialBlock> blocks) => this.blocks = blocks;

    private ImmutableSortedSet<SerialBlock> Blocks => blocks ?? ImmutableSortedSet.Create(SerialBlock.StartComparer);

    /// <summary>Whether any serial of <paramref name="block"/> is in the set.</summary>
    internal bool Overlaps(SerialBlock block)
    {
        ImmutableSortedSet<SerialBlock> set = Blocks;
        int i = set.IndexOf(block);
        if (i >= 0)
        {
            return true;
        }
        i = ~i;
        return (i > 0 && set[i - 1].End >= block.Start) || (i < set.Count && set[i].Start <= block.End);
    }

    /// <summary>Whether every serial of <paramref name="block"/> is in the set.</summary>
    internal bool Covers(SerialBlock block)
    {
        ImmutableSortedSet<SerialBlock> set = Blocks;
        int i = set.IndexOf(block);
        int container = i >= 0 ? i : ~i - 1;
        return container >= 0 && set[container].Contains(block);
    }

    /// <summary>Adds serials that are not in the set, joining adjacent blocks.</summary>
    internal SerialSet Add(SerialBlock block)
    {
        ImmutableSortedSet<SerialBlock> set = Blocks;
        int i = ~set.IndexOf(block);
        SerialBlock merged = block;
        if (i > 0 && set[i - 1].IsAdjacentTo(block))
        {
            merged = set[i - 1].Merge(merged);
            set = set.Remove(set[i - 1]);
            i--;
        }
        if (i < set.Count && set[i].IsAdjacentTo(merged))
        {
            merged = merged.Merge(set[i]);
            set = set.Remove(set[i]);
        }
        return new SerialSet(set.Add(merged));
    }

    /// <summary>Removes serials that are all in the set.</summary>
    internal SerialSet Remove(SerialBlock block)
    {
        ImmutableSortedSet<SerialBlock> set = Blocks;
        int i = set.IndexOf(block);
        SerialBlock container = set[i >= 0 ? i : ~i - 1];
        (SerialBlock? before, SerialBlock? after) = container.Remove(block);
        set = set.Remove(container);
        if (before is { } b)
        {
            set = set.Add(b);
        }
        if (after is { } a)
        {
            set = set.Add(a);
        }
        return new SerialSet(set);
    }
}
