using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>The holder moved credits to another non-terminal account of the same registry.</summary>
public sealed class CreditsTransferred : CreditMovement
{
    internal CreditsTransferred(EventHeader header, AccountId from, AccountId to, CreditSelection selection, ImmutableArray<CreditBlock> blocks)
        : base(header, from, to, selection, blocks)
    {
    }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsTransferred;
}
