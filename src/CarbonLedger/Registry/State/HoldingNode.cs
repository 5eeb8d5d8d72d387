using System;

namespace CarbonLedger.Registry.State;

/// <summary>
/// A node of a <see cref="HoldingTree"/>: a leaf of holdings in key order, or a branch of subtrees. Every node keeps
/// the block count and credit sum of its subtree. A node is immutable once published; only the writer generation
/// that created it (its <see cref="Owner"/>) may update it in place before then.
/// </summary>
internal abstract class HoldingNode
{
    /// <summary>The most holdings in a leaf and the most subtrees in a branch.</summary>
    internal const int Capacity = 16;

    /// <summary>Array length: one more than <see cref="Capacity"/>, so an insertion can overflow a node before it splits.</summary>
    private protected const int Room = Capacity + 1;

    private protected HoldingNode(TransientOwner? owner) => Owner = owner;

    internal TransientOwner? Owner { get; }

    /// <summary>Holdings in the subtree.</summary>
    internal int Count { get; private protected set; }

    /// <summary>Credits in the subtree.</summary>
    internal long Credits { get; private protected set; }

    /// <summary>How many entries (holdings or subtrees) the node has.</summary>
    internal int Length { get; private protected set; }

    /// <summary>Whether <paramref name="owner"/> may update this node in place.</summary>
    internal bool OwnedBy(TransientOwner? owner) => owner is not null && ReferenceEquals(Owner, owner);
}

/// <summary>A leaf: up to <see cref="HoldingNode.Capacity"/> holdings in key order.</summary>
internal sealed class HoldingLeaf : HoldingNode
{
    private HoldingLeaf(TransientOwner? owner, CreditBlock[] items, int length, long credits)
        : base(owner)
    {
        Items = items;
        Length = length;
        Count = length;
        Credits = credits;
    }

    /// <summary>The holdings; entries at and past <see cref="HoldingNode.Length"/> are unused.</summary>
    internal CreditBlock[] Items { get; }

    internal CreditBlock First => Items[0];

    internal static HoldingLeaf Single(TransientOwner? owner, in CreditBlock block)
    {
        var items = new CreditBlock[Room];
        items[0] = block;
        return new HoldingLeaf(owner, items, 1, block.Count);
    }

    /// <summary>This leaf when <paramref name="owner"/> may update it, else a copy owned by <paramref name="owner"/>.</summary>
    internal HoldingLeaf Writable(TransientOwner? owner)
    {
        if (OwnedBy(owner))
        {
            return this;
        }
        var items = new CreditBlock[Room];
        Array.Copy(Items, items, Length);
        return new HoldingLeaf(owner, items, Length, Credits);
    }

    internal void Insert(int index, in CreditBlock block)
    {
        Array.Copy(Items, index, Items, index + 1, Length - index);
        Items[index] = block;
        Length++;
        Count = Length;
        Credits += block.Count;
    }

    internal void RemoveAt(int index)
    {
        Credits -= Items[index].Count;
        Array.Copy(Items, index + 1, Items, index, Length - index - 1);
        Length--;
        Items[Length] = default;
        Count = Length;
    }

    internal void Set(int index, in CreditBlock block)
    {
        Credits += block.Count - Items[index].Count;
        Items[index] = block;
    }

    /// <summary>Moves the upper half of this overfull leaf into a new leaf and returns it.</summary>
    internal HoldingLeaf SplitUpper(TransientOwner? owner)
    {
        int keep = Length / 2;
        var items = new CreditBlock[Room];
        long moved = 0;
        for (int i = keep; i < Length; i++)
        {
            items[i - keep] = Items[i];
            moved += Items[i].Count;
            Items[i] = default;
        }
        var upper = new HoldingLeaf(owner, items, Length - keep, moved);
        Length = keep;
        Count = keep;
        Credits -= moved;
        return upper;
    }
}

