namespace CarbonLedger.Registry.Events;

/// <summary>The administrator opened an account.</summary>
public sealed class AccountOpened : LedgerEvent
{
    internal AccountOpened(EventHeader header, Account account)
        : base(header)
    {
        Account = account;
    }

    /// <summary>The account: id, holder and type.</summary>
    public Account Account { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.AccountOpened;
}
