using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Storage;
using Xunit;

namespace CarbonLedger.Sqlite.Tests;

/// <summary>
/// A full disk and a read-only file system, made real with a small tmpfs mounted by the test (it needs root, which
/// CI has). Without root the test fails in CI (CI=true) and, locally, returns after saying so; the injected-failure
/// test in <see cref="StoredLedgerTest"/> covers the same rollback without a mount.
/// </summary>
public sealed class FileSystemFaultTest
{
    private static string? Mount(string options)
    {
        string folder = Path.Combine(Path.GetTempPath(), "carbonledger-tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder) == 0)
        {
            return folder;
        }
        Directory.Delete(folder);
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            "mounting a tmpfs failed; CI runs as root and must run the disk tests");
        Console.WriteLine("FileSystemFaultTest: cannot mount a tmpfs here (not root); run the tests as root (as .ci/run does)");
        return null;
    }

    private static void Unmount(string folder)
    {
        Run("umount", folder);
        Directory.Delete(folder, recursive: true);
    }

    private static int Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }
        try
        {
            using Process process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    [Fact]
    public async Task DiskFull_GroupFailsAndIsRolledBack_StoreStaysVerifiable()
    {
        string? folder = Mount("size=1m");
        if (folder is null)
        {
            return;
        }
        try
        {
            string file = Path.Combine(folder, "registry.db");
            var accepted = 0;
            string live;
            await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(file))
            {
                RegistryId jpn = SampleHistory.Jpn;
                Ledger ledger = await Ledger.CreateAsync(store, jpn, SampleHistory.Admin, SampleHistory.Clock());
                AccountId a = AccountId.Create(jpn, 1);
                await ledger.OpenAccountAsync(OperationId.Create("open-1"), SampleHistory.Admin, Account.Create(a, SampleHistory.Holder, AccountType.EntityHolding));
                RegistryStoreException? full = null;
                for (int i = 0; i < 100_000 && full is null; i++)
                {
                    string before = ledger.Current.HeadHash.ToString();
                    try
                    {
                        // Many blocks per issuance, so that each event is large and the disk fills quickly.
                        var blocks = new CreditBlock[200];
                        for (int b = 0; b < blocks.Length; b++)
                        {
                            long start = (((long)i * blocks.Length) + b) * 10 + 1;
                            blocks[b] = CreditBlock.Create(SerialBlock.FromRange(start, start + 4), CreditAttributes.Create(jpn, ProjectId.Parse("KZ001"), 2025));
                        }
                        await ledger.IssueAsync(OperationId.Create("issue-" + i), SampleHistory.Admin, a, blocks);
                        accepted++;
                    }
                    catch (RegistryStoreException ex)
                    {
                        full = ex;
                        Assert.Equal(before, ledger.Current.HeadHash.ToString());
                    }
                }
                Assert.NotNull(full);
                Assert.Equal(StoreFailure.WriteFailed, full.Failure);
                Assert.Contains(file, full.Message, StringComparison.Ordinal);
                Assert.Equal(accepted + 2, ledger.Current.EventCount);
                live = ledger.Current.HeadHash.ToString();
                await ledger.CloseAsync();
            }
            await using SqliteRegistryStore reopened = await SqliteRegistryStore.OpenAsync(file, new SqliteStoreOptions { ReadOnly = true });
            Ledger back = await Ledger.OpenAsync(reopened, SampleHistory.Clock());
            Assert.Equal(live, back.Current.HeadHash.ToString());
            Assert.True(accepted > 0);
        }
        finally
        {
            Unmount(folder);
        }
    }

    [Fact]
    public async Task ReadOnlyFileSystem_WriterRefusedNamingTheFile_ReaderStillReads()
    {
        string? folder = Mount("size=4m");
        if (folder is null)
        {
            return;
        }
        try
        {
            string file = Path.Combine(folder, "registry.db");
            await using (SqliteRegistryStore store = await SqliteRegistryStore.OpenAsync(file))
            {
                await store.AppendAsync(SampleHistory.Commit(SampleHistory.Rows(SampleHistory.Build())));
            }
            Assert.Equal(0, Run("mount", "-o", "remount,ro", folder));
            RegistryStoreException ex = await Assert.ThrowsAsync<RegistryStoreException>(() => SqliteRegistryStore.OpenAsync(file));
            Assert.Equal(StoreFailure.ReadOnly, ex.Failure);
            Assert.Contains(file, ex.Message, StringComparison.Ordinal);
            await using SqliteRegistryStore reader = await SqliteRegistryStore.OpenAsync(file, new SqliteStoreOptions { ReadOnly = true });
            Ledger ledger = await Ledger.OpenAsync(reader, SampleHistory.Clock());
            Assert.Equal(SampleHistory.Build().Current.HeadHash, ledger.Current.HeadHash);
        }
        finally
        {
            Unmount(folder);
        }
    }
}
