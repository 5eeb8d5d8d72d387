namespace CarbonLedger.Registry.Reconciliation;

/// <summary>One problem found by a reconciliation.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Registry">The registry whose history shows it.</param>
/// <param name="Operation">The operation id of the event concerned (the default value for chain or checkpoint problems).</param>
/// <param name="Message">What was found, naming registries, operation ids, sequences and hashes.</param>
public sealed record Mismatch(MismatchKind Kind, RegistryId Registry, OperationId Operation, string Message);
