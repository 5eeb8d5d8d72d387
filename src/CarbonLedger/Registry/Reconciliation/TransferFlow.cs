namespace CarbonLedger.Registry.Reconciliation;

/// <summary>What one registry sent to another, and what became of it.</summary>
/// <param name="Sender">The sending registry.</param>
/// <param name="Receiver">The receiving registry.</param>
/// <param name="Transfers">Outgoing transfers.</param>
/// <param name="Credits">Credits sent.</param>
/// <param name="Acquired">Transfers matched to exactly one acquisition.</param>
/// <param name="AcquiredCredits">Credits acquired.</param>
/// <param name="Returned">Transfers refused and returned.</param>
/// <param name="ReturnedCredits">Credits returned.</param>
/// <param name="InTransit">Transfers neither acquired nor returned (including refused ones awaiting their return).</param>
/// <param name="InTransitCredits">Credits in transit.</param>
/// <param name="Unsigned">Acquisitions or refusals recorded without a sender's signature (in-process transfers).</param>
public sealed record TransferFlow(RegistryId Sender, RegistryId Receiver, long Transfers, long Credits, long Acquired, long AcquiredCredits,
    long Returned, long ReturnedCredits, long InTransit, long InTransitCredits, long Unsigned);
