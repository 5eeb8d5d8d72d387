using System;

namespace CarbonLedger.Registry.State;

/// <summary>
/// A persistent vector: a 32-way trie indexed by position. Reading is O(log₃₂ n); replacing or appending copies one
/// 32-slot array per level (three levels hold 32,768 items) and leaves the old vector intact.
/// </summary>
internal sealed class PersistentVector<T>
{
    private const int Bits = 5;
    private const int Width = 1 << Bits;
    private const int Mask = Width - 1;

    private readonly object root;
    private readonly int shift;

    private PersistentVector(object root, int shift, int count)
    {
        this.root = root;
        this.shift = shift;
        Count = count;
    }

    /// <summary>The empty vector.</summary>
    internal static PersistentVector<T> Empty { get; } = new(new T[Width], 0, 0);

    /// <summary>How many items the vector holds.</summary>
    internal int Count { get; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    internal T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "Index lies outside the vector");
            }
            object node = root;
            for (int level = shift; level > 0; level -= Bits)
            {
                node = ((object[])node)[(index >> level) & Mask];
            }
            return ((T[])node)[index & Mask];
        }
    }

    /// <summary>A vector with the item at <paramref name="index"/> replaced.</summary>
    internal PersistentVector<T> SetItem(int index, T value)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Index lies outside the vector");
        }
        return new PersistentVector<T>(Set(root, shift, index, value), shift, Count);
    }

    /// <summary>A vector with <paramref name="value"/> appended.</summary>
    internal PersistentVector<T> Add(T value)
    {
        int index = Count;
        if (index == Width << shift)
        {
            var grown = new object[Width];
            grown[0] = root;
            return new PersistentVector<T>(Set(grown, shift + Bits, index, value), shift + Bits, Count + 1);
        }
        return new PersistentVector<T>(Set(root, shift, index, value), shift, Count + 1);
    }

    private static object Set(object? node, int level, int index, T value)
    {
        if (level == 0)
        {
            var leaf = new T[Width];
            if (node is not null)
            {
                ((T[])node).AsSpan().CopyTo(leaf);
            }
            leaf[index & Mask] = value;
            return leaf;
        }
        var branch = new object[Width];
        if (node is not null)
        {
            ((object[])node).AsSpan().CopyTo(branch);
        }
        int slot = (index >> level) & Mask;
        branch[slot] = Set(branch[slot], level - Bits, index, value);
        return branch;
    }
}
