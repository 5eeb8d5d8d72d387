using System;

namespace CarbonLedger.Registry;

/// <summary>The operation id was already used for a different operation; repeating an operation must repeat it exactly.</summary>
public sealed class OperationIdReusedException : RegistryException
{
    internal OperationIdReusedException(OperationId operation, Events.LedgerEvent existing)
        : base(FormattableString.Invariant($"Operation id {operation} was already used for a different operation ({existing.Kind} by {existing.Actor}, event {existing.Sequence})"))
    {
        Operation = operation;
        ExistingSequence = existing.Sequence;
    }

    /// <summary>The sequence number of the event that first used the id.</summary>
    public long ExistingSequence { get; }

    /// <summary>The reused id.</summary>
    public OperationId Operation { get; }
}
