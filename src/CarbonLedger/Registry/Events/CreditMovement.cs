using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>
/// Credits moved out of an account by its holder: a transfer, cancellation, retirement or outgoing international
/// transfer. Carries the request (<see cref="Selection"/>) and its result (<see cref="Blocks"/>).
/// </summary>
public abstract class CreditMovement : LedgerEvent
{
    private protected CreditMovement(EventHeader header, AccountId from, AccountId to, CreditSelection selection, ImmutableArray<CreditBlock> blocks)
        : base(header)
    {
        From = from;
        To = to;
        Selection = selection;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
    }

    /// <summary>The account the credits left.</summary>
    public AccountId From { get; }

    /// <summary>The account the credits went to (in another registry for an outgoing international transfer).</summary>
    public AccountId To { get; }

    /// <summary>What the actor asked for: a quantity (with order and filters) or exact ranges.</summary>
    public CreditSelection Selection { get; }

    /// <summary>The blocks that moved, with their attributes, in the order they were taken.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits moved.</summary>
    public long Quantity { get; }
}
