using System;
using CarbonLedger.Utility;

namespace CarbonLedger.Storage;

/// <summary>
/// One row that a layer above the ledger (the Article 6.2 journal, the issuer) keeps in a store beside the ledger's
/// events, committed in the same transaction as the events of the operation that produced it.
/// </summary>
/// <remarks>
/// Records live in named streams (for example <c>article6.action</c>), each numbered from 0 without gaps. The payload is
/// UTF-8 JSON in the shape of the layer's own type; the store does not read it.
/// </remarks>
public sealed class StoredRecord
{
    private readonly byte[] payload;

    private StoredRecord(string stream, long sequence, long? ledgerSequence, byte[] payload)
    {
        Stream = stream;
        Sequence = sequence;
        LedgerSequence = ledgerSequence;
        this.payload = payload;
    }

    /// <summary>The stream the record belongs to.</summary>
    public string Stream { get; }

    /// <summary>The record's position in its stream, from 0.</summary>
    public long Sequence { get; }

    /// <summary>The ledger event the record goes with, if any (registering an approach has none).</summary>
    public long? LedgerSequence { get; }

    /// <summary>The record's content, UTF-8 JSON.</summary>
    public ReadOnlyMemory<byte> Payload => payload;

    /// <summary>Creates a record.</summary>
    /// <param name="stream">The stream: 1 to 64 characters of lower-case ASCII letters, digits, '.' and '-'.</param>
    /// <param name="sequence">The position in the stream, 0 or more.</param>
    /// <param name="ledgerSequence">The ledger event it goes with, or null.</param>
    /// <param name="payload">The content (copied).</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream name breaks its rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sequence is negative.</exception>
    public static StoredRecord Create(string stream, long sequence, long? ledgerSequence, ReadOnlySpan<byte> payload)
    {
        CheckStream(stream);
        Preconditions.CheckArgumentRange(nameof(sequence), sequence, 0, long.MaxValue);
        if (ledgerSequence is { } l)
        {
            Preconditions.CheckArgumentRange(nameof(ledgerSequence), l, 0, long.MaxValue);
        }
        return new StoredRecord(stream, sequence, ledgerSequence, payload.ToArray());
    }

    /// <summary>Checks a stream name: 1 to 64 characters of lower-case ASCII letters, digits, '.' and '-'.</summary>
    /// <param name="stream">The name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The name breaks the rule.</exception>
    public static void CheckStream(string stream)
    {
        Preconditions.CheckNotNull(stream);
        bool valid = stream.Length is > 0 and <= 64;
        foreach (char c in stream)
        {
            valid &= c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-';
        }
        Preconditions.CheckArgument(valid, nameof(stream),
            "Stream name '{0}' must be 1 to 64 characters of lower-case ASCII letters, digits, '.' and '-'", stream);
    }
}
