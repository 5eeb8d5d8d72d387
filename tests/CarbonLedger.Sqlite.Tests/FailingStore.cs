using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Storage;

namespace CarbonLedger.Sqlite.Tests;

/// <summary>A store decorator whose appends fail while <see cref="Fail"/> is set (an injected I/O failure).</summary>
internal sealed class FailingStore(IRegistryStore inner) : IRegistryStore
{
    internal volatile bool Fail;

    internal int Appends;

    public bool IsReadOnly => inner.IsReadOnly;

    public Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(long fromSequence, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadEventsAsync(fromSequence, maxCount, cancellationToken);

    public Task<IReadOnlyList<StoredRecord>> ReadRecordsAsync(string stream, long fromSequence, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadRecordsAsync(stream, fromSequence, maxCount, cancellationToken);

    public Task AppendAsync(StoreCommit commit, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Appends);
        return Fail
            ? throw new RegistryStoreException(StoreFailure.WriteFailed, "injected I/O failure")
            : inner.AppendAsync(commit, cancellationToken);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
