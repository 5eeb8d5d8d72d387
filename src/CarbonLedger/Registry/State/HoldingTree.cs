using System;
using System.Collections.Generic;

namespace CarbonLedger.Registry.State;

/// <summary>
/// An account's available holdings: a persistent (path-copying) B+ tree ordered by <see cref="HoldingKey"/>, with
/// the block count and credit sum of every subtree so the balance is read in O(1). Leaves hold up to 16 holdings and
/// branches keep the first holding of each subtree, both in inline arrays inside the node object, so a search reads
/// one node per level and an account of 100 holdings is two levels deep (a branch over its leaves). Every update
/// copies only the nodes on one root-to-leaf path
/// (or updates them in place when the writer generation owns them) and leaves the old tree intact, which is what
/// lets readers keep a snapshot while the writer goes on.
/// </summary>
/// <remarks>
/// Removals drop empty nodes but do not merge underfull ones: the tree stays balanced (every leaf at the same depth)
/// and at most as deep as if every leaf held a single holding.
/// </remarks>
internal readonly struct HoldingTree
{
    // Cache lines of a node (about 450 bytes for a leaf, 600 for a branch) worth asking for ahead of a search.
    private const int NodeLines = 8;

    private readonly HoldingNode? root;

    private HoldingTree(HoldingNode? root) => this.root = root;

    /// <summary>How many blocks the tree holds.</summary>
    internal int Count => root?.Count ?? 0;

    /// <summary>How many credits the tree holds (derived from the blocks, kept per subtree).</summary>
    internal long Credits => root?.Credits ?? 0;

    /// <summary>Whether the tree is empty.</summary>
    internal bool IsEmpty => root is null;

    /// <summary>Hints the CPU to load the root node (see <see cref="Prefetch"/>).</summary>
    internal void PrefetchRoot() => Prefetch.Object(root, NodeLines);

    /// <summary>Hints the CPU to load the leaf where <paramref name="key"/> belongs, reading the branches on the way.</summary>
    internal void PrefetchLeaf(in HoldingKey key)
    {
        HoldingNode? n = root;
        while (n is HoldingBranch b)
        {
            n = b.Child(ChildFor(b, key));
        }
        Prefetch.Object(n, NodeLines);
    }

    /// <summary>The first holding in key order.</summary>
    internal bool TryGetFirst(out CreditBlock block)
    {
        if (root is null)
        {
            block = default;
            return false;
        }
        block = First(root);
        return true;
    }

    /// <summary>The last holding in key order.</summary>
    internal bool TryGetLast(out CreditBlock block)
    {
        HoldingNode? n = root;
        if (n is null)
        {
            block = default;
            return false;
        }
        while (n is HoldingBranch b)
        {
            n = b.Child(b.Length - 1);
        }
        var leaf = (HoldingLeaf)n;
        block = leaf.Items[leaf.Length - 1];
        return true;
    }

    /// <summary>The greatest holding whose key is at most <paramref name="key"/>.</summary>
    internal bool TryFloor(in HoldingKey key, out CreditBlock block) => TryBelow(key, inclusive: true, out block);

    /// <summary>The greatest holding whose key is less than <paramref name="key"/>.</summary>
    internal bool TryLower(in HoldingKey key, out CreditBlock block) => TryBelow(key, inclusive: false, out block);

    /// <summary>The least holding whose key is at least <paramref name="key"/>.</summary>
    internal bool TryCeiling(in HoldingKey key, out CreditBlock block) => TryAbove(key, inclusive: true, out block);

    /// <summary>The least holding whose key is greater than <paramref name="key"/>.</summary>
    internal bool TryHigher(in HoldingKey key, out CreditBlock block) => TryAbove(key, inclusive: false, out block);

    /// <summary>Adds a holding whose key is not in the tree.</summary>
    internal HoldingTree Add(in CreditBlock block, TransientOwner? owner = null)
    {
        HoldingKey key = HoldingKey.Of(block);
        if (root is null)
        {
            return new HoldingTree(HoldingLeaf.Single(owner, block));
        }
        HoldingNode updated = Insert(owner, root, block, key, out HoldingNode? split);
        return split is null
            ? new HoldingTree(updated)
            : new HoldingTree(HoldingBranch.Of(owner, updated, First(updated), split, First(split)));
    }

    /// <summary>Removes the holding with this key.</summary>
    internal HoldingTree Remove(in HoldingKey key, TransientOwner? owner = null)
    {
        if (root is null)
        {
            ThrowMissing(null);
        }
        HoldingNode? updated = Delete(owner, root, key);
        // A branch left with one subtree gives way to it, so the tree does not stay deeper than it needs.
        while (updated is HoldingBranch { Length: 1 } single)
        {
            updated = single.Child(0);
        }
        return new HoldingTree(updated);
    }

    /// <summary>Replaces the holding that has the same key as <paramref name="block"/>.</summary>
    internal HoldingTree Replace(in CreditBlock block, TransientOwner? owner = null) => ReplaceAt(HoldingKey.Of(block), block, owner);

    /// <summary>
    /// Replaces the holding with key <paramref name="key"/> by <paramref name="block"/>, whose key may differ as long as
    /// no other holding's key lies between the two (the block keeps its place in the order). One path copy.
    /// </summary>
    internal HoldingTree ReplaceAt(in HoldingKey key, in CreditBlock block, TransientOwner? owner = null)
    {
        if (root is null)
        {
            ThrowMissing(block);
        }
        return new HoldingTree(Swap(owner, root, block, key));
    }

    /// <summary>Appends the holdings in key order.</summary>
    internal void CopyTo(List<CreditBlock> destination)
    {
        if (root is not null)
        {
            Append(root, destination);
        }
    }

    /// <summary>The holdings in key order.</summary>
    internal List<CreditBlock> ToList()
    {
        var list = new List<CreditBlock>(Count);
        CopyTo(list);
        return list;
    }

    private static void Append(HoldingNode node, List<CreditBlock> destination)
    {
        if (node is HoldingLeaf leaf)
        {
            destination.AddRange(leaf.Items[..leaf.Length]);
            return;
        }
        var branch = (HoldingBranch)node;
        for (int i = 0; i < branch.Length; i++)
        {
            Append(branch.Child(i), destination);
        }
    }

    private static CreditBlock First(HoldingNode node) => node is HoldingLeaf leaf ? leaf.First : ((HoldingBranch)node).First;

    /// <summary>How many of the first <paramref name="length"/> entries have keys below <paramref name="key"/> (or at most, when <paramref name="inclusive"/>).</summary>
    private static int CountBelow(ReadOnlySpan<CreditBlock> entries, int length, in HoldingKey key, bool inclusive)
    {
        int lo = 0;
        int hi = length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = key.CompareTo(entries[mid]);
            if (c > 0 || (inclusive && c == 0))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The subtree a key belongs in: the last whose first holding is at most the key, or the first.</summary>
    private static int ChildFor(HoldingBranch branch, in HoldingKey key) =>
        Math.Max(CountBelow(branch.Lows, branch.Length, key, inclusive: true) - 1, 0);

    /// <summary>
    /// The position of the holding with exactly this key in the leaf; throws when there is none, naming the block that
    /// was to replace it (null for a removal).
    /// </summary>
    private static int IndexOf(HoldingLeaf leaf, in HoldingKey key, CreditBlock? replacement)
    {
        int j = CountBelow(leaf.Items, leaf.Length, key, inclusive: false);
        if (j == leaf.Length || key.CompareTo(leaf.Items[j]) != 0)
        {
            ThrowMissing(replacement);
        }
        return j;
    }

    /// <summary>The subtree that holds this key if any does (the last whose first holding is at most the key); throws when none can.</summary>
    private static int ChildHolding(HoldingBranch branch, in HoldingKey key, CreditBlock? replacement)
    {
        int i = CountBelow(branch.Lows, branch.Length, key, inclusive: true) - 1;
        if (i < 0)
        {
            ThrowMissing(replacement);
        }
        return i;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowMissing(CreditBlock? replacement) =>
        throw new InvalidOperationException(replacement is { } b ? $"No holding has the key of {b}" : "No holding has the key to remove");

    private bool TryBelow(in HoldingKey key, bool inclusive, out CreditBlock block)
    {
        HoldingNode? n = root;
        while (n is HoldingBranch b)
        {
            // Only a subtree whose first holding qualifies can hold the answer; the last such one holds it.
            int i = CountBelow(b.Lows, b.Length, key, inclusive) - 1;
            if (i < 0)
            {
                block = default;
                return false;
            }
            n = b.Child(i);
        }
        if (n is HoldingLeaf leaf)
        {
            int j = CountBelow(leaf.Items, leaf.Length, key, inclusive) - 1;
            if (j >= 0)
            {
                block = leaf.Items[j];
                return true;
            }
        }
        block = default;
        return false;
    }

    private bool TryAbove(in HoldingKey key, bool inclusive, out CreditBlock block)
    {
        HoldingNode? n = root;
        bool hasNext = false;
        CreditBlock next = default;
        while (n is HoldingBranch b)
        {
            int i = ChildFor(b, key);
            if (i + 1 < b.Length)
            {
                // If nothing in subtree i qualifies, the answer is the first holding of the subtree after it.
                next = b.Lows[i + 1];
                hasNext = true;
            }
            n = b.Child(i);
        }
        if (n is HoldingLeaf leaf)
        {
            // The first entry above (or at) the key: entries at most (or below) it are skipped.
            int j = CountBelow(leaf.Items, leaf.Length, key, !inclusive);
            if (j < leaf.Length)
            {
                block = leaf.Items[j];
                return true;
            }
        }
        block = next;
        return hasNext;
    }

    private static HoldingNode Insert(TransientOwner? owner, HoldingNode node, in CreditBlock block, in HoldingKey key, out HoldingNode? split)
    {
        if (node is HoldingLeaf leaf)
        {
            int j = CountBelow(leaf.Items, leaf.Length, key, inclusive: false);
            if (j < leaf.Length && key.CompareTo(leaf.Items[j]) == 0)
            {
                throw new InvalidOperationException($"Holding {block} duplicates the key of {leaf.Items[j]}");
            }
            HoldingLeaf w = leaf.Writable(owner);
            w.Insert(j, block);
            split = w.Length > HoldingNode.Capacity ? w.SplitUpper(owner) : null;
            return w;
        }
        var branch = (HoldingBranch)node;
        int i = ChildFor(branch, key);
        HoldingNode child = branch.Child(i);
        int oldCount = child.Count;
        long oldCredits = child.Credits;
        HoldingNode updated = Insert(owner, child, block, key, out HoldingNode? childSplit);
        HoldingBranch wb = branch.Writable(owner);
        wb.SetChild(i, updated, First(updated), oldCount, oldCredits);
        if (childSplit is not null)
        {
            wb.InsertSplit(i, childSplit, First(childSplit));
        }
        split = wb.Length > HoldingNode.Capacity ? wb.SplitUpper(owner) : null;
        return wb;
    }

    /// <summary>The subtree without the holding of this key; null when it becomes empty.</summary>
    private static HoldingNode? Delete(TransientOwner? owner, HoldingNode node, in HoldingKey key)
    {
        if (node is HoldingLeaf leaf)
        {
            int j = IndexOf(leaf, key, null);
            if (leaf.Length == 1)
            {
                return null;
            }
            HoldingLeaf w = leaf.Writable(owner);
            w.RemoveAt(j);
            return w;
        }
        var branch = (HoldingBranch)node;
        int i = ChildHolding(branch, key, null);
        HoldingNode child = branch.Child(i);
        int oldCount = child.Count;
        long oldCredits = child.Credits;
        HoldingNode? updated = Delete(owner, child, key);
        if (updated is null && branch.Length == 1)
        {
            return null;
        }
        HoldingBranch wb = branch.Writable(owner);
        if (updated is null)
        {
            wb.RemoveAt(i, oldCount, oldCredits);
        }
        else
        {
            wb.SetChild(i, updated, First(updated), oldCount, oldCredits);
        }
        return wb;
    }

    private static HoldingNode Swap(TransientOwner? owner, HoldingNode node, in CreditBlock block, in HoldingKey key)
    {
        if (node is HoldingLeaf leaf)
        {
            int j = IndexOf(leaf, key, block);
            HoldingLeaf w = leaf.Writable(owner);
            w.Set(j, block);
            return w;
        }
        var branch = (HoldingBranch)node;
        int i = ChildHolding(branch, key, block);
        HoldingNode child = branch.Child(i);
        int oldCount = child.Count;
        long oldCredits = child.Credits;
        HoldingNode updated = Swap(owner, child, block, key);
        HoldingBranch wb = branch.Writable(owner);
        wb.SetChild(i, updated, First(updated), oldCount, oldCredits);
        return wb;
    }
}
