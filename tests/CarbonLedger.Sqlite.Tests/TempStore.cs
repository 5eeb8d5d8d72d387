using System;
using System.IO;

namespace CarbonLedger.Sqlite.Tests;

/// <summary>A fresh folder for one test's store files, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    internal TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "carbonledger-sqlite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    internal string Folder { get; }

    internal string File => Path.Combine(Folder, "registry.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the folder is under the temporary directory.
        }
    }
}
