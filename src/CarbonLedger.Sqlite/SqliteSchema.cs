using System.Collections.Generic;
using Microsoft.Data.Sqlite;

namespace CarbonLedger.Sqlite;

/// <summary>
/// The store's schema as an ordered list of forward migrations; <c>PRAGMA user_version</c> records how many have been
/// applied. A migration runs inside the transaction of the first append that needs it, so opening a store never writes.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The schema version this library writes and reads.</summary>
    internal const int CurrentVersion = 2;

    /// <summary>Migration <c>i</c> takes a file from version <c>i</c> to <c>i + 1</c>.</summary>
    internal static readonly IReadOnlyList<string> Migrations =
    [
        // 0 -> 1: the tables. An event row keeps its canonical encoding (the bytes its hash covers); a record row keeps
        // the JSON of an Article 6.2 or issuer record, in a named stream.
        """
        CREATE TABLE events (
            registry TEXT NOT NULL CHECK (length(registry) = 5),
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            operation_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            hash BLOB NOT NULL CHECK (length(hash) = 32),
            encoding BLOB NOT NULL,
            UNIQUE (registry, sequence),
            UNIQUE (registry, operation_id)
        );
        CREATE TABLE records (
            registry TEXT NOT NULL CHECK (length(registry) = 5),
            stream TEXT NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            ledger_sequence INTEGER,
            payload BLOB NOT NULL,
            UNIQUE (registry, stream, sequence)
        );
        """,
        // 1 -> 2: append-only and in order, enforced by the database itself. Rows cannot be changed or removed; an
        // event must take the next sequence and link to the stored head's hash (the previous hash is bytes 3-34 of
        // the encoding: format version, kind, then the previous hash); a record must take the next sequence of its
        // stream.
        """
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE is refused'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE is refused'); END;
        CREATE TRIGGER records_no_update BEFORE UPDATE ON records
        BEGIN SELECT RAISE(ABORT, 'records are append-only: UPDATE is refused'); END;
        CREATE TRIGGER records_no_delete BEFORE DELETE ON records
        BEGIN SELECT RAISE(ABORT, 'records are append-only: DELETE is refused'); END;
        CREATE TRIGGER events_in_order BEFORE INSERT ON events
        WHEN NEW.sequence <> coalesce((SELECT max(sequence) + 1 FROM events WHERE registry = NEW.registry), 0)
        BEGIN SELECT RAISE(ABORT, 'an event must take the next sequence of its registry'); END;
        CREATE TRIGGER events_linked BEFORE INSERT ON events
        WHEN NEW.sequence > 0 AND substr(NEW.encoding, 3, 32) IS NOT
            (SELECT hash FROM events WHERE registry = NEW.registry AND sequence = NEW.sequence - 1)
        BEGIN SELECT RAISE(ABORT, 'an event must link to the hash of the event before it'); END;
        CREATE TRIGGER records_in_order BEFORE INSERT ON records
        WHEN NEW.sequence <> coalesce((SELECT max(sequence) + 1 FROM records WHERE registry = NEW.registry AND stream = NEW.stream), 0)
        BEGIN SELECT RAISE(ABORT, 'a record must take the next sequence of its stream'); END;
        """,
    ];

    /// <summary>Reads the file's schema version.</summary>
    internal static int ReadVersion(SqliteConnection connection)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return System.Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Applies migrations <paramref name="from"/> up to <paramref name="to"/> inside the open transaction.</summary>
    internal static void Migrate(SqliteConnection connection, SqliteTransaction transaction, int from, int to)
    {
        for (int version = from; version < to; version++)
        {
            using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Migrations[version] + System.FormattableString.Invariant($"\nPRAGMA user_version = {version + 1};");
            command.ExecuteNonQuery();
        }
    }
}
