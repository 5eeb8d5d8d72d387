using System;

namespace CarbonLedger.Registry;

/// <summary>The account does not hold enough available credits (matching the selection's filters) for the operation.</summary>
public sealed class InsufficientCreditsException : RegistryException
{
    internal InsufficientCreditsException(AccountId account, long requested, long available)
        : base(FormattableString.Invariant($"Account {account} holds {available} matching available credits; {requested} were requested"))
    {
        Account = account;
        Requested = requested;
        Available = available;
    }

    /// <summary>The account credits were taken from.</summary>
    public AccountId Account { get; }

    /// <summary>How many credits were requested.</summary>
    public long Requested { get; }

    /// <summary>How many matching credits the account holds and has not reserved.</summary>
    public long Available { get; }
}
