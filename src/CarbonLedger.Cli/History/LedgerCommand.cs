using System.CommandLine;
using System.Globalization;
using System.IO;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CarbonLedger.Cli.History;

/// <summary><c>carbonledger ledger verify|replay</c>: checks a registry history's hash chain, or replays it to show balances as of an instant.</summary>
internal static class LedgerCommand
{
    public static Command Create(CommandGuard guard)
    {
        var verifyFile = new Argument<string>("history") { Description = "A registry history as JSON Lines (one event per line)" };
        var head = new Option<string?>("--head") { Description = "The hash the last event must have (64 hex digits), to detect events cut from the end" };
        var verify = new Command("verify", "Verify a history's hash chain; name the first changed, removed, inserted or reordered event")
        {
            verifyFile,
            head,
        };
        guard.Attach(verify, (parse, context) => Verify(context, parse.GetRequiredValue(verifyFile), parse.GetValue(head)));

        var replayFile = new Argument<string>("history") { Description = "A registry history as JSON Lines (one event per line)" };
        var asOf = new Option<string?>("--as-of") { Description = "An RFC 3339 instant such as 2026-12-31T23:59:59Z; default: after the last event" };
        var replay = new Command("replay", "Replay a history (after verifying it) and print account balances and credit totals as of an instant")
        {
            replayFile,
            asOf,
        };
        guard.Attach(replay, (parse, context) => Replay(context, parse.GetRequiredValue(replayFile), parse.GetValue(asOf)));

        return new Command("ledger", "Registry histories: verify the hash chain, replay balances")
        {
            verify,
            replay,
        };
    }

    internal static int Verify(CliContext context, string file, string? head)
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
        HistoryFile history = Load(context, file);
        ChainVerification result = HashChain.Verify(history.Events, expected);
        if (result.Problem == ChainProblem.Empty)
        {
            context.Error.Write($"error: {file}: the history holds no event (an empty file, or blank lines only); it must start with its RegistryCreated event\n");
            return ExitCodes.CheckFailed;
        }
        if (!result.IsValid)
        {
            string which = result.Position >= 0 && result.Position < history.Events.Count
                ? string.Create(CultureInfo.InvariantCulture,
                    $"event #{result.Sequence} (line {history.LineOf(result.Position)}, {history.Events[result.Position].Kind} {history.Events[result.Position].OperationId})")
                : string.Create(CultureInfo.InvariantCulture, $"event #{result.Sequence}");
            context.Error.Write($"error: {file}: first bad event: {which}: {result.Problem}: {result.Message}\n");
            return ExitCodes.CheckFailed;
        }
        LedgerEvent last = history.Events[^1];
        context.Line(string.Create(CultureInfo.InvariantCulture,
            $"{file}: {result.Message}; registry {Registry(history)}, events #0..#{last.Sequence}, head hash {last.Hash}"));
        return ExitCodes.Success;
    }

    internal static int Replay(CliContext context, string file, string? asOf)
    {
        Instant? instant = null;
        if (asOf is not null)
        {
            ParseResult<OffsetDateTime> parsed = OffsetDateTimePattern.Rfc3339.Parse(asOf);
            instant = parsed.Success
                ? parsed.Value.ToInstant()
                : throw InputException.At("--as-of", null, null, $"'{asOf}' is not an RFC 3339 instant such as 2026-12-31T23:59:59Z");
        }
        Ledger ledger = Rebuild(context, file);
        LedgerSnapshot snapshot = instant is Instant at ? ledger.AsOf(at) : ledger.Current;
        string when = instant is Instant i ? InstantPattern.ExtendedIso.Format(i) : "after the last event";
        context.Line(string.Create(CultureInfo.InvariantCulture,
            $"Registry {snapshot.Registry} as of {when}: {snapshot.EventCount} events applied, head hash {snapshot.HeadHash}"));
        context.Console.Write(Balances(snapshot));
        context.Console.Write(Totals(snapshot));
        return ExitCodes.Success;
    }

    /// <summary>The accounts of a snapshot with their available and reserved balances.</summary>
    public static Table Balances(LedgerSnapshot snapshot)
    {
        Table table = Tables.Create($"Accounts of {snapshot.Registry}", "Account", "Type", "Holder", ">Available", ">Reserved");
        foreach (Account account in snapshot.Accounts)
        {
            Tables.Row(table, account.Id.ToString(), account.Type.ToString(), account.Holder.ToString(),
                Numbers.Whole(snapshot.GetBalance(account.Id)), Numbers.Whole(snapshot.GetReservedBalance(account.Id)));
        }
        return table;
    }

    /// <summary>The credit totals per issuer, project and vintage, with the conservation check.</summary>
    public static Table Totals(LedgerSnapshot snapshot)
    {
        Table table = Tables.Create($"Credit totals in {snapshot.Registry} (issued + acquired − transferred out = held + reserved + cancelled + retired)",
            "Issuer", "Project", ">Vintage", ">Issued", ">Acquired", ">Out", ">Held", ">Reserved", ">Cancelled", ">Retired", "Conserved");
        foreach (CreditTotals t in snapshot.GetTotals())
        {
            Tables.Row(table, t.Issuer.ToString(), t.Project.ToString(), t.Vintage.ToString(CultureInfo.InvariantCulture),
                Numbers.Whole(t.Issued), Numbers.Whole(t.Acquired), Numbers.Whole(t.TransferredOut), Numbers.Whole(t.Held),
                Numbers.Whole(t.Reserved), Numbers.Whole(t.Cancelled), Numbers.Whole(t.Retired), t.IsConserved ? "yes" : "NO");
        }
        return table;
    }

    /// <summary>Reads a history and replays it into a ledger (which verifies the hash chain).</summary>
    /// <exception cref="InputException">The file is missing, empty, malformed or cannot be replayed.</exception>
    internal static Ledger Rebuild(CliContext context, string file)
    {
        HistoryFile history = Load(context, file);
        if (history.Events.Count == 0)
        {
            throw InputException.At(file, null, null, "the history holds no event");
        }
        try
        {
            return Ledger.Replay(history.Events, new FixedClock(history.Events[^1].Instant));
        }
        catch (LedgerHistoryException ex)
        {
            throw InputException.At(file, null, null, "cannot be replayed: " + ex.Message, ex);
        }
    }

    internal static HistoryFile Load(CliContext context, string file)
    {
        long size = File.Exists(file) ? new FileInfo(file).Length : 0;
        return context.WithProgress("Reading " + Path.GetFileName(file), size, progress => HistoryFile.Load(file, progress));
    }

    private static string Registry(HistoryFile history) =>
        history.Events.Count > 0 && history.Events[0] is RegistryCreated created ? created.Registry.ToString() : "(unknown)";
}
