namespace CarbonLedger.Registry;

/// <summary>The actor may not perform the operation on the account: only an account's holder may move credits out of it, and only the registry administrator may issue, open accounts, mark credits and record acquisitions.</summary>
public sealed class UnauthorizedActorException : RegistryException
{
    internal UnauthorizedActorException(ActorId actor, AccountId account, string message)
        : base(message)
    {
        Actor = actor;
        Account = account;
    }

    /// <summary>The actor who was refused.</summary>
    public ActorId Actor { get; }

    /// <summary>The account the actor tried to act on.</summary>
    public AccountId Account { get; }
}
