using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.State;
using NodaTime;

namespace CarbonLedger.Benchmarks.Registry;

/// <summary>
/// A reporting service asking for the registry at twelve instants in increasing order (say, month-ends) over a history
/// of 1,000,000 events. Every iteration asks a fresh copy of the ledger (made before the iteration, not measured), so
/// nothing remembered by an earlier iteration is reused.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class LedgerAsOfBenchmarks
{
    private const int Questions = 12;

    private IReadOnlyList<LedgerEvent> history = null!;
    private Ledger ledger = null!;
    private LedgerSnapshot snapshot = null!;
    private readonly int[] prefixes = new int[Questions];
    private readonly Instant[] instants = new Instant[Questions];

    /// <summary>Events in the history.</summary>
    [Params(1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        history = BenchmarkRegistry.History(Events);
        ledger = Ledger.Replay(history, new TickingClock());
        for (int k = 0; k < Questions; k++)
        {
            // Every event has its own instant (the clock ticks once per reading), so the instant of event n - 1 selects
            // exactly the first n events. The last question stays short of the whole history.
            prefixes[k] = (int)((long)history.Count * (k + 1) / (Questions + 1));
            instants[k] = history[prefixes[k] - 1].Instant;
        }
    }

    [IterationSetup]
    public void FreshLedger() => snapshot = ledger.Fork().Current;

    /// <summary>Baseline: what each question cost before the ledger remembered its last answer, a replay of its prefix from the first event.</summary>
    [Benchmark(Baseline = true)]
    public long TwelvePrefixReplays()
    {
        long events = 0;
        foreach (int prefix in prefixes)
        {
            events += Ledger.Rebuild(LedgerState.CreateEmpty(), history, 0, prefix, null, checkPicks: false).NextSequence;
        }
        return events;
    }

    /// <summary>The twelve questions through <see cref="LedgerSnapshot.AsOf"/>, answers kept (as a report would keep them).</summary>
    [Benchmark]
    public long TwelveAsOfAscending()
    {
        var answers = new LedgerSnapshot[Questions];
        long events = 0;
        for (int k = 0; k < Questions; k++)
        {
            answers[k] = snapshot.AsOf(instants[k]);
            events += answers[k].EventCount;
        }
        return events;
    }

    /// <summary>For scale: one question at the last instant alone.</summary>
    [Benchmark]
    public long OneAsOfAtTheLast() => snapshot.AsOf(instants[Questions - 1]).EventCount;
}
