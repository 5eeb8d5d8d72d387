using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CarbonLedger.Storage;

namespace CarbonLedger.Sqlite;

/// <summary>
/// The single-writer lease of a store file: an exclusive lock on <c>{file}.writer</c>, held open for the store's
/// lifetime. On Linux and macOS .NET takes it with <c>flock</c>, on Windows with a sharing mode; either way the
/// operating system releases it when the process dies, so a crashed writer never leaves a stale lease.
/// </summary>
internal sealed class WriterLease : IDisposable
{
    // What .NET reports when the lock is held: ERROR_SHARING_VIOLATION on Windows; on Unix the errno of the refused
    // flock, EWOULDBLOCK (11 on Linux, 35 on macOS).
    private static bool IsHeld(IOException ex) => ex.HResult is unchecked((int)0x80070020) or 11 or 35;

    private readonly FileStream stream;

    private WriterLease(FileStream stream) => this.stream = stream;

    internal static async Task<WriterLease> AcquireAsync(string databasePath, TimeSpan wait, CancellationToken cancellationToken)
    {
        string path = databasePath + ".writer";
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new WriterLease(stream);
            }
            catch (IOException ex) when (IsHeld(ex))
            {
                if (clock.Elapsed >= wait)
                {
                    throw new RegistryStoreException(StoreFailure.Locked,
                        $"Registry store {databasePath} already has a writer (its lease {path} is held by another process or store); "
                        + "open it read-only, or wait for the writer to close", ex);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new RegistryStoreException(StoreFailure.ReadOnly,
                    $"Registry store {databasePath} cannot be opened for writing: its lease file {path} cannot be written", ex);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => stream.Dispose();
}
