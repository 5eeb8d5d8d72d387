using System;

namespace CarbonLedger.Registry;

/// <summary>The account does not hold (or holds reserved) some of the exact serials the operation names.</summary>
public sealed class CreditsNotHeldException : RegistryException
{
    internal CreditsNotHeldException(AccountId account, SerialRange range)
        : base(FormattableString.Invariant($"Account {account} does not hold the available credits {range}"))
    {
        Account = account;
        Range = range;
    }

    /// <summary>The account credits were taken from.</summary>
    public AccountId Account { get; }

    /// <summary>The serials (or the first part of them) that the account does not hold.</summary>
    public SerialRange Range { get; }
}
