using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace CarbonLedger.Registry.State;

/// <summary>Room for <see cref="HoldingNode.Room"/> blocks stored inside a node object (no separate array).</summary>
[InlineArray(HoldingNode.Room)]
internal struct BlockRow
{
    private CreditBlock first;
}

/// <summary>Room for <see cref="HoldingNode.Room"/> subtrees stored inside a branch object.</summary>
[InlineArray(HoldingNode.Room)]
internal struct ChildRow
{
    private HoldingNode? first;
}

/// <summary>
/// A node of a <see cref="HoldingTree"/>: a leaf of holdings in key order, or a branch of subtrees. Every node keeps
/// the block count and credit sum of its subtree. A node is immutable once published; only the writer generation
/// that created it (its <see cref="Owner"/>) may update it in place before then.
/// </summary>
internal abstract class HoldingNode
{
    /// <summary>The most holdings in a leaf and the most subtrees in a branch.</summary>
    internal const int Capacity = 16;

    /// <summary>
    /// Entries a node has room for: one more than <see cref="Capacity"/>, so an insertion can overflow a node before it
    /// splits. The entries live inside the node object (inline arrays), so reading a node is one object, not three:
    /// on a large registry each level of a search then costs one cache miss instead of two or three.
    /// </summary>
    internal const int Room = Capacity + 1;

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
    private BlockRow items;

    private HoldingLeaf(TransientOwner? owner)
        : base(owner)
    {
    }

    /// <summary>The holdings; entries at and past <see cref="HoldingNode.Length"/> are unused (default).</summary>
    internal Span<CreditBlock> Items => items;

    internal CreditBlock First => items[0];

    internal static HoldingLeaf Single(TransientOwner? owner, in CreditBlock block)
    {
        var leaf = new HoldingLeaf(owner);
        leaf.items[0] = block;
        leaf.Length = 1;
        leaf.Count = 1;
        leaf.Credits = block.Count;
        return leaf;
    }

    /// <summary>This leaf when <paramref name="owner"/> may update it, else a copy owned by <paramref name="owner"/>.</summary>
    internal HoldingLeaf Writable(TransientOwner? owner)
    {
        if (OwnedBy(owner))
        {
            return this;
        }
        var copy = new HoldingLeaf(owner) { Length = Length, Count = Count, Credits = Credits };
        Items[..Length].CopyTo(copy.Items);
        return copy;
    }

    internal void Insert(int index, in CreditBlock block)
    {
        Span<CreditBlock> all = Items;
        Entries.ShiftRight(all, index, Length);
        all[index] = block;
        Length++;
        Count = Length;
        Credits += block.Count;
    }

    internal void RemoveAt(int index)
    {
        Span<CreditBlock> all = Items;
        Credits -= all[index].Count;
        Entries.ShiftLeft(all, index, Length);
        Length--;
        all[Length] = default;
        Count = Length;
    }

    internal void Set(int index, in CreditBlock block)
    {
        Credits += block.Count - items[index].Count;
        items[index] = block;
    }

    /// <summary>Moves the upper half of this overfull leaf into a new leaf and returns it.</summary>
    internal HoldingLeaf SplitUpper(TransientOwner? owner)
    {
        int keep = Length / 2;
        var upper = new HoldingLeaf(owner) { Length = Length - keep, Count = Length - keep };
        Span<CreditBlock> moving = Items[keep..Length];
        long moved = 0;
        foreach (ref readonly CreditBlock b in moving)
        {
            moved += b.Count;
        }
        moving.CopyTo(upper.Items);
        moving.Clear();
        upper.Credits = moved;
        Length = keep;
        Count = keep;
        Credits -= moved;
        return upper;
    }
}

/// <summary>A branch: up to <see cref="HoldingNode.Capacity"/> subtrees in key order, with the first holding of each.</summary>
internal sealed class HoldingBranch : HoldingNode
{
    private BlockRow lows;
    private ChildRow children;

    private HoldingBranch(TransientOwner? owner, int length, int count, long credits)
        : base(owner)
    {
        Length = length;
        Count = count;
        Credits = credits;
    }

    /// <summary>The subtrees; entries at and past <see cref="HoldingNode.Length"/> are null.</summary>
    internal Span<HoldingNode?> Children => children;

    /// <summary>The first holding of each subtree (kept here so a search reads one node per level).</summary>
    internal Span<CreditBlock> Lows => lows;

    internal CreditBlock First => lows[0];

    /// <summary>Subtree <paramref name="index"/> (which must be below <see cref="HoldingNode.Length"/>).</summary>
    internal HoldingNode Child(int index) => children[index]!;

