using System.Globalization;
using NodaTime;

namespace CarbonLedger.Registry.Events;

/// <summary>
/// One entry of a registry's append-only history. Every event carries its position, the instant it was committed,
/// the client operation id, the acting actor and the SHA-256 hash chain link (<see cref="PreviousHash"/> and
/// <see cref="Hash"/>); derived types carry the accounts, blocks (with all attributes) and details of the operation.
/// </summary>
/// <remarks>Events are immutable. Only the ledger and the history reader create them.</remarks>
public abstract class LedgerEvent
{
    private EventHash hash;

    private protected LedgerEvent(EventHeader header)
    {
        Sequence = header.Sequence;
        Instant = header.Instant;
        OperationId = header.OperationId;
        Actor = header.Actor;
        PreviousHash = header.PreviousHash;
        hash = header.Hash;
    }

    /// <summary>The event's position in the history, starting at 0 for <see cref="RegistryCreated"/>.</summary>
    public long Sequence { get; }

    /// <summary>When the event was committed (from the ledger's clock; never earlier than the event before).</summary>
    public Instant Instant { get; }

    /// <summary>The client operation id (or the derived id of an acquisition).</summary>
    public OperationId OperationId { get; }

    /// <summary>Who performed the operation.</summary>
    public ActorId Actor { get; }

    /// <summary>The hash of the event before (all zero bytes for the first event).</summary>
    public EventHash PreviousHash { get; }

    /// <summary>SHA-256 over the canonical encoding of this event, which includes <see cref="PreviousHash"/>.</summary>
    /// <remarks>For an event read from a file this is the hash the file claims; <see cref="HashChain.Verify"/> checks it.</remarks>
    public EventHash Hash => hash;

    /// <summary>What kind of event this is.</summary>
    public abstract LedgerEventKind Kind { get; }

    /// <summary>The header fields, for rebuilding or re-encoding the event.</summary>
    internal EventHeader Header => new(Sequence, Instant, OperationId, Actor, PreviousHash, hash);

    /// <summary>Sets the hash of a freshly built event, before it is published.</summary>
    internal void SetHash(EventHash value) => hash = value;

    /// <summary>For example <c>#5 CreditsTransferred T-17 by Mayekawa at 2026-01-05T00:00:00Z</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Sequence} {Kind} {OperationId} by {Actor} at {Instant}");
}
