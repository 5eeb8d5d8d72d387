using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>The holder moved credits to a cancellation or OMGE cancellation account, where they stay for ever.</summary>
public sealed class CreditsCancelled : CreditMovement
{
    internal CreditsCancelled(EventHeader header, AccountId from, AccountId to, CreditSelection selection, ImmutableArray<CreditBlock> blocks)
        : base(header, from, to, selection, blocks)
    {
    }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsCancelled;
}
