using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CarbonLedger.Hosting;

/// <summary>
/// The names under which hosted registries report metrics and traces. Point OpenTelemetry at them:
/// <c>.WithMetrics(m =&gt; m.AddMeter(RegistryTelemetry.Name))</c> and <c>.WithTracing(t =&gt; t.AddSource(RegistryTelemetry.Name))</c>.
/// </summary>
/// <remarks>
/// Instruments (every one tagged <c>carbonledger.registry</c>):
/// <list type="bullet">
/// <item><c>carbonledger.operations</c> (counter): operations run, tagged <c>carbonledger.operation</c> and
/// <c>carbonledger.outcome</c> (<c>committed</c> or <c>refused</c>).</item>
/// <item><c>carbonledger.refusals</c> (counter): refused operations, tagged <c>carbonledger.operation</c> and
/// <c>error.type</c> (the exception's type name).</item>
/// <item><c>carbonledger.store.commit.duration</c> (histogram, seconds): how long each durable commit took.</item>
/// <item><c>carbonledger.store.commit.events</c> (histogram): events per commit, the group size of group commit.</item>
/// </list>
/// Activities: <c>carbonledger.operation</c> per operation and <c>carbonledger.store.append</c> per commit. No tag holds
/// an actor, a beneficiary or a connection string.
/// </remarks>
public static class RegistryTelemetry
{
    /// <summary>The meter's and the activity source's name: <c>CarbonLedger</c>.</summary>
    public const string Name = "CarbonLedger";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);
    internal static readonly Counter<long> Operations = Meter.CreateCounter<long>("carbonledger.operations", "{operation}", "Registry operations run");
    internal static readonly Counter<long> Refusals = Meter.CreateCounter<long>("carbonledger.refusals", "{operation}", "Registry operations refused");
    internal static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>("carbonledger.store.commit.duration", "s", "Duration of a durable store commit");
    internal static readonly Histogram<long> CommitEvents = Meter.CreateHistogram<long>("carbonledger.store.commit.events", "{event}", "Ledger events per store commit (the group size)");

    internal static KeyValuePair<string, object?> RegistryTag(string registry) => new("carbonledger.registry", registry);
}
