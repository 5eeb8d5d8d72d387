using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>The holder retired credits into a retirement account, for a beneficiary and a purpose; they stay there for ever.</summary>
public sealed class CreditsRetired : CreditMovement
{
    internal CreditsRetired(EventHeader header, AccountId from, AccountId to, CreditSelection selection, ImmutableArray<CreditBlock> blocks, string beneficiary, string purpose)
        : base(header, from, to, selection, blocks)
    {
        Beneficiary = beneficiary;
        Purpose = purpose;
    }

    /// <summary>On whose behalf the credits were retired.</summary>
    public string Beneficiary { get; }

    /// <summary>What the retirement counts toward, for example an NDC or a voluntary pledge.</summary>
    public string Purpose { get; }

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.CreditsRetired;
}
