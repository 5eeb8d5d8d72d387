using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Utility;

namespace CarbonLedger.Storage;

/// <summary>
/// What one transaction appends to a store: the events of one or more operations, in sequence order, and the records
/// those operations produced. A store writes all of it or none of it.
/// </summary>
public sealed class StoreCommit
{
    private StoreCommit(RegistryId registry, IReadOnlyList<StoredEvent> events, IReadOnlyList<StoredRecord> records)
    {
        Registry = registry;
        Events = events;
        Records = records;
    }

    /// <summary>The registry the rows belong to.</summary>
    public RegistryId Registry { get; }

    /// <summary>The events, consecutive and in sequence order (may be empty).</summary>
    public IReadOnlyList<StoredEvent> Events { get; }

    /// <summary>The records, in the order written (may be empty).</summary>
    public IReadOnlyList<StoredRecord> Records { get; }

    /// <summary>Creates a commit.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="events">The events, consecutive and in order (copied).</param>
    /// <param name="records">The records (copied).</param>
    /// <returns>The commit.</returns>
    /// <exception cref="System.ArgumentNullException">A list or element is null.</exception>
    /// <exception cref="System.ArgumentException">The registry is the default value, the events are not consecutive, or the commit is empty.</exception>
    public static StoreCommit Create(RegistryId registry, IEnumerable<StoredEvent> events, IEnumerable<StoredRecord> records)
    {
        Preconditions.CheckArgument(registry.IsValid, nameof(registry), "Registry id must not be the default value");
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(records);
        StoredEvent[] e = events.ToArray();
        StoredRecord[] r = records.ToArray();
        Preconditions.CheckArgument(e.All(static x => x is not null), nameof(events), "An event is null");
        Preconditions.CheckArgument(r.All(static x => x is not null), nameof(records), "A record is null");
        for (int i = 1; i < e.Length; i++)
        {
            Preconditions.CheckArgument(e[i].Sequence == e[i - 1].Sequence + 1, nameof(events),
                "Event {0} does not follow event {1}", e[i].Sequence, e[i - 1].Sequence);
        }
        Preconditions.CheckArgument(e.Length + r.Length > 0, nameof(events), "A commit holds at least one event or record");
        return new StoreCommit(registry, e, r);
    }
}
