using System;
using System.Linq;
using System.Threading.Tasks;
using CarbonLedger.Registry;
using Xunit;

namespace CarbonLedger.Sqlite.Tests;

/// <summary>Two real processes on one store file: the second writer is refused, or waits when told to; the chain never forks.</summary>
public sealed class SecondWriterProcessTest
{
    [Fact]
    public async Task SecondWriterProcess_RefusedAtOnceOrWaitsForTheFirst_ChainNeverForks()
    {
        using var temp = new TempStore();
        using ChildProcess holder = ChildProcess.Start("hold", temp.File);
        holder.WaitFor("holding", TimeSpan.FromSeconds(60));

        using (ChildProcess refused = ChildProcess.Start("append", temp.File, "0", "second-1"))
        {
            string line = refused.WaitFor("locked", TimeSpan.FromSeconds(60));
            Assert.Equal(3, refused.WaitForExit(TimeSpan.FromSeconds(30)));
            Assert.Contains("already has a writer", line, StringComparison.Ordinal);
            Assert.Contains(temp.File, line, StringComparison.Ordinal);
        }

        using ChildProcess waiting = ChildProcess.Start("append", temp.File, "60", "second-2");
        await Task.Delay(1_000);
        Assert.False(waiting.HasExited);
        holder.CloseInput();
        Assert.Equal(0, holder.WaitForExit(TimeSpan.FromSeconds(30)));
        waiting.WaitFor("appended", TimeSpan.FromSeconds(60));
        Assert.Equal(0, waiting.WaitForExit(TimeSpan.FromSeconds(30)));

        await using SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(temp.File, new SqliteStoreOptions { ReadOnly = true });
        Ledger ledger = await Ledger.OpenAsync(store, SampleHistory.Clock());
        Assert.True(HashChain.Verify(ledger.Current.Events).IsValid);
        string[] ids = ledger.Current.Events.Select(e => e.OperationId.Value).ToArray();
        Assert.Contains("second-2", ids);
        Assert.DoesNotContain("second-1", ids);
    }
}
