using System.Collections.Generic;

namespace CarbonLedger.Registry.State;

/// <summary>
/// An account's available holdings: a persistent (path-copying) AVL tree ordered by <see cref="HoldingKey"/>, with the
/// credit sum of every subtree so the balance is read in O(1). Every update is O(log n) and leaves the old tree intact,
/// which is what lets readers keep a snapshot while the writer goes on.
/// </summary>
internal readonly struct HoldingTree
{
    private readonly HoldingNode? root;

    private HoldingTree(HoldingNode? root) => this.root = root;

    /// <summary>How many blocks the tree holds.</summary>
    internal int Count => root?.Count ?? 0;

    /// <summary>How many credits the tree holds (derived from the blocks, kept per subtree).</summary>
    internal long Credits => root?.Credits ?? 0;

    /// <summary>Whether the tree is empty.</summary>
    internal bool IsEmpty => root is null;

    /// <summary>The first holding in key order.</summary>
    internal bool TryGetFirst(out CreditBlock block)
    {
        HoldingNode? n = root;
        if (n is null)
        {
            block = default;
            return false;
        }
        while (n.Left is not null)
        {
            n = n.Left;
        }
        block = n.Item;
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
        while (n.Right is not null)
        {
            n = n.Right;
        }
        block = n.Item;
        return true;
    }

    /// <summary>The greatest holding whose key is at most <paramref name="key"/>.</summary>
    internal bool TryFloor(in HoldingKey key, out CreditBlock block)
    {
        HoldingNode? n = root;
        HoldingNode? best = null;
        while (n is not null)
        {
            int c = key.CompareTo(n.Item);
            if (c == 0)
            {
                block = n.Item;
                return true;
            }
            if (c < 0)
            {
                n = n.Left;
            }
            else
            {
                best = n;
                n = n.Right;
            }
        }
        block = best?.Item ?? default;
        return best is not null;
    }

    /// <summary>The least holding whose key is at least <paramref name="key"/>.</summary>
    internal bool TryCeiling(in HoldingKey key, out CreditBlock block)
    {
        HoldingNode? n = root;
        HoldingNode? best = null;
        while (n is not null)
        {
            int c = key.CompareTo(n.Item);
            if (c == 0)
            {
                block = n.Item;
                return true;
            }
            if (c > 0)
            {
                n = n.Right;
            }
            else
            {
                best = n;
                n = n.Left;
            }
        }
        block = best?.Item ?? default;
        return best is not null;
    }

    /// <summary>The least holding whose key is greater than <paramref name="key"/>.</summary>
    internal bool TryHigher(in HoldingKey key, out CreditBlock block)
    {
        HoldingNode? n = root;
        HoldingNode? best = null;
        while (n is not null)
        {
            if (key.CompareTo(n.Item) >= 0)
            {
                n = n.Right;
            }
            else
            {
                best = n;
                n = n.Left;
            }
        }
        block = best?.Item ?? default;
        return best is not null;
    }

    /// <summary>The greatest holding whose key is less than <paramref name="key"/>.</summary>
    internal bool TryLower(in HoldingKey key, out CreditBlock block)
    {
        HoldingNode? n = root;
        HoldingNode? best = null;
        while (n is not null)
        {
            if (key.CompareTo(n.Item) <= 0)
            {
                n = n.Left;
            }
            else
            {
                best = n;
                n = n.Right;
            }
        }
        block = best?.Item ?? default;
        return best is not null;
    }

    /// <summary>Adds a holding whose key is not in the tree.</summary>
    internal HoldingTree Add(in CreditBlock block, TransientOwner? owner = null)
    {
        HoldingKey key = HoldingKey.Of(block);
        return new HoldingTree(Insert(owner, root, block, key));
    }

    /// <summary>Removes the holding with this key.</summary>
    internal HoldingTree Remove(in HoldingKey key, TransientOwner? owner = null) => new(Delete(owner, root, key));

    /// <summary>Replaces the holding that has the same key as <paramref name="block"/>.</summary>
    internal HoldingTree Replace(in CreditBlock block, TransientOwner? owner = null)
    {
        HoldingKey key = HoldingKey.Of(block);
        return new HoldingTree(Swap(owner, root, block, key));
    }

    /// <summary>
    /// Replaces the holding with key <paramref name="key"/> by <paramref name="block"/>, whose key may differ as long as
    /// no other holding's key lies between the two (the block keeps its place in the order). One path copy, no rebalancing.
    /// </summary>
    internal HoldingTree ReplaceAt(in HoldingKey key, in CreditBlock block, TransientOwner? owner = null) =>
        new(Swap(owner, root, block, key));

    /// <summary>Appends the holdings in key order.</summary>
    internal void CopyTo(List<CreditBlock> destination)
    {
        if (root is null)
        {
            return;
        }
        var stack = new Stack<HoldingNode>(root.Height);
        HoldingNode? n = root;
        while (n is not null || stack.Count > 0)
        {
            while (n is not null)
            {
                stack.Push(n);
                n = n.Left;
            }
            n = stack.Pop();
            destination.Add(n.Item);
            n = n.Right;
        }
    }

    /// <summary>The holdings in key order.</summary>
    internal List<CreditBlock> ToList()
    {
        var list = new List<CreditBlock>(Count);
        CopyTo(list);
        return list;
    }

    private static int Height(HoldingNode? n) => n?.Height ?? 0;

    private static HoldingNode Insert(TransientOwner? owner, HoldingNode? node, CreditBlock block, in HoldingKey key)
    {
        if (node is null)
        {
            return new HoldingNode(owner, block, null, null);
        }
        int c = key.CompareTo(node.Item);
        if (c == 0)
        {
            throw new System.InvalidOperationException($"Holding {block} duplicates the key of {node.Item}");
        }
        return c < 0
            ? Balance(owner, node, node.Item, Insert(owner, node.Left, block, key), node.Right)
            : Balance(owner, node, node.Item, node.Left, Insert(owner, node.Right, block, key));
    }

    private static HoldingNode? Delete(TransientOwner? owner, HoldingNode? node, in HoldingKey key)
    {
        if (node is null)
        {
            throw new System.InvalidOperationException("No holding has the key to remove");
        }
        int c = key.CompareTo(node.Item);
        if (c < 0)
        {
            return Balance(owner, node, node.Item, Delete(owner, node.Left, key), node.Right);
        }
        if (c > 0)
        {
            return Balance(owner, node, node.Item, node.Left, Delete(owner, node.Right, key));
        }
        if (node.Left is null)
        {
            return node.Right;
        }
        if (node.Right is null)
        {
            return node.Left;
        }
        HoldingNode min = node.Right;
        while (min.Left is not null)
        {
            min = min.Left;
        }
        CreditBlock successor = min.Item;
        return Balance(owner, node, successor, node.Left, DeleteMin(owner, node.Right));
    }

    private static HoldingNode? DeleteMin(TransientOwner? owner, HoldingNode node) =>
        node.Left is null ? node.Right : Balance(owner, node, node.Item, DeleteMin(owner, node.Left), node.Right);

    private static HoldingNode Swap(TransientOwner? owner, HoldingNode? node, CreditBlock block, in HoldingKey key)
    {
        if (node is null)
        {
            throw new System.InvalidOperationException($"No holding has the key of {block}");
        }
        int c = key.CompareTo(node.Item);
        if (c == 0)
        {
            return HoldingNode.Make(owner, node, block, node.Left, node.Right);
        }
        return c < 0
            ? HoldingNode.Make(owner, node, node.Item, Swap(owner, node.Left, block, key), node.Right)
            : HoldingNode.Make(owner, node, node.Item, node.Left, Swap(owner, node.Right, block, key));
    }

    /// <summary>
    /// Rebuilds a node from an item and two subtrees whose heights differ by at most two, rotating when needed.
    /// <paramref name="reuse"/> (the node being rebuilt) and the rotated nodes are updated in place when the owner may.
    /// </summary>
    private static HoldingNode Balance(TransientOwner? owner, HoldingNode reuse, CreditBlock item, HoldingNode? left, HoldingNode? right)
    {
        int hl = Height(left);
        int hr = Height(right);
        if (hl > hr + 1)
        {
            HoldingNode l = left!;
            if (Height(l.Left) >= Height(l.Right))
            {
                HoldingNode lowered = HoldingNode.Make(owner, reuse, item, l.Right, right);
                return HoldingNode.Make(owner, l, l.Item, l.Left, lowered);
            }
            HoldingNode lr = l.Right!;
            HoldingNode? lrRight = lr.Right;
            HoldingNode newLeft = HoldingNode.Make(owner, l, l.Item, l.Left, lr.Left);
            HoldingNode newRight = HoldingNode.Make(owner, reuse, item, lrRight, right);
            return HoldingNode.Make(owner, lr, lr.Item, newLeft, newRight);
        }
        if (hr > hl + 1)
        {
            HoldingNode r = right!;
            if (Height(r.Right) >= Height(r.Left))
            {
                HoldingNode lowered = HoldingNode.Make(owner, reuse, item, left, r.Left);
                return HoldingNode.Make(owner, r, r.Item, lowered, r.Right);
            }
            HoldingNode rl = r.Left!;
            HoldingNode? rlLeft = rl.Left;
            HoldingNode newLeft = HoldingNode.Make(owner, reuse, item, left, rlLeft);
            HoldingNode newRight = HoldingNode.Make(owner, r, r.Item, rl.Right, r.Right);
            return HoldingNode.Make(owner, rl, rl.Item, newLeft, newRight);
        }
        return HoldingNode.Make(owner, reuse, item, left, right);
    }
}
