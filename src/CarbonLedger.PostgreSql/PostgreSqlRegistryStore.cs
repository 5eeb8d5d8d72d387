using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using CarbonLedger.Storage;
using Npgsql;

namespace CarbonLedger.PostgreSql;

/// <summary>
/// A registry's history in a PostgreSQL database: an <see cref="IRegistryStore"/> for one registry, of the many one
/// database may hold. A writer holds the registry's writer lease, a session-level advisory lock, on the very connection
/// that appends, so a writer that lost its session can never append again without first taking the lease back and
/// finding the head where it left it. Readers (<see cref="PostgreSqlStoreOptions.ReadOnly"/>) take no lease and may
/// run on a streaming replica.
/// </summary>
/// <remarks>
/// <para>Tables and triggers: see <c>docs/storage.md</c>. The lease's lock key is the first 8 bytes (big-endian) of
/// SHA-256 over the UTF-8 text <c>carbonledger/registry/</c> followed by the registry id.</para>
/// <para>Not safe for concurrent calls: one writer (the ledger's commit loop) calls it at a time.</para>
/// </remarks>
public sealed class PostgreSqlRegistryStore : IRegistryStore
{
    /// <summary>The notification channel a writer notifies after each commit (payload: registry id, ':', last sequence).</summary>
    public const string NotificationChannel = "carbonledger_events";

    private readonly NpgsqlDataSource dataSource;
    private readonly string registry;
    private readonly long leaseKey;
    private readonly PostgreSqlStoreOptions options;
    private NpgsqlConnection? writer;

    // Test hook: runs on the writer's connection after the rows are inserted and before COMMIT is sent.
    internal Func<NpgsqlConnection, Task>? BeforeCommit { get; set; }
    private string? broken;
    private bool disposed;

    private PostgreSqlRegistryStore(NpgsqlDataSource dataSource, RegistryId registry, PostgreSqlStoreOptions options)
    {
        this.dataSource = dataSource;
        this.registry = registry.ToString();
        this.options = options;
        leaseKey = LeaseKey(registry);
        Registry = registry;
    }

    /// <summary>The registry this store holds.</summary>
    public RegistryId Registry { get; }

    /// <inheritdoc />
    public bool IsReadOnly => options.ReadOnly;

