using System;
using CarbonLedger.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CarbonLedger registries in a .NET host's container.</summary>
public static class CarbonLedgerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the registries that <paramref name="configuration"/> (a section such as <c>CarbonLedger</c>) lists, and a
    /// hosted service that opens them at start-up and closes them at shutdown. Resolve <see cref="RegistryHost"/> to use
    /// them. The host must register a <see cref="NodaTime.IClock"/> and logging.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddCarbonLedgerRegistries(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CarbonLedgerHostingOptions>().Bind(configuration);
        services.TryAddSingleton<RegistryHost>();
        services.AddHostedService(static sp => sp.GetRequiredService<RegistryHost>());
        return services;
    }
}
