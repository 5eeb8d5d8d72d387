namespace CarbonLedger.Registry.Trust;

/// <summary>How a history compares with a checkpoint, or how a signed checkpoint's signature checks.</summary>
public enum CheckpointStatus
{
    /// <summary>The history has the checkpoint's event (and the signature, where checked, verifies).</summary>
    Matches = 0,

    /// <summary>The history ends before the checkpoint's event: events were cut from the end.</summary>
    HistoryShorter = 1,

    /// <summary>The history's event at the checkpoint's sequence has another hash or instant: the history was rewritten.</summary>
    HistoryDiffers = 2,

    /// <summary>The history is of another registry than the checkpoint.</summary>
    OtherRegistry = 3,

    /// <summary>The checkpoint's signature is not by a key of its registry valid at its instant, or does not verify.</summary>
    SignatureInvalid = 4,
}
