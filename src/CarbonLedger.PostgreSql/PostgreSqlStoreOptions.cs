using System;

namespace CarbonLedger.PostgreSql;

/// <summary>How <see cref="PostgreSqlRegistryStore.OpenAsync"/> opens a registry in a PostgreSQL database.</summary>
public sealed record PostgreSqlStoreOptions
{
    /// <summary>
    /// Open for reading only: no writer lease is taken, the schema is neither created nor migrated, and appends are
    /// refused. Use it for a reader on a streaming replica. The default is false.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// How long to wait for the registry's writer lease when another session holds it; zero (the default) refuses at
    /// once with <see cref="Storage.StoreFailure.Locked"/>.
    /// </summary>
    public TimeSpan WriterWait { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// How long a writer tries to reconnect after its connection was lost during a commit, to find out whether the
    /// commit was applied. The default is 30 seconds. Past it the outcome is reported as unknown.
    /// </summary>
    public TimeSpan ReconnectWait { get; init; } = TimeSpan.FromSeconds(30);
}
