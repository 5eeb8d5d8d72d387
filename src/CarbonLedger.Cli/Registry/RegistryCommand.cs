using System;
using System.CommandLine;
using CarbonLedger.Cli.Terminal;

namespace CarbonLedger.Cli.Registry;

/// <summary>
/// <c>carbonledger registry …</c>: a registry kept in a store (<c>--store registry.db</c>, a SQLite file). Every
/// operation is verified on open and committed durably before the command prints it.
/// </summary>
internal static class RegistryCommand
{
    public static Command Create(CommandGuard guard)
    {
        var command = new Command("registry", "A durable registry in a store: init, open accounts, issue, transfer, retire, cancel, query, verify, export, import");
        command.Add(Init(guard));
        command.Add(OpenAccount(guard));
        command.Add(Issue(guard));
        command.Add(Movement(guard, "transfer", "Transfer credits between two accounts"));
        command.Add(Movement(guard, "retire", "Retire credits into a retirement account (with --beneficiary and --purpose)"));
        command.Add(Movement(guard, "cancel", "Cancel credits into a cancellation account"));
        command.Add(Query(guard, "balances", "Print every account's balance and the credit totals", RegistryQueries.Balances));
        command.Add(Query(guard, "history", "Print every event, one per line", RegistryQueries.History));
        command.Add(Verify(guard));
        command.Add(Export(guard));
        command.Add(Import(guard));
        return command;
    }

    private static Option<string> Store() => new("--store") { Description = "The registry's store: a SQLite file such as registry.db", Required = true };

    private static Option<string?> At() => new("--at") { Description = "The instant of the new events (RFC 3339); default: the last event's instant" };

    private static Option<string> Operation() => new("--op") { Description = "The client operation id (repeating it returns the first result)", Required = true };

    private static Option<string?> Actor() => new("--as") { Description = "Who acts; default: the registry administrator" };

    private static Command Init(CommandGuard guard)
    {
        Option<string> store = Store();
        var registry = new Option<string>("--registry") { Description = "The registry id, such as JPN01", Required = true };
        var admin = new Option<string>("--admin") { Description = "The registry administrator", Required = true };
        Option<string?> at = At();
        var command = new Command("init", "Create a registry in a new store") { store, registry, admin, at };
        guard.Attach(command, (p, c) => RegistryOperations.Init(c, p.GetRequiredValue(store), p.GetRequiredValue(registry), p.GetRequiredValue(admin), p.GetValue(at)));
        return command;
    }

    private static Command OpenAccount(CommandGuard guard)
    {
        Option<string> store = Store();
        Option<string> op = Operation();
        Option<string?> actor = Actor();
        Option<string?> at = At();
        var account = new Option<string>("--account") { Description = "The account number (or id)", Required = true };
        var holder = new Option<string>("--holder") { Description = "The account holder", Required = true };
        var type = new Option<string>("--type") { Description = "GovernmentHolding, EntityHolding, Pending, Cancellation, Retirement, OmgeCancellation, AdaptationFund or Buffer", Required = true };
        var command = new Command("open-account", "Open an account (administrator)") { store, op, actor, at, account, holder, type };
        guard.Attach(command, (p, c) => RegistryOperations.OpenAccount(c, new OperationArgs(p.GetRequiredValue(store), p.GetRequiredValue(op), p.GetValue(actor), p.GetValue(at)),
            p.GetRequiredValue(account), p.GetRequiredValue(holder), p.GetRequiredValue(type)));
        return command;
    }

