using CarbonLedger.Registry.Trust;

namespace CarbonLedger.Registry.Reconciliation;

/// <summary>A signed checkpoint as checked against its registry's history.</summary>
/// <param name="Checkpoint">The checkpoint.</param>
/// <param name="Comparison">Whether the signature verifies and the history matches.</param>
public sealed record CheckpointResult(SignedCheckpoint Checkpoint, CheckpointComparison Comparison);
