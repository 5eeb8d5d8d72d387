using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.PostgreSql;
using CarbonLedger.Registry;
using CarbonLedger.Sqlite;
using CarbonLedger.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CarbonLedger.Hosting;

/// <summary>
/// Opens the configured registries when the host starts (verifying each store's hash chain, and its pinned head if one
/// is configured) and closes them when it stops. Resolve it from the container and call <see cref="Get"/>.
/// </summary>
public sealed partial class RegistryHost : IHostedService, IAsyncDisposable
{
    private readonly CarbonLedgerHostingOptions options;
    private readonly IClock clock;
    private readonly ILoggerFactory loggers;
    private readonly ILogger logger;
    private readonly Dictionary<RegistryId, (HostedRegistry Registry, IRegistryStore Store)> open = [];

    /// <summary>Creates the host of the configured registries; nothing is opened before <see cref="StartAsync"/>.</summary>
    /// <param name="options">The registries to run.</param>
    /// <param name="clock">The clock the ledgers stamp events with (in production, NodaTime's system clock, registered by the host).</param>
    /// <param name="loggers">Where operations and refusals are logged.</param>
    public RegistryHost(IOptions<CarbonLedgerHostingOptions> options, IClock clock, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(loggers);
        this.options = options.Value;
        this.clock = clock;
        this.loggers = loggers;
        logger = loggers.CreateLogger<RegistryHost>();
    }

    /// <summary>The open registries.</summary>
    public IReadOnlyCollection<HostedRegistry> Registries => open.Values.Select(static v => v.Registry).ToList();

    /// <summary>The open registry <paramref name="id"/>.</summary>
    /// <param name="id">The registry.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="KeyNotFoundException">The host runs no such registry, or has not started.</exception>
    public HostedRegistry Get(RegistryId id) => open.TryGetValue(id, out var r)
        ? r.Registry
        : throw new KeyNotFoundException($"This host runs no registry {id} (it runs {string.Join(", ", open.Keys)})");

    /// <summary>Opens every configured registry; if one cannot be opened, those already opened are closed again.</summary>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>A task that completes when every registry is open.</returns>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            for (int i = 0; i < options.Registries.Count; i++)
            {
                HostedRegistryOptions o = options.Registries[i];
                HostedRegistryOptionsValidation.Check(o, i);
                var id = RegistryId.Parse(o.Registry);
                IRegistryStore store = new InstrumentedStore(await OpenStoreAsync(id, o, cancellationToken).ConfigureAwait(false), o.Registry);
                try
                {
                    Ledger ledger = await OpenLedgerAsync(store, id, o, cancellationToken).ConfigureAwait(false);
                    open.Add(id, (new HostedRegistry(ledger, loggers.CreateLogger("CarbonLedger.Registry." + o.Registry)), store));
                    LogOpened(logger, o.Registry, o.Store!.Value.ToString(), ledger.Current.Events.Count, ledger.Current.HeadHash.ToString());
                }
                catch
                {
                    await store.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            }
        }
        catch
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes every registry: waits for operations in flight to commit, then releases the stores.</summary>
    /// <param name="cancellationToken">Not used: closing always completes, so that no writer lease is left held.</param>
    /// <returns>A task that completes when everything is closed.</returns>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach ((HostedRegistry registry, IRegistryStore store) in open.Values)
        {
            await registry.Ledger.CloseAsync().ConfigureAwait(false);
            await store.DisposeAsync().ConfigureAwait(false);
        }
        open.Clear();
    }

    /// <summary>Closes every registry (as <see cref="StopAsync"/>).</summary>
    /// <returns>A task that completes when everything is closed.</returns>
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private static async Task<IRegistryStore> OpenStoreAsync(RegistryId id, HostedRegistryOptions o, CancellationToken ct) => o.Store switch
    {
        RegistryStoreKind.Sqlite => await SqliteRegistryStore.OpenAsync(o.Path!,
            new SqliteStoreOptions { WriterWait = o.WriterWait, CreateIfMissing = o.CreateIfMissing }, ct).ConfigureAwait(false),
        _ => await PostgreSqlRegistryStore.OpenAsync(o.ConnectionString!, id,
            new PostgreSqlStoreOptions { WriterWait = o.WriterWait }, ct).ConfigureAwait(false),
    };

    private async Task<Ledger> OpenLedgerAsync(IRegistryStore store, RegistryId id, HostedRegistryOptions o, CancellationToken ct)
    {
        bool empty = (await store.ReadEventsAsync(0, 1, ct).ConfigureAwait(false)).Count == 0;
        if (empty)
        {
            if (!o.CreateIfMissing)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Registry {o.Registry}: the store holds no registry and CreateIfMissing is false; set it to create the registry"));
            }
            return await Ledger.CreateAsync(store, id, ActorId.Create(o.Administrator!), clock, ct).ConfigureAwait(false);
        }
        EventHash? head = o.ExpectedHead is null ? null : EventHash.Parse(o.ExpectedHead);
        return await Ledger.OpenAsync(store, clock, head, ct).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Registry {Registry} opened on {Store}: {Events} events verified, head {Head}")]
    private static partial void LogOpened(ILogger logger, string registry, string store, int events, string head);
}
