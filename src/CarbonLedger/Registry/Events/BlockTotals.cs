using System.Collections.Immutable;

namespace CarbonLedger.Registry.Events;

/// <summary>Sums over block lists.</summary>
internal static class BlockTotals
{
    /// <summary>The number of credits in the blocks.</summary>
    internal static long Sum(ImmutableArray<CreditBlock> blocks)
    {
        long total = 0;
        foreach (CreditBlock b in blocks)
        {
            total = checked(total + b.Count);
        }
        return total;
    }
}
