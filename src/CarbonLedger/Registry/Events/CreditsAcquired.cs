using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>
/// Credits arrived from another registry's outgoing transfer (the incoming half of an international transfer). Its
/// operation id is derived from the sender's (<see cref="OperationId.ForAcquisition"/>), so it is recorded exactly once.
/// </summary>
public sealed class CreditsAcquired : LedgerEvent
{
    internal CreditsAcquired(EventHeader header, AccountId from, AccountId to, OperationId sourceOperation, EventHash sourceEventHash, ImmutableArray<CreditBlock> blocks)
        : base(header)
    {
        From = from;
        To = to;
        SourceOperation = sourceOperation;
        SourceEventHash = sourceEventHash;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
    }

    /// <summary>The sending account, in the other registry.</summary>
    public AccountId From { get; }

    /// <summary>The receiving account, in this registry.</summary>
    public AccountId To { get; }

    /// <summary>The sending registry.</summary>
    public RegistryId SourceRegistry => From.Registry;

    /// <summary>The sender's operation id of the outgoing transfer.</summary>
    public OperationId SourceOperation { get; }

    /// <summary>The hash of the sender's <see cref="CreditsTransferredOut"/> event, linking the two histories.</summary>
    public EventHash SourceEventHash { get; }

    /// <summary>The blocks that arrived, with their attributes as sent.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits arrived.</summary>
    public long Quantity { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsAcquired;
}
