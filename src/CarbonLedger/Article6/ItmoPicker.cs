using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Serials;

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
        IReadOnlyList<CreditBlock> holdings = snapshot.GetHoldings(account);
        return selection.IsExact
            ? PickExact(holdings, account, selection, requireEligible)
            : PickQuantity(holdings, selection, eligible, insufficient);
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
                picked.Add(b.WithBlock(b.Block.SplitTail(remaining).Moved));
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

    private static List<CreditBlock> PickExact(IReadOnlyList<CreditBlock> holdings, AccountId account, CreditSelection selection, Action<CreditBlock> requireEligible)
    {
        var picked = new List<CreditBlock>();
        foreach (SerialRange range in selection.Ranges)
        {
            var pieces = new List<CreditBlock>();
            foreach (CreditBlock b in holdings)
            {
                CreditAttributes a = b.Attributes;
                if (a.Issuer == range.Issuer && a.Project == range.Project && b.Block.Overlaps(range.Serials))
                {
                    long start = Math.Max(b.Block.Start, range.Serials.Start);
                    long end = Math.Min(b.Block.End, range.Serials.End);
                    pieces.Add(b.WithBlock(SerialBlock.FromRange(start, end)));
                }
            }
            pieces.Sort(static (x, y) => x.Block.Start.CompareTo(y.Block.Start));
            long cursor = range.Serials.Start;
            foreach (CreditBlock piece in pieces)
            {
                if (piece.Block.Start != cursor)
                {
                    break;
                }
                cursor = piece.Block.End + 1;
            }
            if (cursor <= range.Serials.End)
            {
                throw new CreditsNotHeldException(account, SerialRange.Create(range.Issuer, range.Project, SerialBlock.FromRange(cursor, range.Serials.End)));
            }
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
