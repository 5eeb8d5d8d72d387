namespace CarbonLedger.Registry.Trust;

/// <summary>The outcome of comparing a history with a checkpoint: a status and a message naming events and hashes.</summary>
/// <param name="Status">Whether the history matches, and if not how it differs.</param>
/// <param name="Message">What was found, for example <c>the history ends at event #7, before the checkpoint's event #9</c>.</param>
public sealed record CheckpointComparison(CheckpointStatus Status, string Message)
{
    /// <summary>Whether the history matches the checkpoint.</summary>
    public bool Matches => Status == CheckpointStatus.Matches;
}
