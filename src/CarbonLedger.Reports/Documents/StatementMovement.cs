using System.Collections.Generic;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using NodaTime;

namespace CarbonLedger.Reports.Documents;

/// <summary>
/// One line of an <see cref="AccountStatement"/>: a registry event that touched the account, the credits it moved
/// in (positive) or out (negative), its serial blocks, and the balance after it.
/// </summary>
/// <remarks>
/// Reservations, releases and markings keep the credits in the account, so their change is zero; they are listed
/// because they are part of the account's history. Immutable.
/// </remarks>
public sealed class StatementMovement
{
    internal StatementMovement(LedgerEvent e, string counterparty, IReadOnlyList<CreditBlock> blocks, long change, long balance)
    {
        Sequence = e.Sequence;
        Instant = e.Instant;
        Kind = e.Kind;
        Operation = e.OperationId;
        Counterparty = counterparty;
        Blocks = blocks;
        Change = change;
        Balance = balance;
    }

    /// <summary>The event's sequence number in the registry's history.</summary>
    public long Sequence { get; }

    /// <summary>When the event was recorded.</summary>
    public Instant Instant { get; }

    /// <summary>What kind of event it is.</summary>
    public LedgerEventKind Kind { get; }

    /// <summary>The client operation id of the event.</summary>
    public OperationId Operation { get; }

    /// <summary>The other account of a movement (where the credits came from or went), or empty.</summary>
    public string Counterparty { get; }

    /// <summary>The serial blocks the event concerned.</summary>
    public IReadOnlyList<CreditBlock> Blocks { get; }

    /// <summary>The credits that came in (positive) or went out (negative); zero for a reservation, release or marking.</summary>
    public long Change { get; }

    /// <summary>The credits held in the account (available and reserved) after the event.</summary>
    public long Balance { get; }
}
