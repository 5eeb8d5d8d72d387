using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
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
    /// <remarks>
    /// Short histories are checked in one pass (numbering, link and recomputed hash of each event in turn). Long ones
    /// (8,192 events or more) are checked for numbering and links from the stored hashes first, then their hashes are
    /// recomputed on all cores (each event's hash depends only on its own content). The problem reported is the first
    /// one in history order either way. A null position is refused before anything else is checked. An empty history
    /// is not valid: it is reported as <see cref="ChainProblem.Empty"/> at position 0 (where the
    /// <c>RegistryCreated</c> event should be).
    /// </remarks>
    /// <param name="history">The events, in the order stored.</param>
    /// <param name="expectedHead">When given, the hash the last event must have (a trusted copy of the head).</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">A position of the list holds null.</exception>
    public static ChainVerification Verify(IReadOnlyList<LedgerEvent> history, EventHash? expectedHead = null) =>
        VerifyCore(history, expectedHead, parallel: true);

    /// <summary>Histories shorter than this are hashed on the calling thread only.</summary>
    internal const int ParallelThreshold = 8_192;

    /// <summary>Verifies a history, recomputing hashes on several threads when <paramref name="parallel"/> and the history is long.</summary>
    /// <remarks>
    /// Long histories in parallel mode check the links first and then the content on all cores; otherwise one pass
    /// checks both. <paramref name="linksFirst"/> forces either strategy (tests compare them); both report the same.
    /// </remarks>
    internal static ChainVerification VerifyCore(IReadOnlyList<LedgerEvent> history, EventHash? expectedHead, bool parallel, bool? linksFirst = null)
    {
        Preconditions.CheckNotNull(history);
        int n = history.Count;
        if (n == 0)
        {
            return ChainVerification.Fail(ChainProblem.Empty, 0, 0,
                "The history holds no event: a registry's history starts with its RegistryCreated event, so an empty one is not intact");
        }
        for (int i = 0; i < n; i++)
        {
            if (history[i] is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Position {i} holds no event"), nameof(history));
            }
        }

        // 'structural': the first position whose number or link (from the stored values) is wrong, else n.
        // 'changed': the first position up to and including it whose content does not match its stored hash, else
        // one past that range. Either is only looked at when it comes first.
        (int structural, int changed, EventHash previous) = linksFirst ?? (parallel && n >= ParallelThreshold)
            ? LinksThenContent(history, parallel)
            : OnePass(history);
        if (changed < structural)
        {
            return Changed(changed, history[changed]);
        }
        if (structural < n)
        {
            LedgerEvent e = history[structural];
            // An event that no longer matches its own hash was edited, whatever its number or link now say (an edited
            // sequence number would otherwise read as a removed or inserted event).
            if (changed == structural)
            {
                return Changed(structural, e);
            }
            if (e.Sequence != structural)
            {
                return Misnumbered(history, structural, e);
            }
            return BrokenLink(history, structural);
        }
        if (expectedHead is { } head && head != previous)
        {
            return ChainVerification.Fail(ChainProblem.HeadMismatch, n - 1, n - 1, string.Create(CultureInfo.InvariantCulture,
                $"The history ends at event {n - 1} with hash {previous}, not at the expected head {head}: events were cut from the end or the chain was rewritten"));
        }
        return ChainVerification.Valid(n);
    }

    /// <summary>Links first (one cheap pass over the stored hashes), then the content up to the first broken link, in parallel.</summary>
    private static (int Structural, int Changed, EventHash Previous) LinksThenContent(IReadOnlyList<LedgerEvent> history, bool parallel)
    {
        int n = history.Count;
        int structural = n;
        EventHash previous = EventHash.Zero;
        for (int i = 0; i < n; i++)
        {
            LedgerEvent e = history[i];
            if (e.Sequence != i || e.PreviousHash != previous)
            {
                structural = i;
                break;
            }
            previous = e.Hash;
        }
        int limit = structural < n ? structural + 1 : n;
        return (structural, FirstChanged(history, limit, parallel && limit >= ParallelThreshold), previous);
    }

    /// <summary>
    /// Links and content of each event together, on the calling thread: one pass over the events instead of two, which
    /// matters when the history is larger than the CPU cache. Stops at the first problem of either kind.
    /// </summary>
    private static (int Structural, int Changed, EventHash Previous) OnePass(IReadOnlyList<LedgerEvent> history)
    {
        int n = history.Count;
        EventHash previous = EventHash.Zero;
        using var writer = new CanonicalWriter();
        for (int i = 0; i < n; i++)
        {
            LedgerEvent e = history[i];
            bool linked = e.Sequence == i && e.PreviousHash == previous;
            bool intact = writer.Hash(e) == e.Hash;
            if (!intact)
            {
                // Changed content at a good link comes before any later broken link, which need not be looked for.
                return (linked ? n : i, i, previous);
            }
            if (!linked)
            {
                return (i, i + 1, previous);
            }
            previous = e.Hash;
        }
        return (n, n, previous);
    }

    /// <summary>The first position below <paramref name="limit"/> whose content does not match its stored hash, or <paramref name="limit"/>.</summary>
    private static int FirstChanged(IReadOnlyList<LedgerEvent> history, int limit, bool parallel)
    {
        if (!parallel)
        {
            using var writer = new CanonicalWriter();
            for (int i = 0; i < limit; i++)
            {
                if (writer.Hash(history[i]) != history[i].Hash)
                {
                    return i;
                }
            }
            return limit;
        }
        int first = limit;
        Parallel.ForEach(
            Partitioner.Create(0, limit, 4_096),
            static () => new CanonicalWriter(),
            (range, _, writer) =>
            {
                for (int i = range.Item1; i < range.Item2 && i < Volatile.Read(ref first); i++)
                {
                    if (writer.Hash(history[i]) != history[i].Hash)
                    {
                        int seen;
                        while (i < (seen = Volatile.Read(ref first)) && Interlocked.CompareExchange(ref first, i, seen) != seen)
                        {
                        }
                        break;
                    }
                }
                return writer;
            },
            static writer => writer.Dispose());
        return first;
    }

    /// <summary>The event at <paramref name="position"/> no longer matches its hash (its stored number may be the edit).</summary>
    private static ChainVerification Changed(int position, LedgerEvent e) =>
        ChainVerification.Fail(ChainProblem.Changed, position, position, e.Sequence == position
            ? string.Create(CultureInfo.InvariantCulture,
                $"Event {position} ({e.Kind}, operation {e.OperationId}) was changed: its content no longer matches its hash")
            : string.Create(CultureInfo.InvariantCulture,
                $"Event {position} ({e.Kind}, operation {e.OperationId}) was changed: its content no longer matches its hash, and it now claims sequence number {e.Sequence}"));

    /// <summary>Position <paramref name="i"/> has the right number and an intact hash but does not link to the event before.</summary>
    private static ChainVerification BrokenLink(IReadOnlyList<LedgerEvent> history, int i)
    {
        LedgerEvent e = history[i];
        EventHash previous = i == 0 ? EventHash.Zero : history[i - 1].Hash;
        if (i + 1 < history.Count && history[i + 1].PreviousHash == previous)
        {
            return ChainVerification.Fail(ChainProblem.Inserted, i, e.Sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event at position {i} ({e.Kind}, operation {e.OperationId}) was inserted: it does not link to event {i - 1}, and the event after it does"));
        }
        if (i == 0)
        {
            return ChainVerification.Fail(ChainProblem.Changed, 0, e.Sequence, string.Create(CultureInfo.InvariantCulture,
                $"Event 0 ({e.Kind}, operation {e.OperationId}) was changed and its hash recomputed: the first event links to the zero hash, not {e.PreviousHash}"));
        }
        return ChainVerification.Fail(ChainProblem.Changed, i - 1, i - 1, string.Create(CultureInfo.InvariantCulture,
            $"Event {i - 1} was changed and its hash recomputed: event {i} no longer links to it"));
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
