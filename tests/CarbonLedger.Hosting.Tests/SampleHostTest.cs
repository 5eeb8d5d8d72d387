using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using CarbonLedger.PostgreSql.Tests;
using CarbonLedger.Samples.RegistryApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CarbonLedger.Hosting.Tests;

public class SampleHostTest
{
    [Fact]
    public async Task SampleHost_OnSqlite_TakesATransferOverLoopbackAndServesBalances()
    {
        string dir = Directory.CreateTempSubdirectory("carbonledger-host-").FullName;
        try
        {
            string path = Path.Combine(dir, "kaz01.db");
            await RunSessionAsync(["--CarbonLedger:Registries:0:Store=Sqlite", $"--CarbonLedger:Registries:0:Path={path}"]);
            // A second start opens the same file, verifies it and serves the balances the first left.
            await using Host host = await Host.StartAsync(["--CarbonLedger:Registries:0:Store=Sqlite", $"--CarbonLedger:Registries:0:Path={path}"]);
            Assert.Equal(90, await host.BalanceAsync("KAZ01-1"));
            Assert.Equal(10, await host.BalanceAsync("KAZ01-2"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [PostgreSqlFact]
    public async Task SampleHost_OnPostgreSql_TakesATransferOverLoopbackAndServesBalances()
    {
        await using PostgreSqlServer.TestDatabase database = await PostgreSqlServer.CreateDatabaseAsync();
        await RunSessionAsync(["--CarbonLedger:Registries:0:Store=PostgreSql", $"--CarbonLedger:Registries:0:ConnectionString={database.Primary}"]);
    }

    [Fact]
    public async Task StartAsync_MissingPath_NamesTheConfigurationKey()
    {
        WebApplication app = RegistryApi.Build(["--urls", "http://127.0.0.1:0", "--CarbonLedger:Registries:0:Registry=KAZ01",
            "--CarbonLedger:Registries:0:Store=Sqlite", "--CarbonLedger:Registries:0:Path="]);   // blank over the sample's appsettings.json
        InvalidOperationException e = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
        Assert.Equal("CarbonLedger:Registries:0:Path is required for a Sqlite store", e.Message);
        await app.DisposeAsync();
    }

    private static async Task RunSessionAsync(string[] store)
    {
        var measurements = new ConcurrentBag<(string Instrument, object Value, string Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == RegistryTelemetry.Name)
            {
                l.EnableMeasurementEvents(i);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, Outcome(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, Outcome(tags))));
        listener.Start();

        await using Host host = await Host.StartAsync(store);
        await host.PostOkAsync("accounts", new { operationId = "open-1", actor = "KAZ01 administrator", account = "KAZ01-1", holder = "Example Solar LLP", type = "EntityHolding" });
        await host.PostOkAsync("accounts", new { operationId = "open-2", actor = "KAZ01 administrator", account = "KAZ01-2", holder = "Example Buyer", type = "EntityHolding" });
        await host.PostOkAsync("issuances", new { operationId = "issue-1", actor = "KAZ01 administrator", to = "KAZ01-1", project = "KZ001", vintage = 2025, firstSerial = 1, lastSerial = 100 });
        await host.PostOkAsync("transfers", new { operationId = "transfer-1", actor = "Example Solar LLP", from = "KAZ01-1", to = "KAZ01-2", quantity = 10 });
        HttpResponseMessage refused = await host.PostAsync("transfers", new { operationId = "transfer-2", actor = "Example Solar LLP", from = "KAZ01-1", to = "KAZ01-2", quantity = 1_000 });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(90, await host.BalanceAsync("KAZ01-1"));
        Assert.Equal(10, await host.BalanceAsync("KAZ01-2"));
        Assert.Contains(measurements, m => m.Instrument == "carbonledger.operations" && m.Outcome == "committed");
        Assert.Contains(measurements, m => m.Instrument == "carbonledger.refusals");
        Assert.Contains(measurements, m => m.Instrument == "carbonledger.store.commit.duration");
        Assert.Contains(measurements, m => m.Instrument == "carbonledger.store.commit.events" && (long)m.Value >= 1);
        Assert.Contains(host.Logs, l => l.Contains("transfer transfer-1 committed as event", StringComparison.Ordinal));
        Assert.Contains(host.Logs, l => l.Contains("transfer transfer-2 refused", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs, l => l.Contains("Example Solar LLP", StringComparison.Ordinal));   // no actors in the log
        Assert.DoesNotContain(host.Logs, l => l.Contains("Password", StringComparison.OrdinalIgnoreCase) || l.Contains("Host=", StringComparison.Ordinal));
    }

    private static string Outcome(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (KeyValuePair<string, object?> t in tags)
        {
            if (t.Key == "carbonledger.outcome")
            {
                return (string)t.Value!;
            }
        }
        return string.Empty;
    }

    /// <summary>The sample started in this process on a loopback port, with its log lines collected.</summary>
    private sealed class Host : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly HttpClient http;

        private Host(WebApplication app, HttpClient http, LogLines logs)
        {
            this.app = app;
            this.http = http;
            Logs = logs.Lines;
        }

        internal ConcurrentQueue<string> Logs { get; }

        internal static async Task<Host> StartAsync(string[] store)
        {
            var logs = new LogLines();
            WebApplication app = RegistryApi.Build([.. new[] { "--urls", "http://127.0.0.1:0", "--CarbonLedger:Registries:0:Registry=KAZ01",
                "--CarbonLedger:Registries:0:Administrator=KAZ01 administrator", "--CarbonLedger:Registries:0:CreateIfMissing=true" }, .. store]);
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
            await app.StartAsync();
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            return new Host(app, new HttpClient { BaseAddress = new Uri(address) }, logs);
        }

        internal Task<HttpResponseMessage> PostAsync(string what, object body) => http.PostAsJsonAsync($"/registries/KAZ01/{what}", body);

        internal async Task PostOkAsync(string what, object body)
        {
            HttpResponseMessage r = await PostAsync(what, body);
            Assert.True(r.IsSuccessStatusCode, $"POST {what}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }

        internal async Task<long> BalanceAsync(string account)
        {
            using JsonDocument d = JsonDocument.Parse(await http.GetStringAsync("/registries/KAZ01/balances"));
            return d.RootElement.EnumerateArray().Single(e => e.GetProperty("account").GetString() == account).GetProperty("balance").GetInt64();
        }

        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed class LogLines : ILoggerProvider
    {
        internal ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(Lines);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
