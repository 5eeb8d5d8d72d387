using System;

namespace CarbonLedger.Registry;

/// <summary>The operation id was already used for a different operation; repeating an operation must repeat it exactly.</summary>
public sealed class OperationIdReusedException : RegistryException
{
    /// <summary>Creates the exception for an id that <paramref name="existing"/> used first (a layer over the ledger, such as Article 6, refuses its own repeats this way).</summary>
    /// <param name="operation">The reused id.</param>
    /// <param name="existing">The event of the operation that used the id first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="existing"/> is null.</exception>
    public OperationIdReusedException(OperationId operation, Events.LedgerEvent existing)
        : base(FormattableString.Invariant($"Operation id {operation} was already used for a different operation ({Utility.Preconditions.CheckNotNull(existing).Kind} by {existing.Actor}, event {existing.Sequence})"))
    {
        Operation = operation;
        ExistingSequence = existing.Sequence;
    }

    /// <summary>The sequence number of the event that first used the id.</summary>
    public long ExistingSequence { get; }

    /// <summary>The reused id.</summary>
    public OperationId Operation { get; }
}
