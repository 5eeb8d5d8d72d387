using System;

namespace CarbonLedger.Registry.State;

/// <summary>
/// A persistent vector: a 16-way trie indexed by position. Reading is O(log₁₆ n); replacing or appending copies one
/// 16-slot array per level (four levels hold 65,536 items) and leaves the old vector intact. Sixteen rather than 32
/// slots: an update copies less (the writer replaces two slots per transfer) for one more level to read.
/// </summary>
internal sealed class PersistentVector<T>
{
    private const int Bits = 4;
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
    internal PersistentVector<T> SetItem(int index, T value, TransientOwner? owner = null)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Index lies outside the vector");
        }
        return new PersistentVector<T>(Set(root, shift, index, value, owner), shift, Count);
    }

    /// <summary>A vector with two different items replaced, sharing one copy of their common path.</summary>
    internal PersistentVector<T> SetItems(int first, T firstValue, int second, T secondValue, TransientOwner? owner = null)
    {
        if ((uint)first >= (uint)Count || (uint)second >= (uint)Count || first == second)
        {
            throw new ArgumentOutOfRangeException(nameof(second), second, "Indexes must be distinct and lie inside the vector");
        }
        return new PersistentVector<T>(Set2(root, shift, first, firstValue, second, secondValue, owner), shift, Count);
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

    private static object Set2(object node, int level, int first, T firstValue, int second, T secondValue, TransientOwner? owner)
    {
        if (level == 0)
        {
            T[] leaf = Writable((T[])node, owner);
            leaf[first & Mask] = firstValue;
            leaf[second & Mask] = secondValue;
            return leaf;
        }
        object[] branch = Writable((object[])node, owner);
        int a = (first >> level) & Mask;
        int b = (second >> level) & Mask;
        if (a == b)
        {
            branch[a] = Set2(branch[a], level - Bits, first, firstValue, second, secondValue, owner);
        }
        else
        {
            branch[a] = Set(branch[a], level - Bits, first, firstValue, owner);
            branch[b] = Set(branch[b], level - Bits, second, secondValue, owner);
        }
        return branch;
    }

    private static object Set(object? node, int level, int index, T value, TransientOwner? owner = null)
    {
        if (level == 0)
        {
            T[] leaf = node is null ? Adopt(new T[Width], owner) : Writable((T[])node, owner);
            leaf[index & Mask] = value;
            return leaf;
        }
        object[] branch = node is null ? Adopt(new object[Width], owner) : Writable((object[])node, owner);
        int slot = (index >> level) & Mask;
        branch[slot] = Set(branch[slot], level - Bits, index, value, owner);
        return branch;
    }

    /// <summary>The array itself when the owner created it, else a copy (adopted by the owner, if any).</summary>
    private static TArray[] Writable<TArray>(TArray[] array, TransientOwner? owner)
    {
        if (owner is not null && owner.Owns(array))
        {
            return array;
        }
        var copy = new TArray[Width];
        array.AsSpan().CopyTo(copy);
        return Adopt(copy, owner);
    }

    private static TArray[] Adopt<TArray>(TArray[] array, TransientOwner? owner)
    {
        owner?.Adopt(array);
        return array;
    }
}
