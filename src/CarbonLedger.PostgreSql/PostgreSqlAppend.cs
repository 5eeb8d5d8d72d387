using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CarbonLedger.PostgreSql;

/// <summary>The statements of one append: head checks, the inserts, and the look-up after a lost connection.</summary>
internal static class PostgreSqlAppend
{
    // Below this many rows a multi-row INSERT is one round trip and cheaper than starting a COPY.
    private const int CopyThreshold = 64;

    /// <summary>Refuses (with <see cref="StoreFailure.Conflict"/>) a commit that does not continue the stored heads.</summary>
    internal static async Task CheckHeadsAsync(NpgsqlConnection c, NpgsqlTransaction tx, string registry, StoreCommit commit, CancellationToken ct)
    {
        if (commit.Events.Count > 0)
        {
            long head = await ScalarAsync(c, tx, "SELECT coalesce(max(sequence), -1) FROM carbonledger.events WHERE registry = $1",
                ct, registry).ConfigureAwait(false);
            long first = commit.Events[0].Sequence;
            if (first != head + 1)
            {
                throw new RegistryStoreException(StoreFailure.Conflict, FormattableString.Invariant(
                    $"Registry {registry}: the commit starts at event {first}, but the store's next event is {head + 1} (another writer appended, or the ledger is stale); nothing was written"));
            }
        }
        var firstOfStream = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (StoredRecord r in commit.Records)
        {
            if (firstOfStream.TryGetValue(r.Stream, out long expected))
            {
                if (r.Sequence != expected)
                {
                    throw new ArgumentException(FormattableString.Invariant(
                        $"Record {r.Sequence} of stream {r.Stream} does not follow record {expected - 1} in the commit"), nameof(commit));
                }
                firstOfStream[r.Stream] = expected + 1;
                continue;
            }
            long head = await ScalarAsync(c, tx, "SELECT coalesce(max(sequence), -1) FROM carbonledger.records WHERE registry = $1 AND stream = $2",
                ct, registry, r.Stream).ConfigureAwait(false);
            if (r.Sequence != head + 1)
            {
                throw new RegistryStoreException(StoreFailure.Conflict, FormattableString.Invariant(
                    $"Registry {registry}: the commit starts stream {r.Stream} at record {r.Sequence}, but the store's next record is {head + 1}; nothing was written"));
            }
            firstOfStream[r.Stream] = r.Sequence + 1;
        }
    }

    /// <summary>Inserts the commit's rows: one batched round trip for small commits, binary COPY for large ones.</summary>
    internal static async Task InsertAsync(NpgsqlConnection c, NpgsqlTransaction tx, string registry, StoreCommit commit, CancellationToken ct)
    {
        if (commit.Events.Count + commit.Records.Count >= CopyThreshold)
        {
            await CopyAsync(c, registry, commit, ct).ConfigureAwait(false);
            await NotifyAsync(c, tx, registry, commit, ct).ConfigureAwait(false);
            return;
        }
        await using NpgsqlBatch batch = new(c, tx);
        foreach (StoredEvent e in commit.Events)
        {
            var cmd = new NpgsqlBatchCommand(
                "INSERT INTO carbonledger.events (registry, sequence, operation_id, kind, hash, encoding) VALUES ($1, $2, $3, $4, $5, $6)");
            cmd.Parameters.Add(new NpgsqlParameter { Value = registry });
            cmd.Parameters.Add(new NpgsqlParameter { Value = e.Sequence });
            cmd.Parameters.Add(new NpgsqlParameter { Value = e.OperationId });
            cmd.Parameters.Add(new NpgsqlParameter { Value = (short)e.Kind });
            cmd.Parameters.Add(new NpgsqlParameter { Value = e.Hash.ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { Value = e.Encoding });
            batch.BatchCommands.Add(cmd);
        }
        foreach (StoredRecord r in commit.Records)
        {
            var cmd = new NpgsqlBatchCommand(
                "INSERT INTO carbonledger.records (registry, stream, sequence, ledger_sequence, payload) VALUES ($1, $2, $3, $4, $5)");
            cmd.Parameters.Add(new NpgsqlParameter { Value = registry });
            cmd.Parameters.Add(new NpgsqlParameter { Value = r.Stream });
            cmd.Parameters.Add(new NpgsqlParameter { Value = r.Sequence });
            cmd.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = r.LedgerSequence, NpgsqlDbType = NpgsqlDbType.Bigint });
            cmd.Parameters.Add(new NpgsqlParameter { Value = r.Payload });
            batch.BatchCommands.Add(cmd);
        }
        batch.BatchCommands.Add(NotifyCommand(registry, commit));
        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Whether the store holds the commit's last event (or, for a commit of records only, its last record).</summary>
    internal static async Task<bool> IsStoredAsync(NpgsqlConnection c, string registry, StoreCommit commit)
    {
        if (commit.Events.Count > 0)
        {
            StoredEvent last = commit.Events[^1];
            await using NpgsqlCommand cmd = new("SELECT hash FROM carbonledger.events WHERE registry = $1 AND sequence = $2", c);
            cmd.Parameters.Add(new NpgsqlParameter { Value = registry });
            cmd.Parameters.Add(new NpgsqlParameter { Value = last.Sequence });
            object? hash = await cmd.ExecuteScalarAsync().ConfigureAwait(false);
            if (hash is null)
            {
                return false;
            }
            if (!((byte[])hash).AsSpan().SequenceEqual(last.Hash.ToArray()))
            {
                throw new RegistryStoreException(StoreFailure.Conflict, FormattableString.Invariant(
                    $"Registry {registry}: event {last.Sequence} in the store is not the one this writer appended (another writer appended meanwhile)"));
            }
            return true;
        }
        StoredRecord lastRecord = commit.Records[^1];
        await using NpgsqlCommand rc = new("SELECT count(*) FROM carbonledger.records WHERE registry = $1 AND stream = $2 AND sequence = $3", c);
        rc.Parameters.Add(new NpgsqlParameter { Value = registry });
        rc.Parameters.Add(new NpgsqlParameter { Value = lastRecord.Stream });
        rc.Parameters.Add(new NpgsqlParameter { Value = lastRecord.Sequence });
        return (long)(await rc.ExecuteScalarAsync().ConfigureAwait(false))! > 0;
    }

