using System;
using System.Globalization;
using CarbonLedger.Registry;

namespace CarbonLedger.Hosting;

/// <summary>Checks one configured registry, naming the configuration key that is wrong.</summary>
internal static class HostedRegistryOptionsValidation
{
    internal static void Check(HostedRegistryOptions o, int index)
    {
        string key = string.Create(CultureInfo.InvariantCulture, $"CarbonLedger:Registries:{index}");
        if (!RegistryId.TryParse(o.Registry, out _))
        {
            throw new InvalidOperationException($"{key}:Registry '{o.Registry}' is not a registry id (for example KAZ01)");
        }
        switch (o.Store)
        {
            case RegistryStoreKind.Sqlite when string.IsNullOrWhiteSpace(o.Path):
                throw new InvalidOperationException($"{key}:Path is required for a Sqlite store");
            case RegistryStoreKind.PostgreSql when string.IsNullOrWhiteSpace(o.ConnectionString):
                throw new InvalidOperationException($"{key}:ConnectionString is required for a PostgreSql store");
            case null:
                throw new InvalidOperationException($"{key}:Store is required (Sqlite or PostgreSql)");
        }
        if (o.CreateIfMissing && string.IsNullOrWhiteSpace(o.Administrator))
        {
            throw new InvalidOperationException($"{key}:Administrator is required when CreateIfMissing is true");
        }
        if (o.ExpectedHead is not null && o.ExpectedHead.Length != 64)
        {
            throw new InvalidOperationException($"{key}:ExpectedHead must be 64 hexadecimal digits");
        }
        if (o.WriterWait < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{key}:WriterWait must not be negative");
        }
    }
}
