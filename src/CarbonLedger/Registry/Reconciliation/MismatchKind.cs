namespace CarbonLedger.Registry.Reconciliation;

/// <summary>What a reconciliation across registries found wrong.</summary>
public enum MismatchKind
{
    /// <summary>A history's hash chain does not verify, or two histories are of the same registry.</summary>
    BrokenChain = 1,

    /// <summary>An acquisition or refusal names an outgoing transfer that the sender's history does not have (or whose history was not given).</summary>
    AcquisitionWithoutTransfer = 2,

    /// <summary>An acquisition or refusal names the outgoing transfer by an id whose event has another hash, sequence or addressee.</summary>
    TransferDiffers = 3,

    /// <summary>An acquisition or refusal carries other quantities or serials than the outgoing transfer.</summary>
    BlocksDiffer = 4,

    /// <summary>One outgoing transfer was acquired or refused more than once, or both acquired and returned.</summary>
    DoubleAcquisition = 5,

    /// <summary>A recorded signature is not by a key of the signing registry valid at the event's instant, or does not verify.</summary>
    BrokenSignature = 6,

    /// <summary>A return names no refusal of that outgoing transfer in the receiver's history, or one that differs.</summary>
    ReturnWithoutRefusal = 7,

    /// <summary>The credits of one outgoing transfer were returned more than once.</summary>
    DoubleReturn = 8,

    /// <summary>A signed checkpoint does not verify, or a history is shorter than or differs from it.</summary>
    CheckpointMismatch = 9,
}