    private static async Task CopyAsync(NpgsqlConnection c, string registry, StoreCommit commit, CancellationToken ct)
    {
        if (commit.Events.Count > 0)
        {
            await using NpgsqlBinaryImporter w = await c.BeginBinaryImportAsync(
                "COPY carbonledger.events (registry, sequence, operation_id, kind, hash, encoding) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
            foreach (StoredEvent e in commit.Events)
            {
                await w.StartRowAsync(ct).ConfigureAwait(false);
                await w.WriteAsync(registry, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(e.Sequence, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await w.WriteAsync(e.OperationId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync((short)e.Kind, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await w.WriteAsync(e.Hash.ToArray(), NpgsqlDbType.Bytea, ct).ConfigureAwait(false);
                await w.WriteAsync(e.Encoding, NpgsqlDbType.Bytea, ct).ConfigureAwait(false);
            }
            await w.CompleteAsync(ct).ConfigureAwait(false);
        }
        if (commit.Records.Count > 0)
        {
            await using NpgsqlBinaryImporter w = await c.BeginBinaryImportAsync(
                "COPY carbonledger.records (registry, stream, sequence, ledger_sequence, payload) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
            foreach (StoredRecord r in commit.Records)
            {
                await w.StartRowAsync(ct).ConfigureAwait(false);
                await w.WriteAsync(registry, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(r.Stream, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(r.Sequence, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                if (r.LedgerSequence is { } l)
                {
                    await w.WriteAsync(l, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                }
                else
                {
                    await w.WriteNullAsync(ct).ConfigureAwait(false);
                }
                await w.WriteAsync(r.Payload, NpgsqlDbType.Bytea, ct).ConfigureAwait(false);
            }
            await w.CompleteAsync(ct).ConfigureAwait(false);
        }
    }

    private static async Task NotifyAsync(NpgsqlConnection c, NpgsqlTransaction tx, string registry, StoreCommit commit, CancellationToken ct)
    {
        await using NpgsqlBatch batch = new(c, tx);
        batch.BatchCommands.Add(NotifyCommand(registry, commit));
        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    // Delivered to listeners on the primary when (and only if) the transaction commits.
    private static NpgsqlBatchCommand NotifyCommand(string registry, StoreCommit commit)
    {
        var cmd = new NpgsqlBatchCommand("SELECT pg_notify($1, $2)");
        cmd.Parameters.Add(new NpgsqlParameter { Value = PostgreSqlRegistryStore.NotificationChannel });
        string last = commit.Events.Count > 0
            ? commit.Events[^1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "records";
        cmd.Parameters.Add(new NpgsqlParameter { Value = registry + ":" + last });
        return cmd;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection c, NpgsqlTransaction tx, string sql, CancellationToken ct, params object[] args)
    {
        await using NpgsqlCommand cmd = new(sql, c, tx);
        foreach (object a in args)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        }
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }
}
