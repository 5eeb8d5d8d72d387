using System;

namespace CarbonLedger.Hosting;

/// <summary>
/// One registry a host runs, as bound from configuration, for example the section
/// <c>CarbonLedger:Registries:KAZ01</c> with <c>Store</c>, <c>Path</c> or <c>ConnectionString</c>, and
/// <c>Administrator</c>.
/// </summary>
public sealed class HostedRegistryOptions
{
    /// <summary>The registry id, for example <c>KAZ01</c>. Required.</summary>
    public string Registry { get; set; } = string.Empty;

    /// <summary>The store kind. Required.</summary>
    public RegistryStoreKind? Store { get; set; }

    /// <summary>The SQLite file, for <see cref="RegistryStoreKind.Sqlite"/>.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// The Npgsql connection string, for <see cref="RegistryStoreKind.PostgreSql"/>. Keep passwords out of configuration
    /// files: use a secret store or an environment variable. It is never logged.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The administrator actor recorded when the registry is created in an empty store.</summary>
    public string? Administrator { get; set; }

    /// <summary>Whether an empty store may be initialised with a new registry at start-up. The default is false.</summary>
    public bool CreateIfMissing { get; set; }

    /// <summary>
    /// The head hash (64 hexadecimal digits) the history must end with, pinned from a copy held elsewhere; null to
    /// accept the stored head after verifying the chain.
    /// </summary>
    public string? ExpectedHead { get; set; }

    /// <summary>How long to wait at start-up for another process to release the writer lease. The default is zero.</summary>
    public TimeSpan WriterWait { get; set; }
}
