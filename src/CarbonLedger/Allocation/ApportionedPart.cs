using System.Globalization;

namespace CarbonLedger.Allocation;

/// <summary>One recipient's whole credits in an <see cref="Apportionment"/>.</summary>
/// <remarks>Immutable; compares by reference. A part has no natural order.</remarks>
public sealed class ApportionedPart
{
    internal ApportionedPart(string recipient, string? group, long credits, Share share, Share shareOfTotal)
    {
        Recipient = recipient;
        Group = group;
        Credits = credits;
        Share = share;
        ShareOfTotal = shareOfTotal;
    }

    /// <summary>The recipient's name.</summary>
    public string Recipient { get; }

    /// <summary>The name of the innermost group the recipient belongs to; null at the top level.</summary>
    public string? Group { get; }

    /// <summary>The whole credits the recipient receives (0 or more).</summary>
    public long Credits { get; }

    /// <summary>The recipient's exact share of its enclosing whole (its group's credits, or the total at the top level).</summary>
    public Share Share { get; }

    /// <summary>The recipient's exact share of the total: the product of the shares along its path.</summary>
    public Share ShareOfTotal { get; }

    /// <summary>For example <c>Government of Japan: 8837</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Recipient}: {Credits}");
}
