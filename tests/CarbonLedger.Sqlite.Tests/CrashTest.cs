using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using Xunit;
using Xunit.Abstractions;

namespace CarbonLedger.Sqlite.Tests;

/// <summary>
/// Durability proven by killing: a child process runs random operations on a store (four concurrent callers, so group
/// commits, plus explicit batches) and prints each acknowledged operation id; the test kills it with SIGKILL at a random
/// moment, reopens the store and checks every guarantee, then starts the next child on the same file.
/// </summary>
/// <remarks>
/// <c>CRASH_KILLS</c> sets the number of kills (20 by default, as in CI); <c>eng/sqlite-soak.sh</c> runs 1,000.
/// </remarks>
public sealed class CrashTest(ITestOutputHelper output)
{
    [Fact]
    public async Task RandomOperations_KilledWithSigkill_EveryAcknowledgedOperationSurvivesAndNothingIsHalfApplied()
    {
        int kills = int.TryParse(Environment.GetEnvironmentVariable("CRASH_KILLS"), out int k) ? k : 20;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("CRASH_SEED"), out int s) ? s : Environment.TickCount;
        var random = new Random(seed);
        using var temp = new TempStore();
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        long lastCount = 0;
        for (int run = 0; run < kills; run++)
        {
            string[] lines;
            using (ChildProcess child = ChildProcess.Start("random", temp.File, run.ToString(CultureInfo.InvariantCulture), "4"))
            {
                child.WaitFor("ready", TimeSpan.FromSeconds(60));
                await Task.Delay(random.Next(5, 400));
                lines = child.Kill();
            }
            int before = acknowledged.Count;
            foreach (string line in lines.Where(l => l.StartsWith("ack ", StringComparison.Ordinal)))
            {
                acknowledged.UnionWith(line[4..].Split(' '));
            }
            lastCount = await Check(temp.File, acknowledged, run, seed);
            output.WriteLine($"kill {run}: {acknowledged.Count - before} acknowledged, {lastCount} events stored");
        }
        Assert.True(acknowledged.Count > kills, $"only {acknowledged.Count} operations were acknowledged in {kills} runs (seed {seed})");
    }

    /// <summary>Reopens the store and checks every guarantee; returns the number of events.</summary>
    private static async Task<long> Check(string file, HashSet<string> acknowledged, int run, int seed)
    {
        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(file, new SqliteStoreOptions { ReadOnly = true });
        // Opening verifies the chain and replays every event: a torn or half-written event would fail here.
        Ledger ledger = await Ledger.OpenAsync(store, SampleHistory.Clock());
        LedgerSnapshot snapshot = ledger.Current;
        Assert.True(HashChain.Verify(snapshot.Events).IsValid);
        var present = new HashSet<string>(snapshot.Events.Select(e => e.OperationId.Value), StringComparer.Ordinal);
        string[] lost = acknowledged.Where(id => !present.Contains(id)).ToArray();
        Assert.True(lost.Length == 0, $"after kill {run} (seed {seed}) acknowledged operations are missing: {string.Join(", ", lost.Take(10))}");
        // A batch's ids end with "-k-of-n": all n are there, or none.
        foreach (IGrouping<string, string> batch in present.Where(id => id.StartsWith('b'))
            .GroupBy(id => id[..id.LastIndexOf("-of-", StringComparison.Ordinal)][..^2]))
        {
            int size = int.Parse(batch.First()[(batch.First().LastIndexOf("-of-", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture);
            Assert.True(batch.Count() == size, $"after kill {run} (seed {seed}) batch {batch.Key} is half-applied: {batch.Count()} of {size}");
        }
        Assert.All(snapshot.GetTotals(), t => Assert.True(t.IsConserved, $"after kill {run} (seed {seed}) {t} is not conserved"));
        long issued = snapshot.Events.OfType<CreditsIssued>().Sum(e => e.Blocks.Sum(b => b.Block.Count));
        Assert.Equal(issued, snapshot.GetTotals().Sum(t => t.Issued));
        return snapshot.EventCount;
    }
}
