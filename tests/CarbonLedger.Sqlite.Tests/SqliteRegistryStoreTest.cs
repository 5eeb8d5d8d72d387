using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using CarbonLedger.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CarbonLedger.Sqlite.Tests;

public class SqliteRegistryStoreTest
{
    [Fact]
    public async Task AppendAsync_ThenReopen_ReadsEveryRowBackExactly()
    {
        using var temp = new TempStore();
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Build());
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            Assert.Equal(0, store.SchemaVersion);
            await store.AppendAsync(SampleHistory.Commit(rows.Take(3)));
            await store.AppendAsync(SampleHistory.Commit(rows.Skip(3), StoredRecord.Create("article6.action", 0, 4, "{\"a\":1}"u8)));
            Assert.Equal(SqliteRegistryStore.CurrentSchemaVersion, store.SchemaVersion);
        }
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File, new SqliteStoreOptions { ReadOnly = true }))
        {
            IReadOnlyList<StoredEvent> back = await store.ReadEventsAsync(0, 1_000);
            Assert.Equal(rows.Count, back.Count);
            for (int i = 0; i < rows.Count; i++)
            {
                Assert.Equal(rows[i].Sequence, back[i].Sequence);
                Assert.Equal(rows[i].OperationId, back[i].OperationId);
                Assert.Equal(rows[i].Kind, back[i].Kind);
                Assert.Equal(rows[i].Hash, back[i].Hash);
                Assert.Equal(rows[i].Encoding.ToArray(), back[i].Encoding.ToArray());
            }
            Assert.True(HashChain.Verify(SampleHistory.Decode(back)).IsValid);
            Assert.Equal(2, (await store.ReadEventsAsync(3, 2)).Count);
            Assert.Equal(3, (await store.ReadEventsAsync(3, 2))[0].Sequence);
            StoredRecord record = Assert.Single(await store.ReadRecordsAsync("article6.action", 0, 10));
            Assert.Equal(4, record.LedgerSequence);
            Assert.Equal("{\"a\":1}", System.Text.Encoding.UTF8.GetString(record.Payload.Span));
        }
    }

    [Fact]
    public async Task Tables_UpdateOrDelete_RefusedByTriggers()
    {
        using var temp = new TempStore();
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        await store.AppendAsync(SampleHistory.Commit(SampleHistory.Rows(SampleHistory.Build()), StoredRecord.Create("issuer.issuance", 0, null, "{}"u8)));
        foreach (string sql in (string[])["UPDATE events SET operation_id = 'x' WHERE sequence = 1", "DELETE FROM events WHERE sequence = 4",
            "UPDATE records SET payload = x'00'", "DELETE FROM records"])
        {
            using SqliteCommand command = store.Connection.CreateCommand();
            command.CommandText = sql;
            SqliteException ex = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
            Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
        }
        Assert.Equal(SampleHistory.Rows(SampleHistory.Build()).Count, (await store.ReadEventsAsync(0, 100)).Count);
    }

    [Fact]
    public async Task AppendAsync_SequenceTakenOrGapOrWrongLink_ConflictAndNothingOfTheCommitWritten()
    {
        using var temp = new TempStore();
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Build());
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        await store.AppendAsync(SampleHistory.Commit(rows.Take(4)));

        // Event 4 is fine but 5 repeats an operation id: the whole commit is refused, event 4 included.
        StoredEvent reused = StoredEvent.FromRow(5, rows[3].OperationId, rows[5].Kind, rows[5].Hash, rows[5].Encoding.Span);
        RegistryStoreException conflict = await Assert.ThrowsAsync<RegistryStoreException>(() => store.AppendAsync(SampleHistory.Commit([rows[4], reused])));
        Assert.Equal(StoreFailure.Conflict, conflict.Failure);
        Assert.Contains(temp.File, conflict.Message, StringComparison.Ordinal);
        Assert.Equal(4, (await store.ReadEventsAsync(0, 100)).Count);

        // A gap (event 5 before event 4).
        conflict = await Assert.ThrowsAsync<RegistryStoreException>(() => store.AppendAsync(SampleHistory.Commit([rows[5]])));
        Assert.Equal(StoreFailure.Conflict, conflict.Failure);

        // A sequence already taken.
        await store.AppendAsync(SampleHistory.Commit([rows[4]]));
        conflict = await Assert.ThrowsAsync<RegistryStoreException>(() => store.AppendAsync(SampleHistory.Commit([rows[4]])));
        Assert.Equal(StoreFailure.Conflict, conflict.Failure);
        Assert.Equal(5, (await store.ReadEventsAsync(0, 100)).Count);
    }

    [Fact]
    public async Task AppendAsync_EventLinkingToAnotherHead_RefusedAsAFork()
    {
        using var temp = new TempStore();
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Build());
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        await store.AppendAsync(SampleHistory.Commit(rows.Take(5)));
        // Event 5 with its previous hash (bytes 3-34) changed: the sequence is right, the link is not.
        byte[] forged = rows[5].Encoding.ToArray();
        forged[2] ^= 0xFF;
        StoredEvent fork = StoredEvent.FromRow(5, rows[5].OperationId, rows[5].Kind, rows[5].Hash, forged);
        RegistryStoreException ex = await Assert.ThrowsAsync<RegistryStoreException>(() => store.AppendAsync(SampleHistory.Commit([fork])));
        Assert.Equal(StoreFailure.Conflict, ex.Failure);
        Assert.Contains("link to the hash of the event before it", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_NewerSchemaVersion_RefusedNamingBothVersions()
    {
        using var temp = new TempStore();
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            await store.AppendAsync(SampleHistory.Commit(SampleHistory.Rows(SampleHistory.Build())));
            using SqliteCommand command = store.Connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }
        RegistryStoreException ex = await Assert.ThrowsAsync<RegistryStoreException>(() => SqliteRegistryStore.OpenAsync(temp.File));
        Assert.Equal(StoreFailure.NewerSchema, ex.Failure);
        Assert.Contains("schema version 99, newer than version 2", ex.Message, StringComparison.Ordinal);
        // The refused open released the writer lease.
        await using SqliteRegistryStore reader = await SqliteRegistryStore.OpenAsync(temp.File, new SqliteStoreOptions { ReadOnly = true }).ContinueWith(t => t.IsFaulted ? null! : t.Result);
    }

    [Fact]
    public async Task OpenAsync_FileThatIsNotADatabase_CorruptNamingTheFile()
    {
        using var temp = new TempStore();
        await File.WriteAllBytesAsync(temp.File, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());
        RegistryStoreException ex = await Assert.ThrowsAsync<RegistryStoreException>(() => SqliteRegistryStore.OpenAsync(temp.File));
        Assert.Equal(StoreFailure.Corrupt, ex.Failure);
        Assert.Contains(temp.File, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_SecondWriter_LockedUnlessItWaits()
    {
        using var temp = new TempStore();
        SqliteRegistryStore first = await SqliteRegistryStore.OpenAsync(temp.File);
        RegistryStoreException ex = await Assert.ThrowsAsync<RegistryStoreException>(() => SqliteRegistryStore.OpenAsync(temp.File));
        Assert.Equal(StoreFailure.Locked, ex.Failure);
        Assert.Contains("already has a writer", ex.Message, StringComparison.Ordinal);
        // A reader is not a writer.
        await using (await SqliteRegistryStore.OpenAsync(temp.File, new SqliteStoreOptions { ReadOnly = true, CreateIfMissing = false }).ContinueWith(t => t.IsFaulted ? first : t.Result))
        {
        }
        Task<SqliteRegistryStore> waiting = SqliteRegistryStore.OpenAsync(temp.File, new SqliteStoreOptions { WriterWait = TimeSpan.FromSeconds(30) });
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        await first.DisposeAsync();
        await using SqliteRegistryStore second = await waiting;
        Assert.False(second.IsReadOnly);
    }

    [Fact]
    public async Task AppendAsync_ReadOnlyStore_RefusedAndNothingWritten()
    {
        using var temp = new TempStore();
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Build());
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            await store.AppendAsync(SampleHistory.Commit(rows.Take(4)));
        }
        await using SqliteRegistryStore reader = await SqliteRegistryStore.OpenAsync(temp.File, new SqliteStoreOptions { ReadOnly = true });
        Assert.True(reader.IsReadOnly);
        RegistryStoreException ex = await Assert.ThrowsAsync<RegistryStoreException>(() => reader.AppendAsync(SampleHistory.Commit(rows.Skip(4))));
        Assert.Equal(StoreFailure.ReadOnly, ex.Failure);
        Assert.Equal(4, (await reader.ReadEventsAsync(0, 100)).Count);
    }

    [Fact]
    public async Task OpenAsync_MissingFileReadOnly_RefusedNamingTheFile()
    {
        using var temp = new TempStore();
        RegistryStoreException ex = await Assert.ThrowsAsync<RegistryStoreException>(() =>
            SqliteRegistryStore.OpenAsync(temp.File, new SqliteStoreOptions { ReadOnly = true }));
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File));
    }

    [Fact]
    public async Task OpenAsync_ExistingStore_WritesNothingToTheFile()
    {
        using var temp = new TempStore();
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            await store.AppendAsync(SampleHistory.Commit(SampleHistory.Rows(SampleHistory.Build())));
        }
        byte[] before = SHA256.HashData(await File.ReadAllBytesAsync(temp.File));
        await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File))
        {
            Assert.Equal(9, (await store.ReadEventsAsync(0, 100)).Count);
        }
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(temp.File)));
    }

    [Fact]
    public async Task AppendAsync_FileAtSchemaVersion1_MigratesForwardInTheSameTransaction()
    {
        using var temp = new TempStore();
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Build());
        // A file as version 1 of the schema left it: tables, no triggers.
        using (var connection = new SqliteConnection($"Data Source={temp.File};Pooling=False"))
        {
            connection.Open();
            using SqliteTransaction transaction = connection.BeginTransaction();
            SqliteSchema.Migrate(connection, transaction, 0, 1);
            transaction.Commit();
        }
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        Assert.Equal(1, store.SchemaVersion);
        await store.AppendAsync(SampleHistory.Commit(rows));
        Assert.Equal(2, store.SchemaVersion);
        using SqliteCommand command = store.Connection.CreateCommand();
        command.CommandText = "DELETE FROM events";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_Cancelled_NothingWritten()
    {
        using var temp = new TempStore();
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AppendAsync(SampleHistory.Commit(SampleHistory.Rows(SampleHistory.Build())), cancelled.Token));
        Assert.Empty(await store.ReadEventsAsync(0, 100));
    }
}
