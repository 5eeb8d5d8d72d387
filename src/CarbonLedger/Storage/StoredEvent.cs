using System;
using System.Collections.Generic;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Utility;

namespace CarbonLedger.Storage;

/// <summary>
/// The row form of one ledger event in a store: its sequence, operation id, kind and hash as columns (for the store's
/// uniqueness rules and for reading), and its canonical encoding — exactly the bytes its SHA-256 hash covers, which
/// include the previous event's hash — as the payload.
/// </summary>
/// <remarks>
/// The ledger builds rows with <see cref="FromEvent"/> and reads them back with <see cref="ToEvent"/>. A row read from a
/// store is not trusted: the ledger checks on open that each payload hashes to its stored hash, that the hashes chain,
/// and that the columns agree with the payload.
/// </remarks>
public sealed class StoredEvent
{
    private readonly byte[] encoding;

    private StoredEvent(long sequence, string operationId, LedgerEventKind kind, EventHash hash, byte[] encoding)
    {
        Sequence = sequence;
        OperationId = operationId;
        Kind = kind;
        Hash = hash;
        this.encoding = encoding;
    }

    /// <summary>The event's position in the history, from 0.</summary>
    public long Sequence { get; }

    /// <summary>The event's operation id, as text.</summary>
    public string OperationId { get; }

    /// <summary>The event's kind.</summary>
    public LedgerEventKind Kind { get; }

    /// <summary>The event's hash as stored.</summary>
    public EventHash Hash { get; }

    /// <summary>The canonical encoding (documented in <c>docs/registry.md</c>); its SHA-256 should be <see cref="Hash"/>.</summary>
    public ReadOnlyMemory<byte> Encoding => encoding;

    /// <summary>The row form of an event.</summary>
    /// <param name="e">The event (a committed one, whose hash is set).</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public static StoredEvent FromEvent(LedgerEvent e)
    {
        Preconditions.CheckNotNull(e);
        return new StoredEvent(e.Sequence, e.OperationId.Value, e.Kind, e.Hash, HashChain.Encode(e));
    }

    /// <summary>A row as read from a store (nothing is checked here; see <see cref="ToEvent"/>).</summary>
    /// <param name="sequence">The stored sequence.</param>
    /// <param name="operationId">The stored operation id.</param>
    /// <param name="kind">The stored kind.</param>
    /// <param name="hash">The stored hash.</param>
    /// <param name="encoding">The stored payload (copied).</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operationId"/> is null.</exception>
    public static StoredEvent FromRow(long sequence, string operationId, LedgerEventKind kind, EventHash hash, ReadOnlySpan<byte> encoding)
    {
        Preconditions.CheckNotNull(operationId);
        return new StoredEvent(sequence, operationId, kind, hash, encoding.ToArray());
    }

    /// <summary>A row over bytes the caller gives up (no copy); for the ledger's own writer.</summary>
    internal static StoredEvent Own(LedgerEvent e, byte[] encoding) => new(e.Sequence, e.OperationId.Value, e.Kind, e.Hash, encoding);

    /// <summary>
    /// Decodes the payload into the event, carrying the stored <see cref="Hash"/> (not recomputed: verify the chain to
    /// check it), and checks that the columns agree with the payload.
    /// </summary>
    /// <returns>The event.</returns>
    /// <exception cref="FormatException">The payload is not a canonical encoding, or a column disagrees with it.</exception>
    public LedgerEvent ToEvent() => Decode(null);

    internal LedgerEvent Decode(Dictionary<CreditAttributes, CreditAttributes>? attributes)
    {
        LedgerEvent e = CanonicalReader.Decode(encoding, Hash, attributes);
        if (e.Sequence != Sequence || e.Kind != Kind || !string.Equals(e.OperationId.Value, OperationId, StringComparison.Ordinal))
        {
            throw new FormatException(FormattableString.Invariant(
                $"Stored event {Sequence} ({Kind}, operation {OperationId}) holds the encoding of event {e.Sequence} ({e.Kind}, operation {e.OperationId})"));
        }
        return e;
    }
}