    private static Command Issue(CommandGuard guard)
    {
        Option<string> store = Store();
        Option<string> op = Operation();
        Option<string?> actor = Actor();
        Option<string?> at = At();
        var to = new Option<string>("--to") { Description = "The receiving account", Required = true };
        var project = new Option<string>("--project") { Description = "The project id, such as KZ001", Required = true };
        var vintage = new Option<int>("--vintage") { Description = "The vintage year", Required = true };
        var serials = new Option<string>("--serials") { Description = "The inclusive serial block, such as 1-370", Required = true };
        var command = new Command("issue", "Issue a block of credits into an account (administrator)") { store, op, actor, at, to, project, vintage, serials };
        guard.Attach(command, (p, c) => RegistryOperations.Issue(c, new OperationArgs(p.GetRequiredValue(store), p.GetRequiredValue(op), p.GetValue(actor), p.GetValue(at)),
            p.GetRequiredValue(to), p.GetRequiredValue(project), p.GetValue(vintage), p.GetRequiredValue(serials)));
        return command;
    }

    private static Command Movement(CommandGuard guard, string name, string description)
    {
        Option<string> store = Store();
        Option<string> op = Operation();
        Option<string?> actor = Actor();
        Option<string?> at = At();
        var from = new Option<string>("--from") { Description = "The source account", Required = true };
        var to = new Option<string>("--to") { Description = "The destination account", Required = true };
        var quantity = new Option<long>("--quantity") { Description = "How many credits (oldest vintage first)", Required = true };
        var command = new Command(name, description) { store, op, actor, at, from, to, quantity };
        Option<string>? beneficiary = null;
        Option<string>? purpose = null;
        if (name == "retire")
        {
            beneficiary = new Option<string>("--beneficiary") { Description = "On whose behalf the credits are retired", Required = true };
            purpose = new Option<string>("--purpose") { Description = "What the retirement is for", Required = true };
            command.Add(beneficiary);
            command.Add(purpose);
        }
        guard.Attach(command, (p, c) => RegistryOperations.Move(c, name, new OperationArgs(p.GetRequiredValue(store), p.GetRequiredValue(op), p.GetValue(actor), p.GetValue(at)),
            p.GetRequiredValue(from), p.GetRequiredValue(to), p.GetValue(quantity),
            beneficiary is null ? null : p.GetRequiredValue(beneficiary), purpose is null ? null : p.GetRequiredValue(purpose)));
        return command;
    }

    private static Command Query(CommandGuard guard, string name, string description, Func<CliContext, string, int> body)
    {
        Option<string> store = Store();
        var command = new Command(name, description) { store };
        guard.Attach(command, (p, c) => body(c, p.GetRequiredValue(store)));
        return command;
    }

    private static Command Verify(CommandGuard guard)
    {
        Option<string> store = Store();
        var head = new Option<string?>("--head") { Description = "The hash the last event must have (64 hex digits), pinned elsewhere" };
        var command = new Command("verify", "Verify the stored hash chain (and the pinned head) and rebuild the state; name the first bad event") { store, head };
        guard.Attach(command, (p, c) => RegistryQueries.Verify(c, p.GetRequiredValue(store), p.GetValue(head)));
        return command;
    }

    private static Command Export(CommandGuard guard)
    {
        Option<string> store = Store();
        var output = new Option<string>("--out") { Description = "The JSON Lines file to write", Required = true };
        var command = new Command("export", "Export the verified history as JSON Lines") { store, output };
        guard.Attach(command, (p, c) => RegistryQueries.Export(c, p.GetRequiredValue(store), p.GetRequiredValue(output)));
        return command;
    }

    private static Command Import(CommandGuard guard)
    {
        Option<string> store = Store();
        var input = new Option<string>("--in") { Description = "A JSON Lines history (verified before anything is written)", Required = true };
        var head = new Option<string?>("--head") { Description = "The hash the last event must have (64 hex digits)" };
        var command = new Command("import", "Import a verified JSON Lines history into a new store") { store, input, head };
        guard.Attach(command, (p, c) => RegistryQueries.Import(c, p.GetRequiredValue(store), p.GetRequiredValue(input), p.GetValue(head)));
        return command;
    }
}

/// <summary>The options every operation takes.</summary>
internal sealed record OperationArgs(string Store, string Operation, string? Actor, string? At);
