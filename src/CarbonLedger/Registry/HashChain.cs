using System;
using System.Collections.Generic;
using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// Verifies the SHA-256 hash chain of a history: each event's hash must match SHA-256 over its canonical encoding
/// (which includes the previous event's hash), and the events must be numbered 0, 1, 2, … in order. The first problem
/// is reported with its kind and position.
/// </summary>
/// <remarks>
/// A chain recomputed from scratch by someone who rewrote history is self-consistent; only a trusted head hash (kept
/// or published elsewhere) exposes it, which is what the <c>expectedHead</c> argument of <see cref="Verify"/> is for.
/// The same applies to events cut from the end.
/// </remarks>
public static class HashChain
{
    /// <summary>Recomputes an event's hash from its canonical encoding (its stored <see cref="LedgerEvent.Hash"/> is ignored).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public static EventHash ComputeHash(LedgerEvent e)
    {
        Preconditions.CheckNotNull(e);
        using var writer = new CanonicalWriter();
        return writer.Hash(e);
    }

    /// <summary>The canonical encoding of an event, the bytes its hash covers.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public static byte[] Encode(LedgerEvent e)
    {
        Preconditions.CheckNotNull(e);
        using var writer = new CanonicalWriter();
        writer.Encode(e);
        return writer.Written.ToArray();
    }

    /// <summary>Verifies a whole history.</summary>
    /// <param name="history">The events, in the order stored.</param>
    /// <param name="expectedHead">When given, the hash the last event must have (a trusted copy of the head).</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static ChainVerification Verify(IReadOnlyList<LedgerEvent> history, EventHash? expectedHead = null)
    {
        Preconditions.CheckNotNull(history);
        using var writer = new CanonicalWriter();
        EventHash previous = EventHash.Zero;
        int n = history.Count;
        for (int i = 0; i < n; i++)
        {
            LedgerEvent e = history[i] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Position {i} holds no event"), nameof(history));
            if (e.Sequence != i)
            {
                return Misnumbered(history, i, e);
            }
            if (writer.Hash(e) != e.Hash)
            {
                return ChainVerification.Fail(ChainProblem.Changed, i, e.Sequence, string.Create(CultureInfo.InvariantCulture,
                    $"Event {e.Sequence} ({e.Kind}, operation {e.OperationId}) was changed: its content no longer matches its hash"));
            }
            if (e.PreviousHash != previous)
            {
                if (i + 1 < n && history[i + 1].PreviousHash == previous)
                {
                    return ChainVerification.Fail(ChainProblem.Inserted, i, e.Sequence, string.Create(CultureInfo.InvariantCulture,
                        $"Event at position {i} ({e.Kind}, operation {e.OperationId}) was inserted: it does not link to event {i - 1}, and the event after it does"));
                }
                return ChainVerification.Fail(ChainProblem.Changed, i - 1, i - 1, string.Create(CultureInfo.InvariantCulture,
                    $"Event {i - 1} was changed and its hash recomputed: event {i} no longer links to it"));
            }
            previous = e.Hash;
        }
        if (expectedHead is { } head && head != previous)
        {
            return ChainVerification.Fail(ChainProblem.HeadMismatch, n - 1, n - 1, string.Create(CultureInfo.InvariantCulture,
                $"The history ends at event {n - 1} with hash {previous}, not at the expected head {head}: events were cut from the end or the chain was rewritten"));
        }
        return ChainVerification.Valid(n);
    }

    private static ChainVerification Misnumbered(IReadOnlyList<LedgerEvent> history, int i, LedgerEvent e)
    {
        if (e.Sequence < i)
        {
            // A second event claims an earlier number: the one that the chain does not continue from was inserted.
            bool laterLinks = i + 1 < history.Count && history[i + 1].PreviousHash == e.Hash;
            int inserted = laterLinks && history[i - 1].Sequence == e.Sequence ? i - 1 : i;
            LedgerEvent bad = history[inserted];
            return ChainVerification.Fail(ChainProblem.Inserted, inserted, bad.Sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event at position {inserted} ({bad.Kind}, operation {bad.OperationId}) was inserted: it repeats sequence number {bad.Sequence}"));
        }
        for (int j = i + 1; j < history.Count; j++)
        {
            if (history[j].Sequence == i)
            {
                return ChainVerification.Fail(ChainProblem.Reordered, i, i, string.Create(CultureInfo.InvariantCulture,
                    $"Events were reordered: event {i} is at position {j}, and position {i} holds event {e.Sequence}"));
            }
        }
        return ChainVerification.Fail(ChainProblem.Removed, i, i, string.Create(CultureInfo.InvariantCulture,
            $"Events {i} to {e.Sequence - 1} were removed: position {i} holds event {e.Sequence}"));
    }
}
