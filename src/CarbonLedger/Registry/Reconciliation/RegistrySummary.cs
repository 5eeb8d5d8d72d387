namespace CarbonLedger.Registry.Reconciliation;

/// <summary>One registry's history as reconciled.</summary>
/// <param name="Registry">The registry.</param>
/// <param name="EventCount">How many events its history has.</param>
/// <param name="HeadHash">The last event's hash.</param>
/// <param name="ChainValid">Whether the hash chain verifies.</param>
/// <param name="CheckpointsChecked">How many signed checkpoints of it were checked.</param>
public sealed record RegistrySummary(RegistryId Registry, long EventCount, EventHash HeadHash, bool ChainValid, int CheckpointsChecked);
