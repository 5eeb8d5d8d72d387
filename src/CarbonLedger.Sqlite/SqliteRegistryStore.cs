using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Storage;
using Microsoft.Data.Sqlite;

namespace CarbonLedger.Sqlite;

/// <summary>
/// A registry store in one SQLite file: WAL journal, <c>synchronous=FULL</c>, one writer, append-only tables (see
/// <c>docs/storage.md</c>). A <see cref="Ledger"/> is opened on it (see <c>docs/storage.md</c>).
/// </summary>
/// <remarks>
/// <para>Opening never writes to the database file: the schema is created or migrated inside the transaction of the
/// first append that needs it, so a store that fails verification is left exactly as it was. A store opened for writing
/// takes the file's writer lease (<c>{file}.writer</c>) for its lifetime.</para>
/// <para>An append is one <c>BEGIN IMMEDIATE</c> … <c>COMMIT</c> transaction; with <c>synchronous=FULL</c> in WAL
/// mode the commit returns after the log is flushed to the disk. SQLite errors are reported as
/// <see cref="RegistryStoreException"/>s naming the file. The store is not safe for concurrent calls: the ledger's
/// single writer drives it.</para>
/// </remarks>
public sealed class SqliteRegistryStore : IRegistryStore
{
    private const int ReadChunk = 65_536;

    private readonly SqliteConnection connection;
    private readonly WriterLease? lease;
    private SqliteCommand? insertEvent;
    private SqliteCommand? insertRecord;
    private string? registry;
    private int version;
    private bool disposed;

