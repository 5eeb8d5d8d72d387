using System;

namespace CarbonLedger.Registry;

/// <summary>
/// A history cannot be trusted or replayed: its hash chain is broken (see <see cref="Verification"/>), or an event
/// does not fit the state built from the events before it.
/// </summary>
public sealed class LedgerHistoryException : RegistryException
{
    internal LedgerHistoryException(ChainVerification verification)
        : base("The history failed hash-chain verification: " + verification.Message)
    {
        Verification = verification;
        Sequence = verification.Sequence;
    }

    internal LedgerHistoryException(long sequence, Exception innerException)
        : base(FormattableString.Invariant($"Event {sequence} cannot be replayed: {innerException.Message}"), innerException)
    {
        Sequence = sequence;
    }

    /// <summary>The failed verification, when the chain itself is broken; null when an event did not fit the state.</summary>
    public ChainVerification? Verification { get; }

    /// <summary>The sequence number of the offending event.</summary>
    public long Sequence { get; }
}
