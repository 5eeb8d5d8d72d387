using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>The holder put credits in escrow; the reservation is named by this event's <see cref="LedgerEvent.OperationId"/>.</summary>
public sealed class CreditsReserved : LedgerEvent
{
    internal CreditsReserved(EventHeader header, AccountId account, CreditSelection selection, ImmutableArray<CreditBlock> blocks)
        : base(header)
    {
        Account = account;
        Selection = selection;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
    }

    /// <summary>The account whose credits were reserved.</summary>
    public AccountId Account { get; }

    /// <summary>What the holder asked for.</summary>
    public CreditSelection Selection { get; }

    /// <summary>The reserved blocks.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits were reserved.</summary>
    public long Quantity { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsReserved;
}
