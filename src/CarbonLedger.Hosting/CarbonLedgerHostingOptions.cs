using System.Collections.Generic;

namespace CarbonLedger.Hosting;

/// <summary>The registries a host runs, bound from a configuration section such as <c>CarbonLedger</c>.</summary>
/// <remarks>
/// <code>
/// "CarbonLedger": { "Registries": [
///   { "Registry": "KAZ01", "Store": "Sqlite", "Path": "kaz01.db", "Administrator": "KAZ01 administrator", "CreateIfMissing": true },
///   { "Registry": "JPN01", "Store": "PostgreSql", "ConnectionString": "Host=…;Database=registries" } ] }
/// </code>
/// </remarks>
public sealed class CarbonLedgerHostingOptions
{
    /// <summary>The registries, each on its own store (several PostgreSQL registries may share one database).</summary>
    public IList<HostedRegistryOptions> Registries { get; } = new List<HostedRegistryOptions>();
}
