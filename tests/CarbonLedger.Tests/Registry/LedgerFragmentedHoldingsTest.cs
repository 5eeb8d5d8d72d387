using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Registry;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>
/// Accounts with hundreds of separate holdings (so their trees have several levels of leaves and branches), random
/// exact and quantity transfers between them, checked after every step against a reference that tracks each serial:
/// holdings are exactly the maximal runs of the serials held, in order, and balances match.
/// </summary>
public class LedgerFragmentedHoldingsTest
{
    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void RandomTransfers_ManyHoldingsPerAccount_HoldingsAreTheMaximalRunsOfTheReference(int seed, bool snapshotEachStep)
    {
        var random = new Random(seed);
        var f = new LedgerFixture();
        AccountId[] accounts = [f.Gov, f.Entity];
        ActorId[] holders = [LedgerFixture.GovJapan, LedgerFixture.Mayekawa];
        var reference = new[] { new SortedSet<long>(), new SortedSet<long>() };
        // 300 blocks of 5 serials with gaps of 5, alternately into the two accounts, in two vintages.
        for (int b = 0; b < 300; b++)
        {
            long start = 1 + (b * 10L);
            int vintage = b < 150 ? 2024 : 2025;
            f.Ledger.Issue(f.NextId(), LedgerFixture.Admin, accounts[b % 2], [f.Block(start, start + 4, vintage)]);
            for (long s = start; s <= start + 4; s++)
            {
                reference[b % 2].Add(s);
            }
        }
        for (int step = 0; step < 1_500; step++)
        {
            int from = random.Next(2);
            if (reference[from].Count == 0)
            {
                continue;
            }
            if (random.Next(2) == 0)
            {
                // An exact run of 1 to 3 serials that the source holds, from anywhere in its holdings.
                long first = reference[from].ElementAt(random.Next(reference[from].Count));
                long last = first;
                while (last - first < random.Next(3) && reference[from].Contains(last + 1) && Vintage(last + 1) == Vintage(first))
                {
                    last++;
                }
                f.Ledger.Transfer(f.NextId(), holders[from], accounts[from], accounts[1 - from], CreditSelection.Exactly(f.Range(first, last)));
                for (long s = first; s <= last; s++)
                {
                    reference[from].Remove(s);
                    reference[1 - from].Add(s);
                }
            }
            else
            {
                // A quantity: whole holdings oldest vintage first, lowest serial first; the last one needed is split and
                // its last serials move (the holder keeps the first ones).
                int quantity = Math.Min(reference[from].Count, 1 + random.Next(12));
                f.Ledger.Transfer(f.NextId(), holders[from], accounts[from], accounts[1 - from], CreditSelection.ByQuantity(quantity));
                int remaining = quantity;
                foreach ((_, long start, long end) in Runs(reference[from]))
                {
                    long take = Math.Min(remaining, end - start + 1);
                    for (long s = end - take + 1; s <= end; s++)
                    {
                        reference[from].Remove(s);
                        reference[1 - from].Add(s);
                    }
                    remaining -= (int)take;
                    if (remaining == 0)
                    {
                        break;
                    }
                }
            }
            if (snapshotEachStep || step % 50 == 0 || step == 1_499)
            {
                for (int a = 0; a < 2; a++)
                {
                    Assert.Equal(Runs(reference[a]), f.Ledger.Current.GetHoldings(accounts[a]).Select(h => (h.Attributes.Vintage, h.Block.Start, h.Block.End)).ToList());
                    Assert.Equal(reference[a].Count, f.Ledger.Current.GetBalance(accounts[a]));
                }
            }
        }
        Assert.True(f.Ledger.Current.GetHoldings(f.Gov).Count > 40, "the trees stayed large enough to have several leaves");
        Ledger replayed = Ledger.Replay(f.Ledger.Current.Events, f.Clock, f.Ledger.Current.HeadHash);
        Assert.Equal(LedgerSnapshotText.Of(f.Ledger.Current), LedgerSnapshotText.Of(replayed.Current));
    }

    private static int Vintage(long serial) => serial <= 1_500 ? 2024 : 2025;

    /// <summary>The serials as maximal runs within a vintage, in holding order (vintage, then first serial).</summary>
    private static List<(int Vintage, long Start, long End)> Runs(SortedSet<long> serials)
    {
        var runs = new List<(int, long, long)>();
        foreach (long s in serials.OrderBy(Vintage).ThenBy(s => s))
        {
            if (runs.Count > 0 && runs[^1].Item3 + 1 == s && runs[^1].Item1 == Vintage(s))
            {
                runs[^1] = (runs[^1].Item1, runs[^1].Item2, s);
            }
            else
            {
                runs.Add((Vintage(s), s, s));
            }
        }
        return runs;
    }
}
