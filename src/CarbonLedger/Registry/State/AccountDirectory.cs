using System.Collections.Concurrent;

namespace CarbonLedger.Registry.State;

/// <summary>
/// Where each account's slot is, shared by every state of one ledger's lineage. Accounts are only ever added and
/// slots are numbered in order of opening, so one append-only map serves every snapshot: a state accepts an entry
/// only when its index is below the state's own account count and that slot really is the account. (An entry left
/// by an opening that failed before its commit is therefore ignored, and overwritten if the account opens later.)
/// Readers look up concurrently with the single writer's additions.
/// </summary>
internal sealed class AccountDirectory
{
    private readonly ConcurrentDictionary<AccountId, int> indexes;

    internal AccountDirectory()
    {
        indexes = new ConcurrentDictionary<AccountId, int>();
    }

    private AccountDirectory(ConcurrentDictionary<AccountId, int> indexes) => this.indexes = indexes;

    /// <summary>The slot index of <paramref name="account"/> in a state whose slots are <paramref name="slots"/>.</summary>
    internal bool TryFind(AccountId account, PersistentVector<AccountSlot> slots, out int index) =>
        indexes.TryGetValue(account, out index) && index < slots.Count && slots[index].Account.Id == account;

    /// <summary>Records that <paramref name="account"/> has slot <paramref name="index"/>.</summary>
    internal void Set(AccountId account, int index) => indexes[account] = index;

    /// <summary>An independent copy, for a ledger that continues from the same state separately.</summary>
    internal AccountDirectory Copy() => new(new ConcurrentDictionary<AccountId, int>(indexes));
}
