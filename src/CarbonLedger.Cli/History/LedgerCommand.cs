using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using CarbonLedger.Cli.Reconcile;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Registry.Trust;
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
        var checkpoint = new Option<string?>("--checkpoint") { Description = "A file of signed checkpoints (JSON): refuse a history shorter than, or differing from, any of them" };
        var trust = new Option<string?>("--trust") { Description = "The trust list (JSON) with which the checkpoints' signatures are verified; without it they are compared unverified" };
        var verify = new Command("verify", "Verify a history's hash chain; name the first changed, removed, inserted or reordered event")
        {
            verifyFile,
            head,
            checkpoint,
            trust,
        };
        guard.Attach(verify, (parse, context) => Verify(context, parse.GetRequiredValue(verifyFile), parse.GetValue(head), parse.GetValue(checkpoint), parse.GetValue(trust)));

        var signFile = new Argument<string>("history") { Description = "A registry history as JSON Lines (one event per line)" };
        var key = new Option<string>("--key") { Description = "The registry's private key, an unencrypted PEM file (EC PRIVATE KEY or PRIVATE KEY)", Required = true };
        var outFile = new Option<string>("--out") { Description = "The file to write the signed checkpoint to (JSON)", Required = true };
        var sign = new Command("checkpoint", "Sign a checkpoint of a history's last event (registry, sequence, head hash, instant) for safekeeping elsewhere")
        {
            signFile,
            key,
            outFile,
        };
        guard.Attach(sign, (parse, context) => SignCheckpoint(context, parse.GetRequiredValue(signFile), parse.GetRequiredValue(key), parse.GetRequiredValue(outFile)));

        var replayFile = new Argument<string>("history") { Description = "A registry history as JSON Lines (one event per line)" };
        var asOf = new Option<string?>("--as-of") { Description = "An RFC 3339 instant such as 2026-12-31T23:59:59Z; default: after the last event" };
        var replay = new Command("replay", "Replay a history (after verifying it) and print account balances and credit totals as of an instant")
        {
            replayFile,
            asOf,
        };
        guard.Attach(replay, (parse, context) => Replay(context, parse.GetRequiredValue(replayFile), parse.GetValue(asOf)));

        return new Command("ledger", "Registry histories: verify the hash chain and checkpoints, sign checkpoints, replay balances")
        {
            verify,
            sign,
            replay,
        };
    }

    internal static int Verify(CliContext context, string file, string? head, string? checkpointFile = null, string? trustFile = null)
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
        if (checkpointFile is null)
        {
            return trustFile is null ? ExitCodes.Success : throw InputException.At("--trust", null, null, "--trust is used only with --checkpoint");
        }
        TrustList? trust = trustFile is null ? null : TrustFiles.LoadTrust(trustFile);
        IReadOnlyList<SignedCheckpoint> checkpoints = TrustFiles.LoadCheckpoints(checkpointFile);
        if (checkpoints.Count == 0)
        {
            throw InputException.At(checkpointFile, null, null, "the file holds no checkpoint");
        }
        bool allMatch = true;
        foreach (SignedCheckpoint c in checkpoints)
        {
            CheckpointComparison comparison = trust is null ? c.Checkpoint.CompareWith(history.Events) : c.Check(history.Events, trust);
            string signature = trust is null ? " (signature not verified: no --trust)" : " (signature verified)";
            if (comparison.Matches)
            {
                context.Line($"checkpoint {c.Checkpoint.Registry} #{c.Checkpoint.Sequence}: {comparison.Message}{signature}");
            }
            else
            {
                allMatch = false;
                context.Error.Write($"error: {file}: checkpoint {c.Checkpoint.Registry} #{c.Checkpoint.Sequence} from {checkpointFile}: {comparison.Status}: {comparison.Message}\n");
            }
        }
        return allMatch ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    internal static int SignCheckpoint(CliContext context, string file, string keyFile, string outFile)
    {
        HistoryFile history = Load(context, file);
        ChainVerification result = HashChain.Verify(history.Events);
        if (history.Events.Count == 0 || history.Events[0] is not RegistryCreated created)
        {
            throw InputException.At(file, null, null, "the history does not start with a RegistryCreated event");
        }
        if (!result.IsValid)
        {
            throw InputException.At(file, null, null, $"the hash chain is broken at event #{result.Sequence}: {result.Message}; refusing to sign it");
        }
        RegistrySigner signer;
        try
        {
            signer = RegistrySigner.FromPemFile(created.Registry, keyFile);
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw InputException.At(keyFile, null, null, ex.Message, ex);
        }
        using (signer)
        {
            SignedCheckpoint signed = SignedCheckpoint.Sign(Checkpoint.Of(history.Events), signer);
            TrustFiles.Write(outFile, TrustJson.ToJson([signed]));
            context.Line($"Signed checkpoint {signed.Checkpoint} with key {signer.KeyId}; written to {outFile}");
        }
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
