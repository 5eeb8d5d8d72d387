namespace CarbonLedger.Registry.State;

/// <summary>An account and its available holdings; immutable once published (see <see cref="TransientOwner"/>).</summary>
internal sealed class AccountSlot
{
    private readonly TransientOwner? owner;

    internal AccountSlot(Account account, HoldingTree available, TransientOwner? owner = null)
    {
        Account = account;
        Available = available;
        this.owner = owner;
    }

    internal Account Account { get; }

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
