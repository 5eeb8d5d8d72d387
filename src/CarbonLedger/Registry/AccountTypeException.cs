namespace CarbonLedger.Registry;

/// <summary>The account's type does not allow the operation: nothing leaves a terminal account, cancellations go to cancellation accounts, retirements to retirement accounts, and transfers to non-terminal accounts.</summary>
public sealed class AccountTypeException : RegistryException
{
    internal AccountTypeException(AccountId account, AccountType type, string message)
        : base(message)
    {
        Account = account;
        Type = type;
    }

    /// <summary>The account.</summary>
    public AccountId Account { get; }

    /// <summary>The account's type.</summary>
    public AccountType Type { get; }
}
