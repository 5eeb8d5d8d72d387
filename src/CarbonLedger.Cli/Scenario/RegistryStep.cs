using NodaTime;

namespace CarbonLedger.Cli.Scenario;

/// <summary>One registry operation of the scenario, as printed: when, where, what, between which accounts, how many credits.</summary>
internal sealed record RegistryStep(Instant Instant, string Registry, string Operation, string From, string To, long Credits, string Note);
