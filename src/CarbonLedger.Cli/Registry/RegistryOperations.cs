using System;
using System.Globalization;
using System.Threading.Tasks;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;
using CarbonLedger.Sqlite;
using CarbonLedger.Storage;

namespace CarbonLedger.Cli.Registry;

/// <summary>The bodies of the <c>registry</c> commands that commit an operation.</summary>
internal static class RegistryOperations
{
    internal static int Init(CliContext context, string store, string registry, string admin, string? at) => RegistryStoreFile.Run(async () =>
    {
        if (!RegistryId.TryParse(registry, out RegistryId id))
        {
            throw InputException.At("--registry", null, null, $"'{registry}' is not a registry id such as JPN01");
        }
        await using SqliteRegistryStore s = await RegistryStoreFile.OpenStoreAsync(store, write: true, create: true);
        var clock = new History.FixedClock(at is null ? NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0) : RegistryStoreFile.ParseInstant(at));
        Ledger ledger;
        try
        {
            ledger = await Ledger.CreateAsync(s, id, ActorId.Create(admin), clock);
        }
        catch (InvalidOperationException ex)
        {
            throw new InputException($"{s.Path}: {ex.Message}", ex);
        }
        await ledger.CloseAsync();
        context.Output.Write($"created registry {id} in {s.Path}; head {ledger.Current.HeadHash}\n");
        return ExitCodes.Success;
    });

    internal static int OpenAccount(CliContext context, OperationArgs args, string account, string holder, string type) =>
        Commit(context, args, (ledger, actor) =>
        {
            if (!Enum.TryParse(type, ignoreCase: false, out AccountType t) || !Enum.IsDefined(t) || int.TryParse(type, out _))
            {
                throw InputException.At("--type", null, null, $"'{type}' is not an account type (GovernmentHolding, EntityHolding, Pending, Cancellation, Retirement, OmgeCancellation, AdaptationFund, Buffer)");
            }
            AccountId id = RegistryStoreFile.Account(ledger, "--account", account);
            return ledger.OpenAccountAsync(OperationId.Create(args.Operation), actor, CarbonLedger.Registry.Account.Create(id, ActorId.Create(holder), t));
        });

    internal static int Issue(CliContext context, OperationArgs args, string to, string project, int vintage, string serials) =>
        Commit(context, args, (ledger, actor) =>
        {
            SerialBlock block = ParseBlock(serials);
            var attributes = CreditAttributes.Create(ledger.Registry, ProjectId.Parse(project), vintage);
            return ledger.IssueAsync(OperationId.Create(args.Operation), actor, RegistryStoreFile.Account(ledger, "--to", to), [CreditBlock.Create(block, attributes)]);
        });

    internal static int Move(CliContext context, string kind, OperationArgs args, string from, string to, long quantity, string? beneficiary, string? purpose) =>
        Commit(context, args, async (ledger, actor) =>
        {
            OperationId op = OperationId.Create(args.Operation);
            AccountId source = RegistryStoreFile.Account(ledger, "--from", from);
            AccountId destination = RegistryStoreFile.Account(ledger, "--to", to);
            CreditSelection credits = CreditSelection.ByQuantity(quantity);
            return kind switch
            {
                "transfer" => await ledger.TransferAsync(op, actor, source, destination, credits),
                "retire" => await ledger.RetireAsync(op, actor, source, destination, credits, beneficiary!, purpose!),
                _ => (LedgerEvent)await ledger.CancelAsync(op, actor, source, destination, credits),
            };
        });

    private static SerialBlock ParseBlock(string serials)
    {
        string[] parts = serials.Split('-');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long start)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long end)
            && start >= 1 && end >= start)
        {
            return SerialBlock.FromRange(start, end);
        }
        throw InputException.At("--serials", null, null, $"'{serials}' is not an inclusive serial block such as 1-370");
    }

    /// <summary>Opens the store for writing, runs the operation, and prints the committed event.</summary>
    private static int Commit<TEvent>(CliContext context, OperationArgs args, Func<Ledger, ActorId, Task<TEvent>> operation)
        where TEvent : LedgerEvent => RegistryStoreFile.Run(async () =>
    {
        await using SqliteRegistryStore store = await RegistryStoreFile.OpenStoreAsync(args.Store, write: true);
        Ledger ledger = await RegistryStoreFile.OpenLedgerAsync(store, args.At);
        ActorId actor = args.Actor is null ? ledger.Administrator : ActorId.Create(args.Actor);
        try
        {
            TEvent e = await operation(ledger, actor);
            context.Output.Write(string.Create(CultureInfo.InvariantCulture, $"committed #{e.Sequence} {e.Kind} {e.OperationId}; head {e.Hash}\n"));
            return ExitCodes.Success;
        }
        catch (RegistryStoreException ex)
        {
            throw new InputException(ex.Message + "; the operation was not applied", ex);
        }
        finally
        {
            await ledger.CloseAsync();
        }
    });
}