    /// <summary>
    /// Opens the registry <paramref name="registry"/> in the database that <paramref name="connectionString"/> names.
    /// A writer creates or migrates the schema and takes the registry's writer lease; a reader checks that the schema is
    /// one it can read.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (host, port, database, user; no secrets are logged).</param>
    /// <param name="registry">The registry to open.</param>
    /// <param name="options">How to open it; null for the defaults (a writer that does not wait).</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="RegistryStoreException">
    /// <see cref="StoreFailure.Locked"/> when another session holds the lease (after <see cref="PostgreSqlStoreOptions.WriterWait"/>);
    /// <see cref="StoreFailure.NewerSchema"/> when the database was written by a newer version;
    /// <see cref="StoreFailure.Corrupt"/> when a reader finds no schema; <see cref="StoreFailure.WriteFailed"/> when the
    /// server cannot be reached.
    /// </exception>
    public static async Task<PostgreSqlRegistryStore> OpenAsync(string connectionString, RegistryId registry,
        PostgreSqlStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (registry == default)
        {
            throw new ArgumentException("Registry id must not be the default value", nameof(registry));
        }
        options ??= new PostgreSqlStoreOptions();
        NpgsqlDataSource source = new NpgsqlDataSourceBuilder(connectionString).Build();
        var store = new PostgreSqlRegistryStore(source, registry, options);
        try
        {
            await using (NpgsqlConnection c = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            {
                if (options.ReadOnly)
                {
                    await PostgreSqlSchema.CheckReadableAsync(c, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await PostgreSqlSchema.MigrateAsync(c, cancellationToken).ConfigureAwait(false);
                }
            }
            if (!options.ReadOnly)
            {
                store.writer = await store.TakeLeaseAsync(options.WriterWait, cancellationToken).ConfigureAwait(false);
            }
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(long fromSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        CheckReadArguments(fromSequence, maxCount);
        await using NpgsqlConnection c = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand cmd = new(
            "SELECT sequence, operation_id, kind, hash, encoding FROM carbonledger.events " +
            "WHERE registry = $1 AND sequence >= $2 ORDER BY sequence LIMIT $3", c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = registry });
        cmd.Parameters.Add(new NpgsqlParameter { Value = fromSequence });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (long)maxCount });
        var events = new List<StoredEvent>(Math.Min(maxCount, 4096));
        await using NpgsqlDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long expected = fromSequence;
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            long sequence = r.GetInt64(0);
            if (sequence != expected)
            {
                throw new RegistryStoreException(StoreFailure.Corrupt, FormattableString.Invariant(
                    $"Registry {registry}: event {expected} is missing from carbonledger.events (the next stored event is {sequence})"));
            }
            byte[] hash = (byte[])r[3];
            if (hash.Length != EventHash.Length)
            {
                throw new RegistryStoreException(StoreFailure.Corrupt, FormattableString.Invariant(
                    $"Registry {registry}: event {sequence} has a hash of {hash.Length} bytes, not {EventHash.Length}"));
            }
            events.Add(StoredEvent.FromRow(sequence, r.GetString(1), (Registry.Events.LedgerEventKind)r.GetInt16(2),
                EventHash.FromBytes(hash), (byte[])r[4]));
            expected++;
        }
        return events;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredRecord>> ReadRecordsAsync(string stream, long fromSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        StoredRecord.CheckStream(stream);
        CheckReadArguments(fromSequence, maxCount);
        await using NpgsqlConnection c = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand cmd = new(
            "SELECT sequence, ledger_sequence, payload FROM carbonledger.records " +
            "WHERE registry = $1 AND stream = $2 AND sequence >= $3 ORDER BY sequence LIMIT $4", c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = registry });
        cmd.Parameters.Add(new NpgsqlParameter { Value = stream });
        cmd.Parameters.Add(new NpgsqlParameter { Value = fromSequence });
        cmd.Parameters.Add(new NpgsqlParameter { Value = (long)maxCount });
        var records = new List<StoredRecord>();
        await using NpgsqlDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long expected = fromSequence;
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            long sequence = r.GetInt64(0);
            if (sequence != expected)
            {
                throw new RegistryStoreException(StoreFailure.Corrupt, FormattableString.Invariant(
                    $"Registry {registry}: record {expected} of stream {stream} is missing (the next stored record is {sequence})"));
            }
            records.Add(StoredRecord.Create(stream, sequence, r.IsDBNull(1) ? null : r.GetInt64(1), (byte[])r[2]));
            expected++;
        }
        return records;
    }

    /// <summary>
    /// The last stored event's sequence and hash, or null when the registry has no event yet. On a replica this is the
    /// last event the replica has replayed, so comparing it with the primary's gives the lag in events.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The head, or null.</returns>
    public async Task<(long Sequence, EventHash Hash)?> ReadHeadAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await using NpgsqlConnection c = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlCommand cmd = new(
            "SELECT sequence, hash FROM carbonledger.events WHERE registry = $1 ORDER BY sequence DESC LIMIT 1", c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = registry });
        await using NpgsqlDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (r.GetInt64(0), EventHash.FromBytes((byte[])r[1]))
            : null;
    }

    /// <inheritdoc />
    public async Task AppendAsync(StoreCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (options.ReadOnly)
        {
            throw new RegistryStoreException(StoreFailure.ReadOnly, $"Registry {registry} was opened read-only; nothing was written");
        }
        if (broken is not null)
        {
            throw new RegistryStoreException(StoreFailure.WriteFailed, $"Registry {registry}: {broken}; reopen the store (nothing was written)");
        }
        if (commit.Registry != Registry)
        {
            throw new ArgumentException($"The commit is for registry {commit.Registry}, but this store holds {registry}", nameof(commit));
        }
        cancellationToken.ThrowIfCancellationRequested();
        await AppendOnceAsync(commit, cancellationToken, retryBeforeCommit: true).ConfigureAwait(false);
    }

    private async Task AppendOnceAsync(StoreCommit commit, CancellationToken cancellationToken, bool retryBeforeCommit)
    {
        bool committing = false;
        try
        {
            await using NpgsqlTransaction tx = await writer!.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await PostgreSqlAppend.CheckHeadsAsync(writer, tx, registry, commit, cancellationToken).ConfigureAwait(false);
            await PostgreSqlAppend.InsertAsync(writer, tx, registry, commit, cancellationToken).ConfigureAwait(false);
            if (BeforeCommit is { } hook)
            {
                await hook(writer).ConfigureAwait(false);
            }
            committing = true;
            await tx.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new RegistryStoreException(StoreFailure.Conflict,
                $"Registry {registry}: another writer appended the same sequence or operation id ({e.ConstraintName}); nothing was written", e);
        }
        catch (PostgresException e) when (writer!.FullState == System.Data.ConnectionState.Open)
        {
            throw new RegistryStoreException(StoreFailure.WriteFailed,
                $"Registry {registry}: the server refused the commit ({e.SqlState}: {e.MessageText}); nothing was written", e);
        }
        catch (Exception e) when (e is NpgsqlException or System.IO.IOException or TimeoutException
            && writer!.FullState != System.Data.ConnectionState.Open)
        {
            await ResolveLostCommitAsync(commit, committing, retryBeforeCommit, e).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits until the store holds event <paramref name="sequence"/> or <paramref name="timeout"/> passes. It polls
    /// every <paramref name="pollInterval"/>: a hot standby cannot LISTEN, so polling is what works on a replica too.
    /// </summary>
    /// <param name="sequence">The event to wait for.</param>
    /// <param name="timeout">How long to wait at most.</param>
    /// <param name="pollInterval">How often to look.</param>
    /// <param name="cancellationToken">Cancels waiting.</param>
    /// <returns>Whether the event is there.</returns>
    public async Task<bool> WaitForEventAsync(long sequence, TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollInterval, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if ((await ReadHeadAsync(cancellationToken).ConfigureAwait(false))?.Sequence >= sequence)
            {
                return true;
            }
            if (clock.Elapsed >= timeout)
            {
                return false;
            }
            await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Releases the writer lease (by closing its session) and the connections.</summary>
    /// <returns>A task that completes when closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        if (writer is not null)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
        await dataSource.DisposeAsync().ConfigureAwait(false);
    }

    internal static long LeaseKey(RegistryId registry)
    {
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes("carbonledger/registry/" + registry.ToString()));
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(digest);
    }

    // The connection that appends was lost. If it was lost before COMMIT was sent, nothing was applied. If COMMIT was on
    // its way, only the server knows: reconnect, take the lease back (no one else can have appended while we cannot
    // hold it... unless someone took it, which the lease check reports), and look for the commit's last row.
    private async Task ResolveLostCommitAsync(StoreCommit commit, bool committing, bool retryBeforeCommit, Exception cause)
    {
        if (writer is not null)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            writer = null;
        }
        var clock = Stopwatch.StartNew();
        while (writer is null)
        {
            try
            {
                writer = await TakeLeaseAsync(TimeSpan.Zero, CancellationToken.None).ConfigureAwait(false);
            }
            catch (RegistryStoreException e) when (e.Failure == StoreFailure.Locked && clock.Elapsed >= options.ReconnectWait)
            {
                broken = "the writer lease was lost: another session holds it now";
                throw new RegistryStoreException(StoreFailure.Locked, $"Registry {registry}: the connection was lost during an append and another session took the writer lease meanwhile; reopen the store to see whether the append was applied", cause);
            }
            catch (Exception e) when (e is NpgsqlException or System.IO.IOException or TimeoutException or RegistryStoreException)
            {
                if (clock.Elapsed >= options.ReconnectWait)
                {
                    broken = "the connection was lost during a commit and could not be re-established, so its outcome is unknown";
                    throw new RegistryStoreException(StoreFailure.WriteFailed,
                        $"Registry {registry}: the connection was lost {(committing ? "while committing" : "before committing")} and the server could not be reached again within {options.ReconnectWait.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; the outcome is unknown: reopen the store, then retry with the same operation id (a retry of an applied operation returns its event)", cause);
                }
                await Task.Delay(200).ConfigureAwait(false);
            }
        }
        if (await PostgreSqlAppend.IsStoredAsync(writer, registry, commit).ConfigureAwait(false))
        {
            return;   // the commit reached the server before the connection went: it is durable
        }
        if (!committing && retryBeforeCommit)
        {
            // COMMIT was never sent and the server holds nothing of it (a restarted primary, a dropped idle
            // connection): append once more on the new connection.
            await AppendOnceAsync(commit, CancellationToken.None, retryBeforeCommit: false).ConfigureAwait(false);
            return;
        }
        throw new RegistryStoreException(StoreFailure.WriteFailed,
            $"Registry {registry}: the connection was lost before the commit completed, and the server does not hold it: nothing was written; a retry is safe", cause);
    }

    private async Task<NpgsqlConnection> TakeLeaseAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        NpgsqlConnection c = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                await using (NpgsqlCommand cmd = new("SELECT pg_try_advisory_lock($1)", c))
                {
                    cmd.Parameters.Add(new NpgsqlParameter { Value = leaseKey });
                    if ((bool)(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                    {
                        return c;
                    }
                }
                if (clock.Elapsed >= wait)
                {
                    throw new RegistryStoreException(StoreFailure.Locked,
                        $"Registry {registry} is being written by another session (its writer lease, advisory lock {leaseKey.ToString(CultureInfo.InvariantCulture)}, is held); open it read-only, or wait for the lease");
                }
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await c.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            throw new RegistryStoreException(StoreFailure.WriteFailed, $"Registry {registry}: the PostgreSQL server cannot be reached ({e.Message})", e);
        }
    }

    private void CheckReadArguments(long fromSequence, int maxCount)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
    }
}
