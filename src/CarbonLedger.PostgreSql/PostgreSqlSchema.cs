using System;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Storage;
using Npgsql;

namespace CarbonLedger.PostgreSql;

/// <summary>
/// The tables a PostgreSQL store keeps, in schema <c>carbonledger</c>, and the forward migrations that create them.
/// One database holds any number of registries; every row carries its registry id.
/// </summary>
internal static class PostgreSqlSchema
{
    /// <summary>The schema version this build writes and reads.</summary>
    internal const int CurrentVersion = 1;

    /// <summary>The advisory lock (transaction scope) that serialises migrations between processes.</summary>
    internal const long MigrationLockKey = 0x436C_4C65_6467_0001;

    // Migration i brings the schema from version i to version i + 1. Never edit a shipped migration: add one.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE carbonledger.events (
            registry     text     NOT NULL,
            sequence     bigint   NOT NULL CHECK (sequence >= 0),
            operation_id text     NOT NULL,
            kind         smallint NOT NULL,
            hash         bytea    NOT NULL CHECK (octet_length(hash) = 32),
            encoding     bytea    NOT NULL,
            PRIMARY KEY (registry, sequence),
            UNIQUE (registry, operation_id));
        CREATE TABLE carbonledger.records (
            registry        text   NOT NULL,
            stream          text   NOT NULL,
            sequence        bigint NOT NULL CHECK (sequence >= 0),
            ledger_sequence bigint CHECK (ledger_sequence >= 0),
            payload         bytea  NOT NULL,
            PRIMARY KEY (registry, stream, sequence));
        CREATE FUNCTION carbonledger.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'carbonledger: % on %.% is refused: the registry history is append-only',
                TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'P0001';
        END $$;
        CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON carbonledger.events
            FOR EACH ROW EXECUTE FUNCTION carbonledger.refuse_change();
        CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON carbonledger.events
            FOR EACH STATEMENT EXECUTE FUNCTION carbonledger.refuse_change();
        CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON carbonledger.records
            FOR EACH ROW EXECUTE FUNCTION carbonledger.refuse_change();
        CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON carbonledger.records
            FOR EACH STATEMENT EXECUTE FUNCTION carbonledger.refuse_change();
        """,
    ];

    /// <summary>Creates the schema or brings it forward to <see cref="CurrentVersion"/>, under the migration lock.</summary>
    internal static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using NpgsqlTransaction tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, tx,
            "CREATE SCHEMA IF NOT EXISTS carbonledger; " +
            "CREATE TABLE IF NOT EXISTS carbonledger.schema_version (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            cancellationToken).ConfigureAwait(false);
        int version = await ReadVersionAsync(connection, tx, cancellationToken).ConfigureAwait(false);
        CheckNotNewer(version);
        for (int v = version; v < CurrentVersion; v++)
        {
            await ExecuteAsync(connection, tx, Migrations[v], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, tx, FormattableString.Invariant(
                $"INSERT INTO carbonledger.schema_version (version) VALUES ({v + 1})"), cancellationToken).ConfigureAwait(false);
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks, without changing anything, that the database holds a schema this build can read.</summary>
    internal static async Task CheckReadableAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand exists = new("SELECT to_regclass('carbonledger.schema_version') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
        {
            throw new RegistryStoreException(StoreFailure.Corrupt,
                "The database holds no CarbonLedger schema (table carbonledger.schema_version is missing); open it for writing once to create it");
        }
        CheckNotNewer(await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false));
    }

    private static void CheckNotNewer(int version)
    {
        if (version > CurrentVersion)
        {
            throw new RegistryStoreException(StoreFailure.NewerSchema, FormattableString.Invariant(
                $"The database's CarbonLedger schema is version {version}; this version of CarbonLedger.PostgreSql reads versions up to {CurrentVersion}. Upgrade the package; nothing was written"));
        }
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand cmd = new("SELECT coalesce(max(version), 0) FROM carbonledger.schema_version", connection, tx);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using NpgsqlCommand cmd = new(sql, connection, tx);
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
