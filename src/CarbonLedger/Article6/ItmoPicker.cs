using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;

namespace CarbonLedger.Article6;

/// <summary>
/// Picks the units an Article 6 operation takes from an account, from the account's holdings, so that the rules can be
/// checked on exactly the blocks that will move. A quantity is picked in the selection's order among eligible blocks,
/// the last block split so the holder keeps its first serials (the ledger's convention); exact ranges must lie in
/// held blocks, each of which must be eligible.
/// </summary>
internal static class ItmoPicker
{
    internal static List<CreditBlock> Pick(LedgerSnapshot snapshot, AccountId account, CreditSelection selection,
        Func<CreditBlock, bool> eligible, Action<CreditBlock> requireEligible, Func<long, long, Exception> insufficient)
    {
        return selection.IsExact
            ? PickExact(snapshot, account, selection, requireEligible)
            : PickQuantity(snapshot.GetHoldings(account), selection, eligible, insufficient);
    }

    private static List<CreditBlock> PickQuantity(IReadOnlyList<CreditBlock> holdings, CreditSelection selection,
        Func<CreditBlock, bool> eligible, Func<long, long, Exception> insufficient)
    {
        IEnumerable<CreditBlock> ordered = selection.Order == SelectionOrder.NewestVintageFirst
            ? holdings.OrderByDescending(static b => b.Attributes.Vintage)
            : holdings;
        var picked = new List<CreditBlock>();
        long remaining = selection.Quantity;
        foreach (CreditBlock b in ordered)
        {
            if (!selection.Matches(b.Attributes) || !eligible(b))
            {
                continue;
            }
            if (b.Count > remaining)
            {
                picked.Add(CreditBlock.Create(b.Block.SplitTail(remaining).Moved, b.Attributes));
                return picked;
            }
            picked.Add(b);
            remaining -= b.Count;
            if (remaining == 0)
            {
                return picked;
            }
        }
        throw insufficient(selection.Quantity, selection.Quantity - remaining);
    }

    private static List<CreditBlock> PickExact(LedgerSnapshot snapshot, AccountId account, CreditSelection selection, Action<CreditBlock> requireEligible)
    {
        var picked = new List<CreditBlock>();
        foreach (SerialRange range in selection.Ranges)
        {
            // The ledger's own picking: the held blocks the range spans, cut to it, or the serials it does not hold.
            IReadOnlyList<CreditBlock> pieces = snapshot.Pick(account, CreditSelection.Exactly([range]));
            foreach (CreditBlock piece in pieces)
            {
                requireEligible(piece);
            }
            picked.AddRange(pieces);
        }
        return picked;
    }

    /// <summary>The blocks as an exact selection.</summary>
    internal static CreditSelection Exactly(IEnumerable<CreditBlock> blocks) => CreditSelection.Exactly(blocks.Select(static b => b.Range));
}
