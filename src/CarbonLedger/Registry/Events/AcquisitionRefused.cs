using System.Collections.Immutable;
using CarbonLedger.Registry.Trust;

namespace CarbonLedger.Registry.Events;

/// <summary>
/// The receiving registry refused another registry's outgoing transfer for good (for example an unknown or closed
/// account): no credit arrived, and the sender may return them (<see cref="CreditsReturned"/>) on the strength of this
/// event signed by the receiver (<see cref="SignedRefusal"/>). Its operation id is the one the acquisition would have
/// had, so a transfer is either acquired or refused, once.
/// </summary>
public sealed class AcquisitionRefused : LedgerEvent
{
    internal AcquisitionRefused(EventHeader header, AccountId from, AccountId to, OperationId sourceOperation, long sourceSequence,
        EventHash sourceEventHash, ReturnReason reason, ImmutableArray<CreditBlock> blocks, RegistrySignature? senderSignature)
        : base(header)
    {
        From = from;
        To = to;
        SourceOperation = sourceOperation;
        SourceSequence = sourceSequence;
        SourceEventHash = sourceEventHash;
        Reason = reason;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
        SenderSignature = senderSignature;
    }

    /// <summary>The sending account, in the other registry.</summary>
    public AccountId From { get; }

    /// <summary>The account the credits were addressed to, in this registry.</summary>
    public AccountId To { get; }

    /// <summary>The sending registry.</summary>
    public RegistryId SourceRegistry => From.Registry;

    /// <summary>The sender's operation id of the outgoing transfer.</summary>
    public OperationId SourceOperation { get; }

    /// <summary>The sequence of the outgoing transfer in the sender's history.</summary>
    public long SourceSequence { get; }

    /// <summary>The hash of the sender's outgoing transfer event.</summary>
    public EventHash SourceEventHash { get; }

    /// <summary>Why the transfer was refused.</summary>
    public ReturnReason Reason { get; }

    /// <summary>The blocks as sent (none of them arrived).</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits were refused.</summary>
    public long Quantity { get; }

    /// <summary>The sender's signature of the outgoing transfer, as verified when refusing (null when refused in-process without one).</summary>
    public RegistrySignature? SenderSignature { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.AcquisitionRefused;
}
