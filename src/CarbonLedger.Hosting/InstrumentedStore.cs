using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Storage;

namespace CarbonLedger.Hosting;

/// <summary>A store that reports each commit's duration and size, and traces it, then passes it on unchanged.</summary>
internal sealed class InstrumentedStore(IRegistryStore inner, string registry) : IRegistryStore
{
    public bool IsReadOnly => inner.IsReadOnly;

    public Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(long fromSequence, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadEventsAsync(fromSequence, maxCount, cancellationToken);

    public Task<IReadOnlyList<StoredRecord>> ReadRecordsAsync(string stream, long fromSequence, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadRecordsAsync(stream, fromSequence, maxCount, cancellationToken);

    public async Task AppendAsync(StoreCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        using Activity? activity = RegistryTelemetry.Source.StartActivity("carbonledger.store.append");
        activity?.SetTag("carbonledger.registry", registry);
        activity?.SetTag("carbonledger.events", commit.Events.Count);
        long started = Stopwatch.GetTimestamp();
        try
        {
            await inner.AppendAsync(commit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        RegistryTelemetry.CommitDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, RegistryTelemetry.RegistryTag(registry));
        RegistryTelemetry.CommitEvents.Record(commit.Events.Count, RegistryTelemetry.RegistryTag(registry));
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
