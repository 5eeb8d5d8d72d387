namespace CarbonLedger.Registry.State;

/// <summary>An account and its available holdings.</summary>
internal sealed class AccountSlot
{
    internal AccountSlot(Account account, HoldingTree available)
    {
        Account = account;
        Available = available;
    }

    internal Account Account { get; }

    internal HoldingTree Available { get; }

    internal AccountSlot With(HoldingTree available) => new(Account, available);
}
