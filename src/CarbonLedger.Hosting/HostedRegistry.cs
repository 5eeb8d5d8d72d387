using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using Microsoft.Extensions.Logging;

namespace CarbonLedger.Hosting;

/// <summary>
/// One registry a host runs: its <see cref="Ledger"/> on a durable store, and <see cref="RunAsync{T}"/>, which runs an
/// operation with logging, metrics and a trace around it.
/// </summary>
public sealed partial class HostedRegistry
{
    private readonly ILogger logger;
    private readonly string name;

    internal HostedRegistry(Ledger ledger, ILogger logger)
    {
        Ledger = ledger;
        this.logger = logger;
        name = ledger.Registry.ToString();
    }

    /// <summary>The registry's id.</summary>
    public RegistryId Id => Ledger.Registry;

    /// <summary>The ledger, opened on its store. Read balances from <see cref="Ledger.Current"/>.</summary>
    public Ledger Ledger { get; }

    /// <summary>
    /// Runs one operation, for example <c>registry.RunAsync("transfer", id, l =&gt; l.TransferAsync(id, …))</c>: logs it when
    /// committed (registry, operation, operation id, event sequence) or refused (the refusal's type, never its message,
    /// which may hold names), counts it, and traces it. The result or the refusal is returned to the caller unchanged.
    /// </summary>
    /// <typeparam name="T">The operation's event type.</typeparam>
    /// <param name="operation">A short name of the operation, for example <c>transfer</c>.</param>
    /// <param name="operationId">The operation id the caller chose (for the log).</param>
    /// <param name="run">The operation.</param>
    /// <returns>The operation's event.</returns>
    public async Task<T> RunAsync<T>(string operation, OperationId operationId, Func<Ledger, Task<T>> run)
        where T : Registry.Events.LedgerEvent
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        ArgumentNullException.ThrowIfNull(run);
        using Activity? activity = RegistryTelemetry.Source.StartActivity("carbonledger.operation");
        activity?.SetTag("carbonledger.registry", name);
        activity?.SetTag("carbonledger.operation", operation);
        try
        {
            T e = await run(Ledger).ConfigureAwait(false);
            RegistryTelemetry.Operations.Add(1, RegistryTelemetry.RegistryTag(name),
                new KeyValuePair<string, object?>("carbonledger.operation", operation), new KeyValuePair<string, object?>("carbonledger.outcome", "committed"));
            LogCommitted(logger, name, operation, operationId.Value, e.Sequence);
            return e;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or Storage.RegistryStoreException or OperationCanceledException)
        {
            string type = ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, type);
            RegistryTelemetry.Operations.Add(1, RegistryTelemetry.RegistryTag(name),
                new KeyValuePair<string, object?>("carbonledger.operation", operation), new KeyValuePair<string, object?>("carbonledger.outcome", "refused"));
            RegistryTelemetry.Refusals.Add(1, RegistryTelemetry.RegistryTag(name),
                new KeyValuePair<string, object?>("carbonledger.operation", operation), new KeyValuePair<string, object?>("error.type", type));
            LogRefused(logger, name, operation, operationId.Value, type);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Registry {Registry}: {Operation} {OperationId} committed as event {Sequence}")]
    private static partial void LogCommitted(ILogger logger, string registry, string operation, string operationId, long sequence);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Registry {Registry}: {Operation} {OperationId} refused ({Refusal})")]
    private static partial void LogRefused(ILogger logger, string registry, string operation, string operationId, string refusal);
}