    private SqliteRegistryStore(string path, SqliteConnection connection, WriterLease? lease, int version, string? registry)
    {
        Path = path;
        this.connection = connection;
        this.lease = lease;
        this.version = version;
        this.registry = registry;
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public bool IsReadOnly => lease is null;

    /// <summary>The file's schema version (0 for a new, empty file until the first append).</summary>
    public int SchemaVersion => version;

    /// <summary>The schema version this library writes.</summary>
    public static int CurrentSchemaVersion => SqliteSchema.CurrentVersion;

    /// <summary>Opens (or creates) a store file.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="options">How to open it; the default opens for writing, refusing at once if another writer holds it.</param>
    /// <param name="cancellationToken">Cancels opening (and waiting for the writer lease).</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="RegistryStoreException">Another writer holds the file (<see cref="StoreFailure.Locked"/>); the file is
    /// from a newer schema (<see cref="StoreFailure.NewerSchema"/>); it is not a readable SQLite database
    /// (<see cref="StoreFailure.Corrupt"/>); it cannot be written (<see cref="StoreFailure.ReadOnly"/>).</exception>
    public static async Task<SqliteRegistryStore> OpenAsync(string path, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new SqliteStoreOptions();
        string full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full) && (options.ReadOnly || !options.CreateIfMissing))
        {
            throw new RegistryStoreException(StoreFailure.Corrupt, $"Registry store {full} does not exist");
        }
        WriterLease? lease = options.ReadOnly ? null : await WriterLease.AcquireAsync(full, options.WriterWait, cancellationToken).ConfigureAwait(false);
        SqliteConnection? connection = null;
        try
        {
            var builder = new SqliteConnectionStringBuilder
            {
                DataSource = full,
                Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            };
            connection = new SqliteConnection(builder.ToString());
            try
            {
                connection.Open();
                _ = SqliteSchema.ReadVersion(connection);
            }
            catch (SqliteException ex) when (options.ReadOnly && (ex.SqliteErrorCode & 0xFF) == 14)
            {
                // A WAL file on read-only media cannot get its shared-memory file: nobody can write there, so the
                // file is opened as immutable (SQLite then reads it without any locking).
                connection.Dispose();
                builder.DataSource = new Uri(full).AbsoluteUri + "?immutable=1";
                connection = new SqliteConnection(builder.ToString());
                connection.Open();
            }
            int version = SqliteSchema.ReadVersion(connection);
            if (version > SqliteSchema.CurrentVersion)
            {
                throw new RegistryStoreException(StoreFailure.NewerSchema, string.Create(CultureInfo.InvariantCulture,
                    $"Registry store {full} has schema version {version}, newer than version {SqliteSchema.CurrentVersion} that this library knows; use a newer CarbonLedger.Sqlite"));
            }
            Execute(connection, "PRAGMA synchronous = FULL");
            string? registry = version == 0 ? null : ReadRegistry(connection);
            return new SqliteRegistryStore(full, connection, lease, version, registry);
        }
        catch (SqliteException ex)
        {
            connection?.Dispose();
            lease?.Dispose();
            throw Translate(ex, full, "opening");
        }
        catch
        {
            connection?.Dispose();
            lease?.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(long fromSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        var events = new List<StoredEvent>(Math.Min(maxCount, ReadChunk));
        if (registry is null)
        {
            return Task.FromResult<IReadOnlyList<StoredEvent>>(events);
        }
        try
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT sequence, operation_id, kind, hash, encoding FROM events WHERE registry = $r AND sequence >= $from ORDER BY sequence LIMIT $max";
            command.Parameters.AddWithValue("$r", registry);
            command.Parameters.AddWithValue("$from", fromSequence);
            command.Parameters.AddWithValue("$max", maxCount);
            using SqliteDataReader reader = command.ExecuteReader();
            byte[] hash = new byte[EventHash.Length];
            while (reader.Read())
            {
                long sequence = reader.GetInt64(0);
                string operation = reader.GetString(1);
                long kind = reader.GetInt64(2);
                if (reader.GetBytes(3, 0, hash, 0, hash.Length) != EventHash.Length || reader.GetBytes(3, 0, null, 0, 0) != EventHash.Length)
                {
                    throw new RegistryStoreException(StoreFailure.Corrupt, string.Create(CultureInfo.InvariantCulture,
                        $"Registry store {Path}: event {sequence} has a hash that is not 32 bytes"));
                }
                byte[] encoding = reader.GetFieldValue<byte[]>(4);
                events.Add(StoredEvent.FromRow(sequence, operation, (LedgerEventKind)kind, EventHash.FromBytes(hash), encoding));
                if ((events.Count & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, Path, "reading events");
        }
        return Task.FromResult<IReadOnlyList<StoredEvent>>(events);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredRecord>> ReadRecordsAsync(string stream, long fromSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        StoredRecord.CheckStream(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        var records = new List<StoredRecord>();
        if (registry is null)
        {
            return Task.FromResult<IReadOnlyList<StoredRecord>>(records);
        }
        try
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT sequence, ledger_sequence, payload FROM records WHERE registry = $r AND stream = $s AND sequence >= $from ORDER BY sequence LIMIT $max";
            command.Parameters.AddWithValue("$r", registry);
            command.Parameters.AddWithValue("$s", stream);
            command.Parameters.AddWithValue("$from", fromSequence);
            command.Parameters.AddWithValue("$max", maxCount);
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                long? ledgerSequence = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                records.Add(StoredRecord.Create(stream, reader.GetInt64(0), ledgerSequence, reader.GetFieldValue<byte[]>(2)));
            }
        }
        catch (SqliteException ex)
        {
            throw Translate(ex, Path, "reading records");
        }
        return Task.FromResult<IReadOnlyList<StoredRecord>>(records);
    }

    /// <inheritdoc />
    public Task AppendAsync(StoreCommit commit, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentNullException.ThrowIfNull(commit);
        cancellationToken.ThrowIfCancellationRequested();
        if (lease is null)
        {
            throw new RegistryStoreException(StoreFailure.ReadOnly, $"Registry store {Path} was opened read-only");
        }
        string id = commit.Registry.ToString();
        if (registry is not null && !string.Equals(registry, id, StringComparison.Ordinal))
        {
            throw new RegistryStoreException(StoreFailure.Conflict, $"Registry store {Path} holds registry {registry}, not {id}");
        }
        int from = version;
        try
        {
            if (version < SqliteSchema.CurrentVersion)
            {
                // WAL is a property of the file and cannot change inside a transaction; it is set once, before the
                // first transaction that creates the schema (SQLite keeps it from then on).
                Execute(connection, "PRAGMA journal_mode = WAL");
            }
            using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            if (version < SqliteSchema.CurrentVersion)
            {
                SqliteSchema.Migrate(connection, transaction, version, SqliteSchema.CurrentVersion);
                version = SqliteSchema.CurrentVersion;
            }
            SqliteCommand events = InsertEvent(transaction);
            foreach (StoredEvent e in commit.Events)
            {
                events.Parameters[0].Value = id;
                events.Parameters[1].Value = e.Sequence;
                events.Parameters[2].Value = e.OperationId;
                events.Parameters[3].Value = (long)e.Kind;
                events.Parameters[4].Value = e.Hash.ToArray();
                events.Parameters[5].Value = e.Encoding.ToArray();
                events.ExecuteNonQuery();
            }
            if (commit.Records.Count > 0)
            {
                SqliteCommand records = InsertRecord(transaction);
                foreach (StoredRecord r in commit.Records)
                {
                    records.Parameters[0].Value = id;
                    records.Parameters[1].Value = r.Stream;
                    records.Parameters[2].Value = r.Sequence;
                    records.Parameters[3].Value = r.LedgerSequence is { } l ? l : DBNull.Value;
                    records.Parameters[4].Value = r.Payload.ToArray();
                    records.ExecuteNonQuery();
                }
            }
            transaction.Commit();
            registry ??= id;
        }
        catch (SqliteException ex)
        {
            // The transaction was rolled back (disposed uncommitted); the schema it may have created went with it.
            version = from;
            throw Translate(ex, Path, "appending");
        }
        catch
        {
            version = from;
            throw;
        }
        return Task.CompletedTask;
    }

    /// <summary>Releases the connection and the writer lease.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            insertEvent?.Dispose();
            insertRecord?.Dispose();
            connection.Dispose();
            lease?.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Test hook: the open connection (for tests that try to rewrite rows behind the store's back).</summary>
    internal SqliteConnection Connection => connection;

    private SqliteCommand InsertEvent(SqliteTransaction transaction)
    {
        if (insertEvent is null)
        {
            insertEvent = connection.CreateCommand();
            insertEvent.CommandText = "INSERT INTO events (registry, sequence, operation_id, kind, hash, encoding) VALUES ($r, $s, $o, $k, $h, $e)";
            foreach (string name in (string[])["$r", "$s", "$o", "$k", "$h", "$e"])
            {
                insertEvent.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }
        insertEvent.Transaction = transaction;
        return insertEvent;
    }

    private SqliteCommand InsertRecord(SqliteTransaction transaction)
    {
        if (insertRecord is null)
        {
            insertRecord = connection.CreateCommand();
            insertRecord.CommandText = "INSERT INTO records (registry, stream, sequence, ledger_sequence, payload) VALUES ($r, $s, $q, $l, $p)";
            foreach (string name in (string[])["$r", "$s", "$q", "$l", "$p"])
            {
                insertRecord.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }
        insertRecord.Transaction = transaction;
        return insertRecord;
    }

    private static string? ReadRegistry(SqliteConnection connection)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT registry FROM events ORDER BY registry LIMIT 2";
        using SqliteDataReader reader = command.ExecuteReader();
        var found = new List<string>();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }
        return found.Count == 0 ? null : found[0];
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Maps a SQLite error to the port's failure kinds, naming the file and what was being done.</summary>
    internal static RegistryStoreException Translate(SqliteException ex, string path, string doing)
    {
        // Primary result codes: https://www.sqlite.org/rescode.html
        (StoreFailure failure, string what) = (ex.SqliteErrorCode & 0xFF) switch
        {
            5 or 6 => (StoreFailure.Locked, "the database is locked by another connection"),
            8 => (StoreFailure.ReadOnly, "the database file cannot be written"),
            11 or 26 => (StoreFailure.Corrupt, "the file is not a readable CarbonLedger SQLite store (corrupt, or not a database)"),
            13 => (StoreFailure.WriteFailed, "the disk is full; nothing of the transaction was kept"),
            10 or 14 => (StoreFailure.WriteFailed, "an I/O error occurred; nothing of the transaction was kept"),
            19 => (StoreFailure.Conflict, "the rows break the store's order or uniqueness (another writer appended, or the history forks)"),
            _ => (StoreFailure.WriteFailed, "SQLite failed"),
        };
        return new RegistryStoreException(failure, $"Registry store {path}, {doing}: {what} ({ex.Message})", ex);
    }
}
