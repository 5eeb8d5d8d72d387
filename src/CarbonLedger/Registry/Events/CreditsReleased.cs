using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>The holder released a reservation; its credits are available in the account again.</summary>
public sealed class CreditsReleased : LedgerEvent
{
    internal CreditsReleased(EventHeader header, AccountId account, OperationId reservation, ImmutableArray<CreditBlock> blocks)
        : base(header)
    {
        Account = account;
        Reservation = reservation;
        Blocks = blocks;
        Quantity = BlockTotals.Sum(blocks);
    }

    /// <summary>The account whose reservation was released.</summary>
    public AccountId Account { get; }

    /// <summary>The id of the <c>Reserve</c> operation that made the reservation.</summary>
    public OperationId Reservation { get; }

    /// <summary>The released blocks.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits were released.</summary>
    public long Quantity { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsReleased;
}
