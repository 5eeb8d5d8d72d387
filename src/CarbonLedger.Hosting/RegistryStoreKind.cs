namespace CarbonLedger.Hosting;

/// <summary>Which store a hosted registry keeps its history in.</summary>
public enum RegistryStoreKind
{
    /// <summary>A SQLite file (<c>CarbonLedger.Sqlite</c>): <see cref="HostedRegistryOptions.Path"/> names it.</summary>
    Sqlite = 1,

    /// <summary>A PostgreSQL database (<c>CarbonLedger.PostgreSql</c>): <see cref="HostedRegistryOptions.ConnectionString"/> names it.</summary>
    PostgreSql = 2,
}
