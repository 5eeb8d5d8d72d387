using System.Threading;

namespace CarbonLedger.Registry.State;

/// <summary>
/// Where each account's slot is, shared by every state of one ledger's lineage. Accounts are only ever added and
/// slots are numbered in order of opening, so one append-only map serves every snapshot: a state accepts an entry
/// only when its index is below the state's own account count and that slot really is the account. (An entry left
/// by an opening that failed before its commit is therefore ignored, and overwritten if the account opens later.)
/// </summary>
/// <remarks>
/// An open-addressing table of packed account ids (linear probing, at most half full): a lookup usually touches one
/// cache line. The single writer adds entries while readers look up without locks: a new entry's index is written
/// before its key, and a grown table is filled completely before it is published, so a reader sees either no entry
/// or a complete one.
/// </remarks>
internal sealed class AccountDirectory
{
    private Table table;

    internal AccountDirectory()
    {
        table = new Table(64);
    }

    private AccountDirectory(Table table) => this.table = table;

    /// <summary>The slot index of <paramref name="account"/> in a state whose slots are <paramref name="slots"/>.</summary>
    internal bool TryFind(AccountId account, PersistentVector<AccountSlot> slots, out int index) =>
        Volatile.Read(ref table).TryGet(account.Packed, out index) && index < slots.Count && slots[index].Id == account;

    /// <summary>The index recorded for <paramref name="account"/>, not yet checked against a state's slots.</summary>
    internal bool TryIndex(AccountId account, out int index) => Volatile.Read(ref table).TryGet(account.Packed, out index);

    /// <summary>Records that <paramref name="account"/> has slot <paramref name="index"/>.</summary>
    internal void Set(AccountId account, int index)
    {
        Table t = table;
        if (t.Count + 1 > t.Capacity / 2)
        {
            t = t.Grown();
            Volatile.Write(ref table, t);
        }
        t.Put(account.Packed, index);
    }

    /// <summary>An independent copy, for a ledger that continues from the same state separately.</summary>
    internal AccountDirectory Copy() => new(table.Copy());

    private sealed class Table
    {
        private readonly long[] keys;
        private readonly int[] values;
        private readonly int mask;

        internal Table(int capacity)
        {
            keys = new long[capacity];
            values = new int[capacity];
            mask = capacity - 1;
        }

        internal int Capacity => keys.Length;

        internal int Count { get; private set; }

        internal bool TryGet(long key, out int value)
        {
            for (int i = Slot(key); ; i = (i + 1) & mask)
            {
                long k = Volatile.Read(ref keys[i]);
                if (k == key)
                {
                    value = values[i];
                    return true;
                }
                if (k == 0)
                {
                    value = -1;
                    return false;
                }
            }
        }

        internal void Put(long key, int value)
        {
            int i = Slot(key);
            while (keys[i] != 0 && keys[i] != key)
            {
                i = (i + 1) & mask;
            }
            Volatile.Write(ref values[i], value);
            if (keys[i] == 0)
            {
                Volatile.Write(ref keys[i], key);
                Count++;
            }
        }

        internal Table Grown()
        {
            var grown = new Table(Capacity * 2);
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] != 0)
                {
                    grown.Put(keys[i], values[i]);
                }
            }
            return grown;
        }

        internal Table Copy()
        {
            var copy = new Table(Capacity);
            keys.CopyTo(copy.keys, 0);
            values.CopyTo(copy.values, 0);
            copy.Count = Count;
            return copy;
        }

        // Fibonacci hashing spreads consecutive account numbers over the table.
        private int Slot(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32) & mask;
    }
}
