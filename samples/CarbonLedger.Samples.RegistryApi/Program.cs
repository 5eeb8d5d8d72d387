// A minimal registry service: one or more CarbonLedger registries on SQLite or PostgreSQL (from configuration),
// an HTTP API to open accounts, issue, transfer and read balances. Run it with, for example:
//   dotnet run --project samples/CarbonLedger.Samples.RegistryApi -- --urls http://127.0.0.1:5080
// and configure registries in appsettings.json or with --CarbonLedger:Registries:0:Path=kaz01.db and so on.
using CarbonLedger.Samples.RegistryApi;
using Microsoft.AspNetCore.Builder;

WebApplication app = RegistryApi.Build(args);
await app.RunAsync();
