using System;
using System.Linq;
using System.Threading.Tasks;
using CarbonLedger.Hosting;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CarbonLedger.Samples.RegistryApi;

/// <summary>The sample's composition root and endpoints (kept apart from Program so that tests can start it).</summary>
public static class RegistryApi
{
    public static WebApplication Build(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddCarbonLedgerRegistries(builder.Configuration.GetSection("CarbonLedger"));
        WebApplication app = builder.Build();

        app.MapGet("/registries", (RegistryHost host) => host.Registries.Select(r => new
        {
            registry = r.Id.ToString(),
            events = r.Ledger.Current.Events.Count,
            head = r.Ledger.Current.HeadHash.ToString(),
        }));
        app.MapGet("/registries/{id}/balances", (string id, RegistryHost host) =>
        {
            LedgerSnapshot now = Registry(host, id).Ledger.Current;
            return Results.Ok(now.Accounts.Select(a => new { account = a.Id.ToString(), type = a.Type.ToString(), balance = now.GetBalance(a.Id) }));
        });
        app.MapPost("/registries/{id}/accounts", (string id, OpenAccountRequest r, RegistryHost host) => Run(host, id, "open-account", r.OperationId,
            l => l.OpenAccountAsync(OperationId.Create(r.OperationId), ActorId.Create(r.Actor),
                Account.Create(AccountId.Parse(r.Account), ActorId.Create(r.Holder), Enum.Parse<AccountType>(r.Type)))));
        app.MapPost("/registries/{id}/issuances", (string id, IssueRequest r, RegistryHost host) => Run(host, id, "issue", r.OperationId,
            l => l.IssueAsync(OperationId.Create(r.OperationId), ActorId.Create(r.Actor), AccountId.Parse(r.To),
                [CreditBlock.Create(SerialBlock.FromRange(r.FirstSerial, r.LastSerial),
                    CreditAttributes.Create(l.Registry, ProjectId.Parse(r.Project), r.Vintage))])));
        app.MapPost("/registries/{id}/transfers", (string id, TransferRequest r, RegistryHost host) => Run(host, id, "transfer", r.OperationId,
            l => l.TransferAsync(OperationId.Create(r.OperationId), ActorId.Create(r.Actor), AccountId.Parse(r.From), AccountId.Parse(r.To),
                CreditSelection.ByQuantity(r.Quantity))));
        return app;
    }

    private static HostedRegistry Registry(RegistryHost host, string id) => host.Get(RegistryId.Parse(id));

    // Committed: 200 with the event's sequence and hash. Refused by the ledger: 409 with the reason. Bad input: 400.
    private static async Task<IResult> Run<T>(RegistryHost host, string id, string operation, string operationId, Func<Ledger, Task<T>> run)
        where T : LedgerEvent
    {
        try
        {
            T e = await Registry(host, id).RunAsync(operation, OperationId.Create(operationId), run);
            return Results.Ok(new { sequence = e.Sequence, hash = e.Hash.ToString() });
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return Results.BadRequest(new { error = ex.Message });
        }
        catch (InvalidOperationException ex)
        {
            return Results.Conflict(new { error = ex.Message });
        }
    }
}

public sealed record OpenAccountRequest(string OperationId, string Actor, string Account, string Holder, string Type);

public sealed record IssueRequest(string OperationId, string Actor, string To, string Project, int Vintage, long FirstSerial, long LastSerial);

public sealed record TransferRequest(string OperationId, string Actor, string From, string To, long Quantity);
