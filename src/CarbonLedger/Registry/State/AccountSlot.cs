namespace CarbonLedger.Registry.State;

/// <summary>
/// An account and its available holdings; immutable once published (see <see cref="TransientOwner"/>). The id,
/// holder and type are copied out of the account so the checks of an operation read one object per account.
/// </summary>
internal sealed class AccountSlot
{
    private readonly TransientOwner? owner;

    internal AccountSlot(Account account, HoldingTree available, TransientOwner? owner = null)
    {
        Account = account;
        Id = account.Id;
        Holder = account.Holder;
        Type = account.Type;
        Available = available;
        this.owner = owner;
    }

    internal Account Account { get; }

    internal AccountId Id { get; }

    internal ActorId Holder { get; }

    internal AccountType Type { get; }

    internal HoldingTree Available { get; private set; }

    /// <summary>The slot with other holdings: this slot updated in place when the owner may, else a new slot.</summary>
    internal AccountSlot With(HoldingTree available, TransientOwner? by = null)
    {
        if (by is not null && ReferenceEquals(owner, by))
        {
            Available = available;
            return this;
        }
        return new AccountSlot(Account, available, by);
    }
}
