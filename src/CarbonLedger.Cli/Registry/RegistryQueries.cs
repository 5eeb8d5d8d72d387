using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Sqlite;
using CarbonLedger.Storage;

namespace CarbonLedger.Cli.Registry;

/// <summary>The bodies of the <c>registry</c> commands that read a store (and of <c>import</c>, which fills a new one).</summary>
internal static class RegistryQueries
{
    internal static int Balances(CliContext context, string store) => RegistryStoreFile.Run(async () =>
    {
        await using SqliteRegistryStore s = await RegistryStoreFile.OpenStoreAsync(store, write: false);
        Ledger ledger = await RegistryStoreFile.OpenLedgerAsync(s, null);
        LedgerSnapshot snapshot = ledger.Current;
        context.Output.Write(string.Create(CultureInfo.InvariantCulture, $"registry {snapshot.Registry}: {snapshot.EventCount} events, head {snapshot.HeadHash}\n"));
        foreach (Account account in snapshot.Accounts)
        {
            context.Output.Write(string.Create(CultureInfo.InvariantCulture,
                $"{account.Id,-12} {account.Type,-18} {snapshot.GetBalance(account.Id),12} {account.Holder}\n"));
        }
        foreach (CreditTotals t in snapshot.GetTotals())
        {
            context.Output.Write(string.Create(CultureInfo.InvariantCulture,
                $"totals {t.Issuer} {t.Project} {t.Vintage}: issued {t.Issued}, held {t.Held}, reserved {t.Reserved}, retired {t.Retired}, cancelled {t.Cancelled}{(t.IsConserved ? ", conserved" : ", NOT CONSERVED")}\n"));
        }
        return ExitCodes.Success;
    });

    internal static int History(CliContext context, string store) => RegistryStoreFile.Run(async () =>
    {
        await using SqliteRegistryStore s = await RegistryStoreFile.OpenStoreAsync(store, write: false);
        Ledger ledger = await RegistryStoreFile.OpenLedgerAsync(s, null);
        foreach (LedgerEvent e in ledger.Current.Events)
        {
            context.Output.Write(e + "\n");
        }
        return ExitCodes.Success;
    });

    internal static int Verify(CliContext context, string store, string? head) => RegistryStoreFile.Run(async () =>
    {
        EventHash? expected = null;
        if (head is not null)
        {
            try
            {
                expected = EventHash.Parse(head);
            }
            catch (System.FormatException ex)
            {
                throw InputException.At("--head", null, null, $"'{head}' is not a 64-digit hex hash", ex);
            }
        }
        await using SqliteRegistryStore s = await RegistryStoreFile.OpenStoreAsync(store, write: false);
        try
        {
            Ledger ledger = await Ledger.OpenAsync(s, new CarbonLedger.Cli.History.FixedClock(NodaTime.Instant.MinValue), expected);
            LedgerSnapshot snapshot = ledger.Current;
            context.Output.Write(string.Create(CultureInfo.InvariantCulture,
                $"{s.Path}: all {snapshot.EventCount} events are intact and linked; registry {snapshot.Registry}, head {snapshot.HeadHash}, schema version {s.SchemaVersion}\n"));
            return ExitCodes.Success;
        }
        catch (LedgerHistoryException ex)
        {
            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"error: {s.Path}: first bad event #{ex.Sequence}: {InputException.OneLine(ex.Message)}\n"));
            return ExitCodes.CheckFailed;
        }
    });

    internal static int Export(CliContext context, string store, string output) => RegistryStoreFile.Run(async () =>
    {
        await using SqliteRegistryStore s = await RegistryStoreFile.OpenStoreAsync(store, write: false);
        Ledger ledger = await RegistryStoreFile.OpenLedgerAsync(s, null);
        IReadOnlyList<LedgerEvent> events = ledger.Current.Events;
        await File.WriteAllTextAsync(output, LedgerJsonLines.ToJsonLines(events));
        context.Output.Write(string.Create(CultureInfo.InvariantCulture, $"exported {events.Count} events to {output}; head {ledger.Current.HeadHash}\n"));
        return ExitCodes.Success;
    });

    internal static int Import(CliContext context, string store, string input, string? head) => RegistryStoreFile.Run(async () =>
    {
        CarbonLedger.Cli.History.HistoryFile history = CarbonLedger.Cli.History.LedgerCommand.Load(context, input);
        EventHash? expected = head is null ? null : EventHash.Parse(head);
        ChainVerification verification = HashChain.Verify(history.Events, expected);
        if (!verification.IsValid)
        {
            context.Error.Write($"error: {input}: first bad event #{verification.Sequence}: {verification.Message}; nothing was written\n");
            return ExitCodes.CheckFailed;
        }
        // Replaying checks that every event fits the state before it; only then is anything written.
        Ledger replayed = Ledger.Replay(history.Events, new CarbonLedger.Cli.History.FixedClock(NodaTime.Instant.MinValue), expected);
        await using SqliteRegistryStore s = await RegistryStoreFile.OpenStoreAsync(store, write: true, create: true);
        if ((await s.ReadEventsAsync(0, 1)).Count > 0)
        {
            throw new InputException($"{s.Path} already holds a registry; import into a new store");
        }
        var rows = new List<StoredEvent>(history.Events.Count);
        foreach (LedgerEvent e in history.Events)
        {
            rows.Add(StoredEvent.FromEvent(e));
        }
        try
        {
            await s.AppendAsync(StoreCommit.Create(replayed.Registry, rows, []));
        }
        catch (RegistryStoreException ex)
        {
            throw new InputException(ex.Message, ex);
        }
        context.Output.Write(string.Create(CultureInfo.InvariantCulture,
            $"imported {rows.Count} events of registry {replayed.Registry} into {s.Path}; head {replayed.Current.HeadHash}\n"));
        return ExitCodes.Success;
    });
}
