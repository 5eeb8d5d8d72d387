using System.Collections.Immutable;
using CarbonLedger.Registry.Trust;

namespace CarbonLedger.Registry.Events;

/// <summary>
/// Credits arrived from another registry's outgoing transfer (the incoming half of an international transfer). Its
/// operation id is derived from the sender's (<see cref="OperationId.ForAcquisition"/>), so it is recorded exactly once.
/// </summary>
public sealed class CreditsAcquired : LedgerEvent
{
    internal CreditsAcquired(EventHeader header, AccountId from, AccountId to, OperationId sourceOperation, long sourceSequence, EventHash sourceEventHash,
        ImmutableArray<CreditBlock> blocks, RegistrySignature? senderSignature)
        : base(header)
    {
        From = from;
        To = to;
        SourceOperation = sourceOperation;
        SourceSequence = sourceSequence;
        SourceEventHash = sourceEventHash;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
        SenderSignature = senderSignature;
    }


    /// <summary>The sending account, in the other registry.</summary>
    public AccountId From { get; }

    /// <summary>The receiving account, in this registry.</summary>
    public AccountId To { get; }

    /// <summary>The sending registry.</summary>
    public RegistryId SourceRegistry => From.Registry;

    /// <summary>The sender's operation id of the outgoing transfer.</summary>
    public OperationId SourceOperation { get; }

    /// <summary>The sequence of the outgoing transfer in the sender's history.</summary>
    public long SourceSequence { get; }

    /// <summary>The sender's signature of the outgoing transfer, as verified on acquisition (null when acquired in-process without one).</summary>
    public RegistrySignature? SenderSignature { get; }

    /// <summary>The hash of the sender's <see cref="CreditsTransferredOut"/> event, linking the two histories.</summary>
    public EventHash SourceEventHash { get; }

    /// <summary>The blocks that arrived, with their attributes as sent.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits arrived.</summary>
    public long Quantity { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsAcquired;
}
