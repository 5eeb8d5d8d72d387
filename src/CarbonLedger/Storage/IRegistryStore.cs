using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CarbonLedger.Storage;

/// <summary>
/// The port through which a registry keeps its history durably: an append-only list of ledger events (in their
/// canonical encoding, the bytes their hashes cover) and of records that the layers above the ledger (the Article 6.2
/// journal, the issuer) keep beside them. A store holds one registry. The ledger checks and hashes everything; a store
/// only keeps rows, keeps them in order, and refuses what would fork or rewrite them.
/// </summary>
/// <remarks>
/// <para>Contract for implementations:</para>
/// <list type="bullet">
/// <item><see cref="AppendAsync"/> writes a whole <see cref="StoreCommit"/> in one transaction and returns only once
/// it is durable (it survives a crash of the process and of the machine). If it throws, nothing of the commit was
/// written.</item>
/// <item>Event sequences and record sequences are unique and gapless from 0; operation ids are unique. An append whose
/// rows would break that (another writer appended meanwhile) throws <see cref="RegistryStoreException"/> with
/// <see cref="StoreFailure.Conflict"/> and writes nothing.</item>
/// <item>Rows are never updated or deleted.</item>
/// <item>A store opened for writing holds the registry's single writer lease until it is disposed; a second writer is
/// refused with <see cref="StoreFailure.Locked"/> (or waits, if its options say so).</item>
/// <item>Methods other than <see cref="AppendAsync"/> may be called while an append is in progress only from the same
/// writer; a store is not required to be safe for concurrent calls.</item>
/// </list>
/// <para>The in-memory <see cref="Registry.Ledger"/> is the default; <c>CarbonLedger.Sqlite</c> implements this port
/// for a single file.</para>
/// </remarks>
public interface IRegistryStore : IAsyncDisposable
{
    /// <summary>Whether the store was opened read-only; <see cref="AppendAsync"/> then throws <see cref="StoreFailure.ReadOnly"/>.</summary>
    bool IsReadOnly { get; }

    /// <summary>Reads stored events in sequence order, starting at <paramref name="fromSequence"/>.</summary>
    /// <param name="fromSequence">The first sequence to read (0 for the whole history).</param>
    /// <param name="maxCount">At most this many events are returned; fewer means the end was reached.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events, consecutive from <paramref name="fromSequence"/> (empty past the end).</returns>
    /// <exception cref="RegistryStoreException">The store cannot be read.</exception>
    Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(long fromSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Reads the stored records of one stream in sequence order, starting at <paramref name="fromSequence"/>.</summary>
    /// <param name="stream">The stream, for example <c>article6.action</c>.</param>
    /// <param name="fromSequence">The first sequence to read.</param>
    /// <param name="maxCount">At most this many records are returned; fewer means the end was reached.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records, consecutive from <paramref name="fromSequence"/>.</returns>
    /// <exception cref="RegistryStoreException">The store cannot be read.</exception>
    Task<IReadOnlyList<StoredRecord>> ReadRecordsAsync(string stream, long fromSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Appends one commit (events and records) in a single durable transaction: all of it, or none of it.</summary>
    /// <param name="commit">The rows to append; its events continue the stored history.</param>
    /// <param name="cancellationToken">
    /// Cancels the append before it starts writing; once the transaction is being committed the append runs to its end
    /// (so that its outcome is never unknown).
    /// </param>
    /// <exception cref="RegistryStoreException">Nothing was written: the store is read-only, full, failing, or another writer conflicts.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before anything was written.</exception>
    Task AppendAsync(StoreCommit commit, CancellationToken cancellationToken = default);
}
