using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>
/// The holder sent credits to an account of another registry (the outgoing half of an international transfer). The
/// receiving registry records the incoming half as <see cref="CreditsAcquired"/>, exactly once.
/// </summary>
public sealed class CreditsTransferredOut : CreditMovement
{
    internal CreditsTransferredOut(EventHeader header, AccountId from, AccountId to, CreditSelection selection, ImmutableArray<CreditBlock> blocks)
        : base(header, from, to, selection, blocks)
    {
    }

    /// <summary>The receiving registry.</summary>
    public RegistryId DestinationRegistry => To.Registry;

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsTransferredOut;
}
