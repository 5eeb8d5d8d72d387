using System;

namespace CarbonLedger.Sqlite;

/// <summary>How <see cref="SqliteRegistryStore.OpenAsync"/> opens a store file.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Open for reading only: no writer lease is taken, and appends are refused. The default is false.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// How long to wait for the writer lease when another process (or store) holds it; zero (the default) refuses at
    /// once with <see cref="Storage.StoreFailure.Locked"/>.
    /// </summary>
    public TimeSpan WriterWait { get; init; } = TimeSpan.Zero;

    /// <summary>Whether the file may be created when it does not exist. The default is true (never for a read-only store).</summary>
    public bool CreateIfMissing { get; init; } = true;
}
