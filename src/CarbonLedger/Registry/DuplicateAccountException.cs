using System;

namespace CarbonLedger.Registry;

/// <summary>An account with this id is already open.</summary>
public sealed class DuplicateAccountException : RegistryException
{
    internal DuplicateAccountException(AccountId account)
        : base(FormattableString.Invariant($"Account {account} is already open"))
    {
        Account = account;
    }

    /// <summary>The account id that is taken.</summary>
    public AccountId Account { get; }
}
