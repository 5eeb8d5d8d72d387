using System.Collections.Immutable;
using System.Globalization;

namespace CarbonLedger.Registry;

/// <summary>
/// Credits held in escrow for a pending request: still in the account's registry, counted as reserved, and unable
/// to move until released. A reservation is named by the id of the operation that made it.
/// </summary>
public sealed class Reservation
{
    internal Reservation(OperationId id, AccountId account, ImmutableArray<CreditBlock> blocks, long quantity)
    {
        Id = id;
        Account = account;
        Blocks = blocks;
        Quantity = quantity;
    }

    /// <summary>The id of the <c>Reserve</c> operation that made the reservation.</summary>
    public OperationId Id { get; }

    /// <summary>The account whose credits are reserved.</summary>
    public AccountId Account { get; }

    /// <summary>The reserved blocks.</summary>
    public ImmutableArray<CreditBlock> Blocks { get; }

    /// <summary>How many credits are reserved.</summary>
    public long Quantity { get; }

    /// <summary>For example <c>R-1: 50 credits of JPN01-2</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Quantity} credits of {Account}");
}
