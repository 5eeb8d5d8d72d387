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
    internal HoldingTree Add(in CreditBlock block)
    {
        HoldingKey key = HoldingKey.Of(block);
        return new HoldingTree(Insert(root, block, key));
    }

    /// <summary>Removes the holding with this key.</summary>
    internal HoldingTree Remove(in HoldingKey key) => new(Delete(root, key));

    /// <summary>Replaces the holding that has the same key as <paramref name="block"/>.</summary>
    internal HoldingTree Replace(in CreditBlock block)
    {
        HoldingKey key = HoldingKey.Of(block);
        return new HoldingTree(Swap(root, block, key));
    }

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

    private static HoldingNode Insert(HoldingNode? node, in CreditBlock block, in HoldingKey key)
    {
        if (node is null)
        {
            return new HoldingNode(block, null, null);
        }
        int c = key.CompareTo(node.Item);
        if (c == 0)
        {
            throw new System.InvalidOperationException($"Holding {block} duplicates the key of {node.Item}");
        }
        return c < 0
            ? Balance(node.Item, Insert(node.Left, block, key), node.Right)
            : Balance(node.Item, node.Left, Insert(node.Right, block, key));
    }

    private static HoldingNode? Delete(HoldingNode? node, in HoldingKey key)
    {
        if (node is null)
        {
            throw new System.InvalidOperationException("No holding has the key to remove");
        }
        int c = key.CompareTo(node.Item);
        if (c < 0)
        {
            return Balance(node.Item, Delete(node.Left, key), node.Right);
        }
        if (c > 0)
        {
            return Balance(node.Item, node.Left, Delete(node.Right, key));
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
        return Balance(min.Item, node.Left, DeleteMin(node.Right));
    }

    private static HoldingNode? DeleteMin(HoldingNode node) =>
        node.Left is null ? node.Right : Balance(node.Item, DeleteMin(node.Left), node.Right);

    private static HoldingNode Swap(HoldingNode? node, in CreditBlock block, in HoldingKey key)
    {
        if (node is null)
        {
            throw new System.InvalidOperationException($"No holding has the key of {block}");
        }
        int c = key.CompareTo(node.Item);
        if (c == 0)
        {
            return new HoldingNode(block, node.Left, node.Right);
        }
        return c < 0
            ? new HoldingNode(node.Item, Swap(node.Left, block, key), node.Right)
            : new HoldingNode(node.Item, node.Left, Swap(node.Right, block, key));
    }

    private static HoldingNode Balance(in CreditBlock item, HoldingNode? left, HoldingNode? right)
    {
        int hl = Height(left);
        int hr = Height(right);
        if (hl > hr + 1)
        {
            HoldingNode l = left!;
            if (Height(l.Left) >= Height(l.Right))
            {
                return new HoldingNode(l.Item, l.Left, new HoldingNode(item, l.Right, right));
            }
            HoldingNode lr = l.Right!;
            return new HoldingNode(lr.Item, new HoldingNode(l.Item, l.Left, lr.Left), new HoldingNode(item, lr.Right, right));
        }
        if (hr > hl + 1)
        {
            HoldingNode r = right!;
            if (Height(r.Right) >= Height(r.Left))
            {
                return new HoldingNode(r.Item, new HoldingNode(item, left, r.Left), r.Right);
            }
            HoldingNode rl = r.Left!;
            return new HoldingNode(rl.Item, new HoldingNode(item, left, rl.Left), new HoldingNode(r.Item, rl.Right, r.Right));
        }
        return new HoldingNode(item, left, right);
    }
}
