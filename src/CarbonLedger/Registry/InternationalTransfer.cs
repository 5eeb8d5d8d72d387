using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Trust;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// An international transfer between two registries: the outgoing transfer in the sending registry and the
/// acquisition in the receiving one. Both halves are idempotent, so calling <see cref="Execute(Ledger, RegistrySigner, Ledger, TrustList, OperationId, ActorId, AccountId, AccountId, CreditSelection)"/> again with the same
/// operation id — for example after a failure between the halves — completes the transfer and applies each half
/// exactly once.
/// </summary>
public static class InternationalTransfer
{
    /// <summary>Runs (or completes) an international transfer.</summary>
    /// <param name="source">The sending registry.</param>
    /// <param name="sourceSigner">The sending registry's key; it signs the outgoing transfer.</param>
    /// <param name="destination">The receiving registry.</param>
    /// <param name="destinationTrust">The keys the receiving registry trusts; the signature is verified against them.</param>
    /// <param name="operation">The client operation id, used in the sending registry.</param>
    /// <param name="actor">The holder of <paramref name="from"/>.</param>
    /// <param name="from">The sending account, in <paramref name="source"/>.</param>
    /// <param name="to">The receiving account, in <paramref name="destination"/>; checked before anything moves.</param>
    /// <param name="credits">A quantity or exact ranges.</param>
    /// <returns>The two events; the acquisition is recorded by the receiving registry's administrator.</returns>
    /// <exception cref="System.ArgumentException">The registries are the same or do not match the accounts.</exception>
    /// <exception cref="UnknownAccountException">The receiving account does not exist (nothing moved).</exception>
    /// <exception cref="RegistryException">The sending or receiving registry refused its half (a rejected signature is a <see cref="TransferRejectedException"/>).</exception>
    public static (CreditsTransferredOut Outgoing, CreditsAcquired Acquisition) Execute(
        Ledger source, RegistrySigner sourceSigner, Ledger destination, TrustList destinationTrust, OperationId operation, ActorId actor,
        AccountId from, AccountId to, CreditSelection credits)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(sourceSigner);
        Preconditions.CheckNotNull(destination);
        Preconditions.CheckNotNull(destinationTrust);
        Preconditions.CheckArgument(source.Registry != destination.Registry, nameof(destination), "Both ledgers are registry {0}", source.Registry);
        Preconditions.CheckArgument(to.Registry == destination.Registry, nameof(to), "Account {0} is not in the receiving registry {1}", to, destination.Registry);
        destination.Current.GetAccount(to);
        CreditsTransferredOut outgoing = source.TransferOut(operation, actor, from, to, credits);
        CreditsAcquired acquisition = destination.Acquire(destination.Administrator, SignedTransfer.Sign(outgoing, sourceSigner), destinationTrust);
        return (outgoing, acquisition);
    }

    /// <summary>Runs (or completes) an international transfer between two ledgers of one process, without signatures (tests and in-process hosts).</summary>
    internal static (CreditsTransferredOut Outgoing, CreditsAcquired Acquisition) Execute(
        Ledger source, Ledger destination, OperationId operation, ActorId actor, AccountId from, AccountId to, CreditSelection credits)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(destination);
        Preconditions.CheckArgument(source.Registry != destination.Registry, nameof(destination), "Both ledgers are registry {0}", source.Registry);
        Preconditions.CheckArgument(to.Registry == destination.Registry, nameof(to), "Account {0} is not in the receiving registry {1}", to, destination.Registry);
        destination.Current.GetAccount(to);
        CreditsTransferredOut outgoing = source.TransferOut(operation, actor, from, to, credits);
        CreditsAcquired acquisition = destination.AcquireFrom(destination.Administrator, source, outgoing);
        return (outgoing, acquisition);
    }
}
