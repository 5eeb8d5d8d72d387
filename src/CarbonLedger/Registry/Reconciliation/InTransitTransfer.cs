using NodaTime;

namespace CarbonLedger.Registry.Reconciliation;

/// <summary>An outgoing transfer neither acquired nor returned yet: its credits are in neither registry.</summary>
/// <param name="Sender">The sending registry.</param>
/// <param name="Receiver">The registry it is addressed to.</param>
/// <param name="Operation">The sender's operation id.</param>
/// <param name="Sequence">The outgoing event's sequence in the sender's history.</param>
/// <param name="Quantity">How many credits.</param>
/// <param name="Since">When it was sent.</param>
/// <param name="Age">How long it has been in transit at the reconciliation's instant (zero if sent later).</param>
/// <param name="Refused">Whether the receiver refused it and the sender has yet to record the return.</param>
public sealed record InTransitTransfer(RegistryId Sender, RegistryId Receiver, OperationId Operation, long Sequence, long Quantity,
    Instant Since, Duration Age, bool Refused);
