using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Allocation;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Allocation;

public partial class AllocationRuleTest
{
    // A flat rule of 1 to 7 recipients with random integer weights, random round-up marks and priorities. Small
    // weights keep the common denominator under 2^16 (the multiply-high path); large ones go above it.
    private static readonly Gen<AllocationRule> GenFlatRule =
        Gen.Select(Gen.Frequency((1, Gen.Int[1, 1000]), (1, Gen.Int[1, 5_000_000])).Array[1, 7], Gen.Bool.Array[7], Gen.Int[0, 3].Array[7])
            .Select((weights, roundUps, priorities) => BuildRule("R", weights, roundUps, priorities));

    private static readonly Gen<long> GenTotal = Gen.Frequency(
        (6, Gen.Long[1, 100_000]),
        (3, Gen.Long[1, 1_000_000_000_000_000]),
        (1, Gen.Long[long.MaxValue - 1_000, long.MaxValue]));

    private static AllocationRule BuildRule(string prefix, int[] weights, bool[] roundUps, int[] priorities)
    {
        long sum = weights.Sum();
        var entries = new List<AllocationEntry>();
        for (int i = 0; i < weights.Length; i++)
        {
            AllocationEntry entry = AllocationEntry.Recipient(prefix + i, Share.FromFraction(weights[i], sum)).WithPriority(priorities[i]);
            entries.Add(roundUps[i] ? entry.WithRoundUp() : entry);
        }
        return AllocationRule.Create(entries);
    }

    private static void AssertLevelInvariants(IReadOnlyList<AllocationEntry> entries, long total, Func<string, long> creditsOf)
    {
        long sum = 0;
        foreach (AllocationEntry entry in entries)
        {
            long part = creditsOf(entry.Name);
            Assert.True(part >= 0, $"{entry.Name} got a negative part {part}");
            // |part − total × n/d| < 1  ⇔  |part × d − total × n| < d
            Int128 gap = Int128.Abs(((Int128)part * entry.Share.Denominator) - ((Int128)total * entry.Share.Numerator));
            Assert.True(gap < entry.Share.Denominator, $"{entry.Name} got {part} of {total} at {entry.Share}: more than one credit away");
            sum += part;
        }
        Assert.Equal(total, sum);
        List<AllocationEntry> roundUps = entries.Where(e => e.RoundsUp).ToList();
        if (roundUps.Count == 1)
        {
            AllocationEntry only = roundUps[0];
            Int128 product = (Int128)total * only.Share.Numerator;
            Int128 ceiling = (product + only.Share.Denominator - 1) / only.Share.Denominator;
            Assert.Equal((long)ceiling, creditsOf(only.Name));
        }
    }

    [Fact]
    public void Property_FlatRule_SumExactNonNegativeWithinOneCreditRoundUpCeiling()
    {
        Gen.Select(GenFlatRule, GenTotal).Sample((rule, total) =>
        {
            Apportionment result = rule.Apportion(total);
            AssertLevelInvariants(rule.Entries, total, result.CreditsOf);
        }, iter: 3_000);
    }

    [Fact]
    public void Property_TwoLevelRule_EachLevelKeepsInvariants()
    {
        Gen<AllocationRule> genTwoLevel =
            Gen.Select(Gen.Int[1, 100].Array[2, 4], Gen.Int[1, 100].Array[1, 4].Array[4], Gen.Bool.Array[4])
                .Select((outer, inner, roundUps) =>
                {
                    long sum = outer.Sum();
                    var groups = new List<AllocationEntry>();
                    for (int g = 0; g < outer.Length; g++)
                    {
                        AllocationRule members = BuildRule($"G{g}M", inner[g], roundUps, new int[inner[g].Length]);
                        groups.Add(AllocationEntry.Group($"G{g}", Share.FromFraction(outer[g], sum), members));
                    }
                    return AllocationRule.Create(groups);
                });
        Gen.Select(genTwoLevel, GenTotal).Sample((rule, total) =>
        {
            Apportionment result = rule.Apportion(total);
            AssertLevelInvariants(rule.Entries, total, result.CreditsOf);
            foreach (AllocationEntry group in rule.Entries)
            {
                AssertLevelInvariants(group.Members!.Entries, result.CreditsOf(group.Name), result.CreditsOf);
            }
            Assert.Equal(total, result.Parts.Sum(p => p.Credits));
        }, iter: 1_500);
    }

    [Fact]
    public void Property_ManyRecipients_StackAndHeapPathsKeepInvariants()
    {
        Gen.Select(Gen.Int[1, 50].Array[17, 90], Gen.Bool.Array[90], GenTotal)
            .Sample((weights, roundUps, total) =>
            {
                AllocationRule rule = BuildRule("R", weights, roundUps, new int[weights.Length]);
                Apportionment result = rule.Apportion(total);
                AssertLevelInvariants(rule.Entries, total, result.CreditsOf);
            }, iter: 300);
    }

    [Fact]
    public void Property_SpanAndApportion_AgreeAndAreDeterministic()
    {
        Gen.Select(GenFlatRule, GenTotal).Sample((rule, total) =>
        {
            long[] first = new long[rule.RecipientCount];
            long[] second = new long[rule.RecipientCount];
            rule.Allocate(total, first);
            rule.Allocate(total, second);
            Assert.Equal(first, second);
            Assert.Equal(first, rule.Apportion(total).Parts.Select(p => p.Credits).ToArray());
        }, iter: 1_000);
    }

    [Fact]
    public void Property_PerVintage_TotalsAreSumsAndEachVintageExact()
    {
        Gen.Select(GenFlatRule, Gen.Long[1, 1_000_000].Array[1, 6]).Sample((rule, vintages) =>
        {
            var byVintage = new Dictionary<int, long>();
            for (int i = 0; i < vintages.Length; i++)
            {
                byVintage[2020 + i] = vintages[i];
            }
            VintageApportionment result = rule.ApportionByVintage(byVintage);
            long grand = 0;
            foreach (string recipient in rule.Recipients)
            {
                long total = result.TotalOf(recipient);
                Assert.Equal(byVintage.Keys.Sum(v => result.ByVintage[v].CreditsOf(recipient)), total);
                grand += total;
            }
            Assert.Equal(vintages.Sum(), grand);
            foreach ((int vintage, long credits) in byVintage)
            {
                AssertLevelInvariants(rule.Entries, credits, result.ByVintage[vintage].CreditsOf);
            }
        }, iter: 500);
    }
}
