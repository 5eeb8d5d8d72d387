using System;
using System.Threading;

namespace CarbonLedger.Registry.State;

/// <summary>
/// The last registry state that <see cref="LedgerSnapshot.AsOf"/> rebuilt from one event log, shared by every view of
/// that log, so that a later question about the same or a later instant continues from it instead of replaying the
/// history from its first event.
/// </summary>
/// <remarks>
/// A log is append-only and its committed events never change, so a state rebuilt from its first <c>n</c> events is
/// valid for every view of the log that holds at least <c>n</c> events. The memo holds that snapshot weakly: it costs
/// no memory once nobody else holds the snapshot, and a collected entry only means the next question replays from the
/// start. Readers on any thread may ask at once: each continuation starts from its own copy of the remembered state's
/// account directory (the only part a continuation would write), and the last one to finish is remembered.
/// </remarks>
internal sealed class PrefixStates
{
    private WeakReference<LedgerSnapshot>? last;
    private long eventsApplied;

    /// <summary>Events applied by rebuilds of this log's prefixes so far (for tests).</summary>
    internal long EventsApplied => Interlocked.Read(ref eventsApplied);

    /// <summary>The remembered snapshot with the most events not above <paramref name="count"/>, if it is still alive.</summary>
    internal LedgerSnapshot? Closest(int count) =>
        Volatile.Read(ref last) is { } reference && reference.TryGetTarget(out LedgerSnapshot? known) && known.EventCount <= count
            ? known
            : null;

    /// <summary>Remembers a rebuilt snapshot and counts the events applied to build it.</summary>
    internal void Remember(LedgerSnapshot snapshot, int applied)
    {
        Interlocked.Add(ref eventsApplied, applied);
        Volatile.Write(ref last, new WeakReference<LedgerSnapshot>(snapshot));
    }
}