/// <summary>A branch: up to <see cref="HoldingNode.Capacity"/> subtrees in key order, with the first holding of each.</summary>
internal sealed class HoldingBranch : HoldingNode
{
    private HoldingBranch(TransientOwner? owner, HoldingNode[] children, CreditBlock[] lows, int length, int count, long credits)
        : base(owner)
    {
        Children = children;
        Lows = lows;
        Length = length;
        Count = count;
        Credits = credits;
    }

    /// <summary>The subtrees; entries at and past <see cref="HoldingNode.Length"/> are null.</summary>
    internal HoldingNode[] Children { get; }

    /// <summary>The first holding of each subtree (kept here so a search reads one node per level).</summary>
    internal CreditBlock[] Lows { get; }

    internal CreditBlock First => Lows[0];

    internal static HoldingBranch Of(TransientOwner? owner, HoldingNode left, in CreditBlock leftLow, HoldingNode right, in CreditBlock rightLow)
    {
        var children = new HoldingNode[Room];
        var lows = new CreditBlock[Room];
        children[0] = left;
        children[1] = right;
        lows[0] = leftLow;
        lows[1] = rightLow;
        return new HoldingBranch(owner, children, lows, 2, left.Count + right.Count, left.Credits + right.Credits);
    }

    /// <summary>This branch when <paramref name="owner"/> may update it, else a copy owned by <paramref name="owner"/>.</summary>
    internal HoldingBranch Writable(TransientOwner? owner)
    {
        if (OwnedBy(owner))
        {
            return this;
        }
        var children = new HoldingNode[Room];
        var lows = new CreditBlock[Room];
        Array.Copy(Children, children, Length);
        Array.Copy(Lows, lows, Length);
        return new HoldingBranch(owner, children, lows, Length, Count, Credits);
    }

    /// <summary>Replaces subtree <paramref name="index"/> (whose totals were <paramref name="oldCount"/> and <paramref name="oldCredits"/>).</summary>
    internal void SetChild(int index, HoldingNode child, in CreditBlock low, int oldCount, long oldCredits)
    {
        Children[index] = child;
        Lows[index] = low;
        Count += child.Count - oldCount;
        Credits += child.Credits - oldCredits;
    }

    /// <summary>Inserts the subtree split off subtree <paramref name="index"/> right after it, with its totals.</summary>
    internal void InsertSplit(int index, HoldingNode child, in CreditBlock low)
    {
        Count += child.Count;
        Credits += child.Credits;
        Array.Copy(Children, index + 1, Children, index + 2, Length - index - 1);
        Array.Copy(Lows, index + 1, Lows, index + 2, Length - index - 1);
        Children[index + 1] = child;
        Lows[index + 1] = low;
        Length++;
    }

    /// <summary>Removes subtree <paramref name="index"/>, which held <paramref name="oldCount"/> holdings and <paramref name="oldCredits"/> credits.</summary>
    internal void RemoveAt(int index, int oldCount, long oldCredits)
    {
        Count -= oldCount;
        Credits -= oldCredits;
        Array.Copy(Children, index + 1, Children, index, Length - index - 1);
        Array.Copy(Lows, index + 1, Lows, index, Length - index - 1);
        Length--;
        Children[Length] = null!;
        Lows[Length] = default;
    }

    /// <summary>Moves the upper half of this overfull branch into a new branch and returns it.</summary>
    internal HoldingBranch SplitUpper(TransientOwner? owner)
    {
        int keep = Length / 2;
        var children = new HoldingNode[Room];
        var lows = new CreditBlock[Room];
        int count = 0;
        long credits = 0;
        for (int i = keep; i < Length; i++)
        {
            children[i - keep] = Children[i];
            lows[i - keep] = Lows[i];
            count += Children[i].Count;
            credits += Children[i].Credits;
            Children[i] = null!;
            Lows[i] = default;
        }
        var upper = new HoldingBranch(owner, children, lows, Length - keep, count, credits);
        Length = keep;
        Count -= count;
        Credits -= credits;
        return upper;
    }
}
