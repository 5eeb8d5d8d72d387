using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Npgsql;

namespace CarbonLedger.PostgreSql.Tests;

/// <summary>The servers started by <c>eng/postgres/start.sh</c>, and a fresh database on them for each test.</summary>
internal static class PostgreSqlServer
{
    internal static string? Primary => Environment.GetEnvironmentVariable("CARBONLEDGER_PG_PRIMARY");

    internal static string? Replica => Environment.GetEnvironmentVariable("CARBONLEDGER_PG_REPLICA");

    internal static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    internal static string RequirePrimary() => Primary ?? throw new InvalidOperationException(
        "CI=true but CARBONLEDGER_PG_PRIMARY is not set: .ci/run must start PostgreSQL with eng/postgres/start.sh before the tests");

    internal static string RequireReplica() => Replica ?? throw new InvalidOperationException(
        "CARBONLEDGER_PG_REPLICA is not set: eng/postgres/start.sh starts the streaming replica the replica tests need");

    /// <summary>
    /// Creates an empty database for one test, on the primary (and so on the replica); disposing it drops it, so that
    /// the servers' crash recovery (which syncs every file of every database) stays quick.
    /// </summary>
    internal static async Task<TestDatabase> CreateDatabaseAsync()
    {
        string name = "cl_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(RequirePrimary(), $"CREATE DATABASE {name}");
        return new TestDatabase(name, WithDatabase(RequirePrimary(), name), Replica is null ? string.Empty : WithDatabase(Replica, name));
    }

    internal sealed record TestDatabase(string Name, string Primary, string Replica) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(RequirePrimary(), $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }
    }

    internal static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = true }.ConnectionString;

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    internal static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        return await cmd.ExecuteScalarAsync();
    }

    /// <summary>Runs <c>eng/postgres/ctl.sh ACTION SERVER</c> (restart, stop, start, kill) for fault tests.</summary>
    internal static void Control(string action, string server)
    {
        string ctl = Environment.GetEnvironmentVariable("CARBONLEDGER_PG_CTL")
            ?? throw new InvalidOperationException("CARBONLEDGER_PG_CTL is not set (eng/postgres/start.sh sets it)");
        using Process p = Process.Start(new ProcessStartInfo("bash", [ctl, action, server]) { RedirectStandardError = true })!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"ctl.sh {action} {server} exited {p.ExitCode}: {err}");
        }
    }
}
