using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>
/// The administrator changed the authorisation status or first-transferred flag of credits in an account (how an
/// Article 6.2 layer records authorisation and first transfer). <see cref="Blocks"/> carries the attributes before,
/// <see cref="MarkedBlocks"/> after.
/// </summary>
public sealed class CreditsMarked : LedgerEvent
{
    internal CreditsMarked(EventHeader header, AccountId account, CreditSelection selection, CreditMarking marking, ImmutableArray<CreditBlock> blocks)
        : base(header)
    {
        Account = account;
        Selection = selection;
        Marking = marking;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
    }

    /// <summary>The account whose credits were marked.</summary>
    public AccountId Account { get; }

    /// <summary>Which credits were asked for.</summary>
    public CreditSelection Selection { get; }

    /// <summary>What changed.</summary>
    public CreditMarking Marking { get; }

    /// <summary>The marked blocks with their attributes before the change.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>The marked blocks with their attributes after the change.</summary>
    public ImmutableArray<CreditBlock> MarkedBlocks
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<CreditBlock>(Blocks.Length);
            foreach (CreditBlock b in Blocks)
            {
                builder.Add(b.WithAttributes(Marking.Apply(b.Attributes)));
            }
            return builder.MoveToImmutable();
        }
    }

    /// <summary>How many credits were marked.</summary>
    public long Quantity { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsMarked;
}
