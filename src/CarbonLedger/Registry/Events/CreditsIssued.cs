using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>The administrator issued new credits into an account (per the Joint Committee's decision).</summary>
public sealed class CreditsIssued : LedgerEvent
{
    internal CreditsIssued(EventHeader header, AccountId to, ImmutableArray<CreditBlock> blocks)
        : base(header)
    {
        To = to;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
    }

    /// <summary>The account the credits were issued into.</summary>
    public AccountId To { get; }

    /// <summary>The issued blocks with their attributes, in the order given.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits were issued.</summary>
    public long Quantity { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsIssued;
}