    internal static HoldingBranch Of(TransientOwner? owner, HoldingNode left, in CreditBlock leftLow, HoldingNode right, in CreditBlock rightLow)
    {
        var branch = new HoldingBranch(owner, 2, left.Count + right.Count, left.Credits + right.Credits);
        branch.children[0] = left;
        branch.children[1] = right;
        branch.lows[0] = leftLow;
        branch.lows[1] = rightLow;
        return branch;
    }

    /// <summary>This branch when <paramref name="owner"/> may update it, else a copy owned by <paramref name="owner"/>.</summary>
    internal HoldingBranch Writable(TransientOwner? owner)
    {
        if (OwnedBy(owner))
        {
            return this;
        }
        var copy = new HoldingBranch(owner, Length, Count, Credits);
        Children[..Length].CopyTo(copy.Children);
        Lows[..Length].CopyTo(copy.Lows);
        return copy;
    }

    /// <summary>Replaces subtree <paramref name="index"/> (whose totals were <paramref name="oldCount"/> and <paramref name="oldCredits"/>).</summary>
    internal void SetChild(int index, HoldingNode child, in CreditBlock low, int oldCount, long oldCredits)
    {
        children[index] = child;
        lows[index] = low;
        Count += child.Count - oldCount;
        Credits += child.Credits - oldCredits;
    }

    /// <summary>Inserts the subtree split off subtree <paramref name="index"/> right after it, with its totals.</summary>
    internal void InsertSplit(int index, HoldingNode child, in CreditBlock low)
    {
        Count += child.Count;
        Credits += child.Credits;
        Span<HoldingNode?> c = Children;
        Span<CreditBlock> l = Lows;
        Entries.ShiftRight(c, index + 1, Length);
        Entries.ShiftRight(l, index + 1, Length);
        c[index + 1] = child;
        l[index + 1] = low;
        Length++;
    }

    /// <summary>Removes subtree <paramref name="index"/>, which held <paramref name="oldCount"/> holdings and <paramref name="oldCredits"/> credits.</summary>
    internal void RemoveAt(int index, int oldCount, long oldCredits)
    {
        Count -= oldCount;
        Credits -= oldCredits;
        Span<HoldingNode?> c = Children;
        Span<CreditBlock> l = Lows;
        Entries.ShiftLeft(c, index, Length);
        Entries.ShiftLeft(l, index, Length);
        Length--;
        c[Length] = null;
        l[Length] = default;
    }

    /// <summary>Moves the upper half of this overfull branch into a new branch and returns it.</summary>
    internal HoldingBranch SplitUpper(TransientOwner? owner)
    {
        int keep = Length / 2;
        int count = 0;
        long credits = 0;
        for (int i = keep; i < Length; i++)
        {
            count += children[i]!.Count;
            credits += children[i]!.Credits;
        }
        var upper = new HoldingBranch(owner, Length - keep, count, credits);
        Children[keep..Length].CopyTo(upper.Children);
        Lows[keep..Length].CopyTo(upper.Lows);
        Children[keep..Length].Clear();
        Lows[keep..Length].Clear();
        Length = keep;
        Count -= count;
        Credits -= credits;
        return upper;
    }
}

/// <summary>
/// Moves a node's entries within the node one at a time. A bulk copy (<c>Span.CopyTo</c>) of entries that hold
/// references marks every card it writes for the garbage collector, whatever the references point to, so after
/// in-place updates scattered over a large, long-lived tree each young-generation collection had to scan thousands
/// of cards (milliseconds per collection on a 1,000,000-block registry). A store per entry marks a card only when it
/// stores a reference to a younger object, which the holdings' attributes and subtrees rarely are.
/// </summary>
internal static class Entries
{
    /// <summary>Moves entries <paramref name="from"/> to <paramref name="length"/> − 1 one place right.</summary>
    internal static void ShiftRight<T>(Span<T> entries, int from, int length)
    {
        Debug.Assert(from >= 0 && from <= length && length < entries.Length, "The shift stays inside the node's room");
        for (int i = length; i > from; i--)
        {
            entries[i] = entries[i - 1];
        }
    }

    /// <summary>Moves entries <paramref name="index"/> + 1 to <paramref name="length"/> − 1 one place left, over entry <paramref name="index"/>.</summary>
    internal static void ShiftLeft<T>(Span<T> entries, int index, int length)
    {
        Debug.Assert(index >= 0 && index < length && length <= entries.Length, "The removed entry is in use");
        for (int i = index; i < length - 1; i++)
        {
            entries[i] = entries[i + 1];
        }
    }
}
