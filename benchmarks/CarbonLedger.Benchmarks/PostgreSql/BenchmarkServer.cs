using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Storage;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace CarbonLedger.Benchmarks.PostgreSql;

/// <summary>The PostgreSQL server the benchmarks write to (start one with eng/postgres/start.sh), and their histories.</summary>
internal static class BenchmarkServer
{
    internal static readonly RegistryId Kaz = RegistryId.Parse("KAZ01");
    internal static readonly ActorId Admin = ActorId.Create("KAZ01 administrator");

    internal static string ConnectionString => Environment.GetEnvironmentVariable("CARBONLEDGER_PG_PRIMARY")
        ?? throw new InvalidOperationException("CARBONLEDGER_PG_PRIMARY is not set: run eng/postgres/start.sh and source the env file it names");

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    internal static string CreateDatabase()
    {
        string name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        Execute(ConnectionString, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    internal static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        string name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        Execute(ConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    internal static void Execute(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    /// <summary>A history of <paramref name="transfers"/> one-credit splitting transfers (plus its 4 set-up events).</summary>
    internal static Ledger History(int transfers)
    {
        var ledger = Ledger.Create(Kaz, Admin, new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0), Duration.FromMilliseconds(1)));
        var a = AccountId.Create(Kaz, 1);
        var b = AccountId.Create(Kaz, 2);
        ledger.OpenAccount(OperationId.Create("open-1"), Admin, Account.Create(a, Admin, AccountType.Pending));
        ledger.OpenAccount(OperationId.Create("open-2"), Admin, Account.Create(b, Admin, AccountType.Pending));
        ledger.Issue(OperationId.Create("issue-1"), Admin, a,
            [CreditBlock.Create(SerialBlock.FromRange(1, 10_000_000), CreditAttributes.Create(Kaz, ProjectId.Parse("KZ001"), 2025))]);
        for (int i = 0; i < transfers; i++)
        {
            ledger.Transfer(OperationId.Create("t-" + i), Admin, a, b, CreditSelection.ByQuantity(1));
        }
        return ledger;
    }

    internal static List<StoredEvent> Rows(Ledger ledger) => ledger.Current.Events.Select(StoredEvent.FromEvent).ToList();
}
