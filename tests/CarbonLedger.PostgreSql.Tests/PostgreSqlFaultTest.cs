using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using CarbonLedger.Storage;
using Npgsql;
using Xunit;

namespace CarbonLedger.PostgreSql.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerFaultsCollection
{
    public const string Name = "PostgreSQL server faults (restart the shared servers, so run alone)";
}

[Collection(ServerFaultsCollection.Name)]
public class PostgreSqlFaultTest
{
    [PostgreSqlFact]
    public async Task AppendAsync_ConnectionLostAfterCommitWasSent_ReportsTheCommitAsAppliedAndRowsExistOnce()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        var target = new NpgsqlConnectionStringBuilder(db);
        await using var proxy = new LoopbackProxy(target.Host!, target.Port);
        string viaProxy = new NpgsqlConnectionStringBuilder(db) { Port = proxy.Port }.ConnectionString;
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Create(transfers: 3));
        await using PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(viaProxy, SampleHistory.Kaz,
            new PostgreSqlStoreOptions { ReconnectWait = TimeSpan.FromSeconds(20) });
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Take(4)));

        proxy.CutAfterClientSends("COMMIT");
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(4)));   // the answer to COMMIT never arrives

        Assert.Equal(1, proxy.Cuts);
        Assert.Equal((long)rows.Count, await PostgreSqlServer.ScalarAsync(db, "SELECT count(*) FROM carbonledger.events"));
        SampleHistory.AssertSame(rows, await store.ReadEventsAsync(0, 100));
        RegistryStoreException retry = await Assert.ThrowsAsync<RegistryStoreException>(() =>
            store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(4))));   // a blind retry cannot apply it twice
        Assert.Equal(StoreFailure.Conflict, retry.Failure);
    }

    [PostgreSqlFact]
    public async Task AppendAsync_BackendTerminatedBeforeCommit_NothingIsWrittenAndARetryApplies()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Create(transfers: 3));
        await using PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz);
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Take(4)));
        store.BeforeCommit = async writer =>
        {
            store.BeforeCommit = null;
            await PostgreSqlServer.ExecuteAsync(db, FormattableString.Invariant($"SELECT pg_terminate_backend({writer.ProcessID})"));
        };

        RegistryStoreException e = await Assert.ThrowsAsync<RegistryStoreException>(() =>
            store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(4))));

        Assert.Equal(StoreFailure.WriteFailed, e.Failure);
        Assert.Contains("nothing was written; a retry is safe", e.Message, StringComparison.Ordinal);
        Assert.Equal(4L, await PostgreSqlServer.ScalarAsync(db, "SELECT count(*) FROM carbonledger.events"));
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(4)));
        SampleHistory.AssertSame(rows, await store.ReadEventsAsync(0, 100));
    }

    [PostgreSqlFact]
    public async Task AppendAsync_AfterThePrimaryCrashedAndRestarted_KeepsWhatWasCommittedAndApplies()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Create(transfers: 3));
        await using PostgreSqlRegistryStore store = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz);
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Take(4)));

        // SIGKILL to the postmaster and its backends (a crash, not a clean shutdown), then a start with WAL recovery.
        PostgreSqlServer.Control("kill", "primary");
        PostgreSqlServer.Control("start", "primary");
        NpgsqlConnection.ClearAllPools();
        SampleHistory.AssertSame(rows.Take(4).ToList(), await store.ReadEventsAsync(0, 100));
        await store.AppendAsync(SampleHistory.Commit(store.Registry, rows.Skip(4)));

        SampleHistory.AssertSame(rows, await store.ReadEventsAsync(0, 100));
    }

    [PostgreSqlFact]
    public async Task AppendAsync_WriterLeaseTakenByAnotherSessionMeanwhile_IsRefusedAndTheChainDoesNotFork()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        string db = database.Primary;
        List<StoredEvent> rows = SampleHistory.Rows(SampleHistory.Create(transfers: 3));
        List<StoredEvent> fork = SampleHistory.Rows(SampleHistory.Create(transfers: 5, registry: SampleHistory.Kaz));
        await using PostgreSqlRegistryStore first = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz,
            new PostgreSqlStoreOptions { ReconnectWait = TimeSpan.FromSeconds(1) });
        await first.AppendAsync(SampleHistory.Commit(first.Registry, rows.Take(4)));
        // An operator (or a failover) ends the first writer's session; a second host takes the lease and appends.
        await PostgreSqlServer.ExecuteAsync(db, FormattableString.Invariant(
            $"SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
        await using PostgreSqlRegistryStore second = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz,
            new PostgreSqlStoreOptions { WriterWait = TimeSpan.FromSeconds(10) });
        await second.AppendAsync(SampleHistory.Commit(second.Registry, rows.Skip(4)));

        RegistryStoreException lost = await Assert.ThrowsAsync<RegistryStoreException>(() =>
            first.AppendAsync(SampleHistory.Commit(first.Registry, fork.Skip(4).Take(1))));
        RegistryStoreException after = await Assert.ThrowsAsync<RegistryStoreException>(() =>
            first.AppendAsync(SampleHistory.Commit(first.Registry, fork.Skip(4).Take(1))));

        Assert.Equal(StoreFailure.Locked, lost.Failure);
        Assert.Contains("reopen", after.Message, StringComparison.Ordinal);
        SampleHistory.AssertSame(rows, await second.ReadEventsAsync(0, 100));
    }

    [PostgreSqlFact]
    public async Task ReplicaReader_LaggingReplica_ServesAVerifiedPrefixAndCatchesUp()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        (string db, string replica) = (database.Primary, database.Replica);
        _ = PostgreSqlServer.RequireReplica();
        Ledger ledger = SampleHistory.Create(transfers: 200);
        List<StoredEvent> rows = SampleHistory.Rows(ledger);
        await using PostgreSqlRegistryStore writer = await PostgreSqlRegistryStore.OpenAsync(db, SampleHistory.Kaz);
        await writer.AppendAsync(SampleHistory.Commit(writer.Registry, rows.Take(100)));
        await using PostgreSqlRegistryStore reader = await OpenReplicaReaderAsync(replica);
        Assert.True(await reader.WaitForEventAsync(99, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50)));

        await PostgreSqlServer.ExecuteAsync(replica, "SELECT pg_wal_replay_pause()");
        try
        {
            await writer.AppendAsync(SampleHistory.Commit(writer.Registry, rows.Skip(100)));
            Assert.False(await reader.WaitForEventAsync(rows.Count - 1, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(50)));
            IReadOnlyList<StoredEvent> prefix = await reader.ReadEventsAsync(0, 10_000);
            Assert.Equal(100, prefix.Count);   // the lagging replica shows the history as it was, never part of a commit
            SampleHistory.AssertSame(rows.Take(100).ToList(), prefix);
            Assert.True(HashChain.Verify(prefix.Select(e => e.ToEvent()).ToList()).IsValid);
        }
        finally
        {
            await PostgreSqlServer.ExecuteAsync(replica, "SELECT pg_wal_replay_resume()");
        }

        Assert.True(await reader.WaitForEventAsync(rows.Count - 1, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(50)));
        SampleHistory.AssertSame(rows, await reader.ReadEventsAsync(0, 10_000));
    }

    private static async Task<PostgreSqlRegistryStore> OpenReplicaReaderAsync(string replica)
    {
        // The database was just created on the primary: wait until the replica has replayed its schema too.
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await PostgreSqlRegistryStore.OpenAsync(replica, SampleHistory.Kaz, new PostgreSqlStoreOptions { ReadOnly = true });
            }
            catch (RegistryStoreException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }
}
