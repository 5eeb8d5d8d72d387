using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;

namespace CarbonLedger.Benchmarks.Registry;

/// <summary>Rebuilding a registry from a history of 1,000,000 events (1,000 accounts, then splitting transfers).</summary>
[MemoryDiagnoser]
public class LedgerReplayBenchmarks
{
    private IReadOnlyList<LedgerEvent> history = null!;

    /// <summary>Events in the history.</summary>
    [Params(1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup() => history = BenchmarkRegistry.History(Events);

    /// <summary>Baseline: fold the events into a mutable dictionary of balances (no holdings, checks or hashes).</summary>
    [Benchmark(Baseline = true)]
    public int BalancesDictionary()
    {
        var balances = new Dictionary<AccountId, long>();
        foreach (LedgerEvent e in history)
        {
            switch (e)
            {
                case CreditsIssued i:
                    balances[i.To] = balances.GetValueOrDefault(i.To) + i.Quantity;
                    break;
                case CreditMovement m:
                    balances[m.From] -= m.Quantity;
                    balances[m.To] = balances.GetValueOrDefault(m.To) + m.Quantity;
                    break;
            }
        }
        return balances.Count;
    }

    /// <summary>Applies every event to the persistent state (the replay proper, without hash verification).</summary>
    [Benchmark]
    public int Rebuild() => Ledger.Rebuild(history, history.Count, null).NextSequence;

    /// <summary><see cref="Ledger.Replay"/>: verifies the hash chain, then rebuilds state, log and idempotency index.</summary>
    [Benchmark]
    public int ReplayVerified() => Ledger.Replay(history, new TickingClock()).Current.EventCount;
}
