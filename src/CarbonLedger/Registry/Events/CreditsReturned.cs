using System.Collections.Immutable;
using CarbonLedger.Registry.Trust;

namespace CarbonLedger.Registry.Events;

/// <summary>
/// Credits of an outgoing transfer came back to the sending account because the receiving registry refused the
/// transfer (its signed <see cref="AcquisitionRefused"/>). Recorded in the sending registry, at most once per
/// outgoing transfer.
/// </summary>
public sealed class CreditsReturned : LedgerEvent
{
    internal CreditsReturned(EventHeader header, AccountId from, AccountId to, OperationId transferOperation, long transferSequence, EventHash transferHash,
        OperationId refusalOperation, long refusalSequence, EventHash refusalHash, ReturnReason reason, ImmutableArray<CreditBlock> blocks,
        RegistrySignature refusalSignature)
        : base(header)
    {
        From = from;
        To = to;
        TransferOperation = transferOperation;
        TransferSequence = transferSequence;
        TransferHash = transferHash;
        RefusalOperation = refusalOperation;
        RefusalSequence = refusalSequence;
        RefusalHash = refusalHash;
        Reason = reason;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
        RefusalSignature = refusalSignature;
    }

    /// <summary>The account the credits had been addressed to, in the refusing registry.</summary>
    public AccountId From { get; }

    /// <summary>The account that sent them and gets them back, in this registry.</summary>
    public AccountId To { get; }

    /// <summary>The refusing registry.</summary>
    public RegistryId RefusingRegistry => From.Registry;

    /// <summary>The operation id of this registry's outgoing transfer.</summary>
    public OperationId TransferOperation { get; }

    /// <summary>The sequence of the outgoing transfer in this registry's history.</summary>
    public long TransferSequence { get; }

    /// <summary>The hash of the outgoing transfer event.</summary>
    public EventHash TransferHash { get; }

    /// <summary>The operation id of the refusal in the refusing registry.</summary>
    public OperationId RefusalOperation { get; }

    /// <summary>The sequence of the refusal in the refusing registry's history.</summary>
    public long RefusalSequence { get; }

    /// <summary>The hash of the refusal event.</summary>
    public EventHash RefusalHash { get; }

    /// <summary>Why the transfer was refused.</summary>
    public ReturnReason Reason { get; }

    /// <summary>The blocks that came back, with their attributes as sent.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits came back.</summary>
    public long Quantity { get; }

    /// <summary>The refusing registry's signature of its refusal, as verified.</summary>
    public RegistrySignature RefusalSignature { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsReturned;
}
