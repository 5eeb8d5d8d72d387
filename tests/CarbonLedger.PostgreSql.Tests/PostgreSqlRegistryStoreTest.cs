using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using CarbonLedger.Storage;
using Npgsql;
using Xunit;

namespace CarbonLedger.PostgreSql.Tests;

public class PostgreSqlRegistryStoreTest
{
    [PostgreSqlFact]
    public async Task AppendAsync_History_ReadsBackTheSameRowsAndDecodes()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        Ledger ledger = SampleHistory.Create(transfers: 100);
        List<StoredEvent> rows = SampleHistory.Rows(ledger);
        await using PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz);

        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Take(3)));   // a small commit: batched INSERTs
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(3), SampleHistory.Record("article6.action", 0, 5, "{}")));   // COPY

        SampleHistory.AssertSame(rows, await store.ReadEventsAsync(0, 10_000));
        SampleHistory.AssertSame(rows.Skip(50).Take(7).ToList(), await store.ReadEventsAsync(50, 7));
        Assert.Empty(await store.ReadEventsAsync(rows.Count, 10));
        IReadOnlyList<StoredRecord> records = await store.ReadRecordsAsync("article6.action", 0, 10);
        Assert.Equal(5L, Assert.Single(records).LedgerSequence);
        Assert.Equal((rows[^1].Sequence, rows[^1].Hash), await store.ReadHeadAsync());
        Ledger replayed = Ledger.Replay((await store.ReadEventsAsync(0, 10_000)).Select(e => e.ToEvent()).ToList(),
            new NodaTime.Testing.FakeClock(ledger.Current.LastEventInstant), ledger.Current.HeadHash);
        Assert.Equal(ledger.Current.GetBalance(AccountId.Create(SampleHistory.Kaz, 2)), replayed.Current.GetBalance(AccountId.Create(SampleHistory.Kaz, 2)));
    }

    [PostgreSqlFact]
    public async Task OpenAsync_SecondWriterOfTheSameRegistry_IsRefusedAsLocked()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        await using PostgreSqlRegistryStore first = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz);

        RegistryStoreException e = await Assert.ThrowsAsync<RegistryStoreException>(
            () => PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz));

        Assert.Equal(StoreFailure.Locked, e.Failure);
        Assert.Contains("KAZ01", e.Message, StringComparison.Ordinal);
        await using PostgreSqlRegistryStore other = await PostgreSqlRegistryStore.OpenAsync(db, RegistryId.Parse("JPN01"));   // another registry of the same database is free
        await using PostgreSqlRegistryStore reader = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz, new PostgreSqlStoreOptions { ReadOnly = true });
        Assert.True(reader.IsReadOnly);
    }

    [PostgreSqlFact]
    public async Task OpenAsync_WriterWait_TakesTheLeaseOnceTheFirstWriterCloses()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        PostgreSqlRegistryStore first = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz);
        Task<PostgreSqlRegistryStore> second = PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz,
            new PostgreSqlStoreOptions { WriterWait = TimeSpan.FromSeconds(20) });
        await Task.Delay(300);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();

        await using PostgreSqlRegistryStore taken = await second;
        Assert.False(taken.IsReadOnly);
    }

    [PostgreSqlFact]
    public async Task AppendAsync_CommitThatDoesNotContinueTheHead_IsAConflictAndWritesNothing()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Create(transfers: 5));
        await using PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz);
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Take(4)));

        RegistryStoreException gap = await Assert.ThrowsAsync<RegistryStoreException>(
            () => store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(5))));
        RegistryStoreException again = await Assert.ThrowsAsync<RegistryStoreException>(
            () => store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(2).Take(2))));

        Assert.Equal(StoreFailure.Conflict, gap.Failure);
        Assert.Contains("next event is 4", gap.Message, StringComparison.Ordinal);
        Assert.Equal(StoreFailure.Conflict, again.Failure);
        Assert.Equal(4, (await store.ReadEventsAsync(0, 100)).Count);
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(4)));   // still usable
        Assert.Equal(rows.Count, (await store.ReadEventsAsync(0, 100)).Count);
    }

    [PostgreSqlFact]
    public async Task Tables_UpdateDeleteAndTruncate_AreRefusedByTheDatabase()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Create(transfers: 2));
        await using (PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz))
        {
            await store.AppendAsync(SampleHistory.Commit(store.Registry, rows, SampleHistory.Record("issuer", 0, null, "x")));
        }

        foreach (string sql in new[]
        {
            "UPDATE carbonledger.events SET operation_id = 'forged' WHERE sequence = 1",
            "DELETE FROM carbonledger.events WHERE sequence = 3",
            "TRUNCATE carbonledger.events",
            "UPDATE carbonledger.records SET payload = '\\x00'",
            "DELETE FROM carbonledger.records",
            "TRUNCATE carbonledger.records",
        })
        {
            PostgresException e = await Assert.ThrowsAsync<PostgresException>(() => PostgreSqlServer.ExecuteAsync(db, sql));
            Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal);
        }
        Assert.Equal((long)rows.Count, await PostgreSqlServer.ScalarAsync(db, "SELECT count(*) FROM carbonledger.events"));
        PostgresException unique = await Assert.ThrowsAsync<PostgresException>(() => PostgreSqlServer.ExecuteAsync(db,
            "INSERT INTO carbonledger.events SELECT registry, 99, operation_id, kind, hash, encoding FROM carbonledger.events WHERE sequence = 1"));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, unique.SqlState);
    }

    [PostgreSqlFact]
    public async Task OpenAsync_DatabaseOfANewerSchemaVersion_IsRefusedAndNothingIsWritten()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        await (await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz)).DisposeAsync();
        await PostgreSqlServer.ExecuteAsync(db, "INSERT INTO carbonledger.schema_version (version) VALUES (99)");

        RegistryStoreException writer = await Assert.ThrowsAsync<RegistryStoreException>(() => PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz));
        RegistryStoreException reader = await Assert.ThrowsAsync<RegistryStoreException>(() =>
            PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz, new PostgreSqlStoreOptions { ReadOnly = true }));

        Assert.Equal(StoreFailure.NewerSchema, writer.Failure);
        Assert.Equal(StoreFailure.NewerSchema, reader.Failure);
        Assert.Contains("version 99", writer.Message, StringComparison.Ordinal);
        Assert.Equal(2L, await PostgreSqlServer.ScalarAsync(db, "SELECT count(*) FROM carbonledger.schema_version"));
    }

    [PostgreSqlFact]
    public async Task OpenAsync_ReaderOnADatabaseWithoutTheSchema_IsRefusedAndCreatesNothing()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;

        RegistryStoreException e = await Assert.ThrowsAsync<RegistryStoreException>(() =>
            PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz, new PostgreSqlStoreOptions { ReadOnly = true }));

        Assert.Equal(StoreFailure.Corrupt, e.Failure);
        Assert.Equal(false, await PostgreSqlServer.ScalarAsync(db, "SELECT to_regclass('carbonledger.schema_version') IS NOT NULL"));
    }

    [PostgreSqlFact]
    public async Task AppendAsync_ReadOnlyStore_IsRefused()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        await (await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz)).DisposeAsync();
        await using PostgreSqlRegistryStore reader = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz, new PostgreSqlStoreOptions { ReadOnly = true });

        RegistryStoreException e = await Assert.ThrowsAsync<RegistryStoreException>(() =>
            reader.AppendAsync(SampleHistory.Commit(reader.Registry, SampleHistory.Rows(SampleHistory.Create(0)))));

        Assert.Equal(StoreFailure.ReadOnly, e.Failure);
        Assert.Equal(0L, await PostgreSqlServer.ScalarAsync(db, "SELECT count(*) FROM carbonledger.events"));
    }

    [PostgreSqlFact]
    public async Task AppendAsync_CancelledBeforeCommit_WritesNothing()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        await using PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz);
        using var cancelled = new System.Threading.CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.AppendAsync(SampleHistory.Commit(store.Registry, SampleHistory.Rows(SampleHistory.Create(0))), cancelled.Token));

        Assert.Null(await store.ReadHeadAsync());
    }
}
