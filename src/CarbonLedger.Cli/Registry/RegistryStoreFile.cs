using System;
using System.Globalization;
using System.Threading.Tasks;
using CarbonLedger.Cli.History;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry;
using CarbonLedger.Sqlite;
using CarbonLedger.Storage;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Registry;

/// <summary>
/// Opens the registry a <c>--store</c> names (a SQLite file; the form leaves room for other stores), verifying it,
/// and turns store failures into one-line input errors that name the store.
/// </summary>
internal static class RegistryStoreFile
{
    /// <summary>Opens the store: for writing (taking its writer lease), or read-only.</summary>
    internal static async Task<SqliteRegistryStore> OpenStoreAsync(string store, bool write, bool create = false)
    {
        try
        {
            return await SqliteRegistryStore.OpenAsync(store, new SqliteStoreOptions { ReadOnly = !write, CreateIfMissing = create });
        }
        catch (RegistryStoreException ex)
        {
            throw new InputException(ex.Message, ex);
        }
    }

    /// <summary>Opens and verifies the registry of a store; <paramref name="at"/> dates new events (default: the last event's instant).</summary>
    internal static async Task<Ledger> OpenLedgerAsync(SqliteRegistryStore store, string? at, EventHash? head = null)
    {
        var clock = new FixedClock(Instant.MinValue);
        Ledger ledger;
        try
        {
            ledger = await Ledger.OpenAsync(store, clock, head);
        }
        catch (LedgerHistoryException ex)
        {
            throw new InputException($"{store.Path}: the stored history fails verification; first bad event #{ex.Sequence}: {ex.Message}", ex);
        }
        catch (RegistryStoreException ex)
        {
            throw new InputException(ex.Message, ex);
        }
        clock.Now = at is null ? ledger.Current.LastEventInstant : ParseInstant(at);
        return ledger;
    }

    /// <summary>Parses an RFC 3339 instant given to <c>--at</c>.</summary>
    internal static Instant ParseInstant(string at)
    {
        ParseResult<OffsetDateTime> parsed = OffsetDateTimePattern.Rfc3339.Parse(at);
        return parsed.Success
            ? parsed.Value.ToInstant()
            : throw InputException.At("--at", null, null, $"'{at}' is not an RFC 3339 instant such as 2026-04-01T09:00:00Z");
    }

    /// <summary>An account given as a number in the store's registry (<c>3</c>) or a full id (<c>JPN01-3</c>).</summary>
    internal static AccountId Account(Ledger ledger, string option, string value)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long number) && number > 0)
        {
            return AccountId.Create(ledger.Registry, number);
        }
        return AccountId.TryParse(value, out AccountId id)
            ? id
            : throw InputException.At(option, null, null, $"'{value}' is neither an account number nor an account id such as {ledger.Registry}-1");
    }

    /// <summary>Runs an async command body to its end on the calling thread (the tool is synchronous).</summary>
    internal static int Run(Func<Task<int>> body) => Task.Run(body).GetAwaiter().GetResult();
}
