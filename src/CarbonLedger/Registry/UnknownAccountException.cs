using System;

namespace CarbonLedger.Registry;

/// <summary>The operation names an account that the registry does not have.</summary>
public sealed class UnknownAccountException : RegistryException
{
    internal UnknownAccountException(AccountId account)
        : base(FormattableString.Invariant($"Registry has no account {account}"))
    {
        Account = account;
    }

    /// <summary>The unknown account.</summary>
    public AccountId Account { get; }
}
