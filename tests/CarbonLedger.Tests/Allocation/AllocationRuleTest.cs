using System;
using System.Collections.Generic;
using CarbonLedger.Allocation;
using Xunit;

namespace CarbonLedger.Tests.Allocation;

public partial class AllocationRuleTest
{
    internal static AllocationRule JcmHalfAndHalf() => AllocationRule.Create(
        AllocationEntry.Recipient("Government of Japan", Share.FromFraction(1, 2)).WithRoundUp(),
        AllocationEntry.Recipient("Project participants", Share.FromFraction(1, 2)));

    internal static AllocationRule FirstJcmIssuance() => AllocationRule.Create(
        AllocationEntry.Group("Japan side", Share.FromFraction(31, 40), AllocationRule.Create(
            AllocationEntry.Recipient("Government of Japan", Share.FromFraction(27, 31)),
            AllocationEntry.Recipient("Mayekawa", Share.FromFraction(4, 31)))),
        AllocationEntry.Group("Indonesia side", Share.FromFraction(9, 40), AllocationRule.Create(
            AllocationEntry.Recipient("Government of Indonesia", Share.FromFraction(5, 9)),
            AllocationEntry.Recipient("PT Adib", Share.FromFraction(4, 9)))));

    [Fact]
    public void Apportion_17673AtOneHalf_JapanRoundedUpTo8837()
    {
        Apportionment result = JcmHalfAndHalf().Apportion(17_673);

        Assert.Equal(8_837, result.CreditsOf("Government of Japan"));
        Assert.Equal(8_836, result.CreditsOf("Project participants"));
        Assert.Equal("17673 = Government of Japan: 8837 + Project participants: 8836", result.ToString());
    }

    [Fact]
    public void Apportion_17673WithoutRoundUp_FirstDeclaredWinsTie()
    {
        AllocationRule rule = AllocationRule.Create(
            AllocationEntry.Recipient("Project participants", Share.FromFraction(1, 2)),
            AllocationEntry.Recipient("Government of Japan", Share.FromFraction(1, 2)));

        Apportionment result = rule.Apportion(17_673);

        Assert.Equal(8_837, result.CreditsOf("Project participants"));
        Assert.Equal(8_836, result.CreditsOf("Government of Japan"));
    }

    [Fact]
    public void Apportion_TieBrokenByDeclaredPriority_LowerPriorityNumberFirst()
    {
        AllocationRule rule = AllocationRule.Create(
            AllocationEntry.Recipient("A", Share.FromFraction(1, 3)).WithPriority(2),
            AllocationEntry.Recipient("B", Share.FromFraction(1, 3)).WithPriority(0),
            AllocationEntry.Recipient("C", Share.FromFraction(1, 3)).WithPriority(1));

        Apportionment result = rule.Apportion(100);

        Assert.Equal(33, result.CreditsOf("A"));
        Assert.Equal(34, result.CreditsOf("B"));
        Assert.Equal(33, result.CreditsOf("C"));
        Apportionment two = rule.Apportion(101);
        Assert.Equal(33, two.CreditsOf("A"));
        Assert.Equal(34, two.CreditsOf("B"));
        Assert.Equal(34, two.CreditsOf("C"));
    }

    [Fact]
    public void Apportion_LargestRemainderWinsOverPriority()
    {
        AllocationRule rule = AllocationRule.Create(
            AllocationEntry.Recipient("Small", Share.FromFraction(1, 10)),
            AllocationEntry.Recipient("Large", Share.FromFraction(9, 10)));

        Apportionment result = rule.Apportion(7);

        // 0.7 and 6.3: the 0.7 remainder wins the left-over credit.
        Assert.Equal(1, result.CreditsOf("Small"));
        Assert.Equal(6, result.CreditsOf("Large"));
    }

    [Fact]
    public void Apportion_FirstJcmIssuance40_TwoLevelSplit()
    {
        Apportionment result = FirstJcmIssuance().Apportion(40);

        Assert.Equal(31, result.CreditsOf("Japan side"));
        Assert.Equal(27, result.CreditsOf("Government of Japan"));
        Assert.Equal(4, result.CreditsOf("Mayekawa"));
        Assert.Equal(9, result.CreditsOf("Indonesia side"));
        Assert.Equal(5, result.CreditsOf("Government of Indonesia"));
        Assert.Equal(4, result.CreditsOf("PT Adib"));
        Assert.Equal("Japan side", result.Parts[1].Group);
        Assert.Equal(Share.FromFraction(27, 40), result.Parts[0].ShareOfTotal);
        Assert.Equal(Share.FromFraction(4, 9), result.Parts[3].Share);
    }

    [Fact]
    public void Allocate_Span_MatchesApportion()
    {
        AllocationRule rule = FirstJcmIssuance();
        Span<long> parts = stackalloc long[4];

        rule.Allocate(40, parts);

        Assert.Equal([27L, 4L, 5L, 4L], parts.ToArray());
        Assert.Equal(["Government of Japan", "Mayekawa", "Government of Indonesia", "PT Adib"], rule.Recipients);
    }

    [Fact]
    public void Allocate_TotalBeyondFastPath_StillExact()
    {
        AllocationRule rule = AllocationRule.Create(
            AllocationEntry.Recipient("A", Share.FromFraction(1, 3)),
            AllocationEntry.Recipient("B", Share.FromFraction(2, 3)));
        Span<long> parts = stackalloc long[2];

        rule.Allocate(long.MaxValue, parts);

        // long.MaxValue = 9223372036854775807 = 3 × 3074457345618258602 + 1.
        Assert.Equal(3_074_457_345_618_258_602L, parts[0]);
        Assert.Equal(6_148_914_691_236_517_205L, parts[1]);
    }

    [Theory]
    [InlineData(1_000L, 333L, 667L)]
    [InlineData(long.MaxValue, 3_074_334_371_013_672_010L, 6_149_037_665_841_103_797L)]
    public void Allocate_DenominatorAbove65536_ExactOnEveryPath(long total, long first, long second)
    {
        // 33333/100003 and 66670/100003: a common denominator above 2^16, on the 64-bit and the 128-bit paths.
        AllocationRule rule = AllocationRule.Create(
            AllocationEntry.Recipient("A", Share.FromFraction(33_333, 100_003)),
            AllocationEntry.Recipient("B", Share.FromFraction(66_670, 100_003)));
        Span<long> parts = stackalloc long[2];

        rule.Allocate(total, parts);

        Assert.Equal(first, parts[0]);
        Assert.Equal(second, parts[1]);
    }

    [Fact]
    public void ShareOf_NestedRecipient_ProductOfShares()
    {
        AllocationRule rule = FirstJcmIssuance();
        Assert.Equal(Share.FromFraction(1, 10), rule.ShareOf("Mayekawa"));
        Assert.Equal(Share.FromFraction(9, 40), rule.ShareOf("Indonesia side"));
        Assert.True(rule.Contains("PT Adib"));
        Assert.False(rule.Contains("Nobody"));
    }

    [Fact]
    public void ApportionByVintage_MultiYear_TotalsAreSumsOfVintages()
    {
        var byVintage = new Dictionary<int, long> { [2024] = 5_001, [2025] = 12_672 };

        VintageApportionment result = JcmHalfAndHalf().ApportionByVintage(byVintage);

        Assert.Equal([2024, 2025], result.Vintages);
        Assert.Equal(2_501, result.ByVintage[2024].CreditsOf("Government of Japan"));
        Assert.Equal(6_336, result.ByVintage[2025].CreditsOf("Government of Japan"));
        Assert.Equal(8_837, result.TotalOf("Government of Japan"));
        Assert.Equal(8_836, result.TotalOf("Project participants"));
        Assert.Equal(17_673, result.Total);
    }

    [Fact]
    public void ApportionByVintage_OddVintages_JapanGetsMoreThanAllocatingTheSum()
    {
        // Per vintage, each odd total rounds Japan up once: 1 + 1 instead of 1 for the combined 3 credits.
        var byVintage = new Dictionary<int, long> { [2024] = 1, [2025] = 1 };

        VintageApportionment result = JcmHalfAndHalf().ApportionByVintage(byVintage);

        Assert.Equal(2, result.TotalOf("Government of Japan"));
        Assert.Equal(0, result.TotalOf("Project participants"));
    }

    [Fact]
    public void Create_SharesNotSummingToOne_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => AllocationRule.Create(
            AllocationEntry.Recipient("A", Share.FromPercent(33.3m)),
            AllocationEntry.Recipient("B", Share.FromPercent(33.3m)),
            AllocationEntry.Recipient("C", Share.FromPercent(33.3m))));
        Assert.Equal("entries", ex.ParamName);
        Assert.Contains("Shares must sum to exactly 1; they sum to 999/1000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateRecipient_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => AllocationRule.Create(
            AllocationEntry.Recipient("A", Share.FromFraction(1, 2)),
            AllocationEntry.Group("G", Share.FromFraction(1, 2), AllocationRule.Create(AllocationEntry.Recipient("A", Share.One)))));
        Assert.Contains("Recipient 'A' appears more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoEntriesOrNull_Throws()
    {
        Assert.Throws<ArgumentException>(() => AllocationRule.Create());
        Assert.Throws<ArgumentNullException>(() => AllocationRule.Create((IEnumerable<AllocationEntry>)null!));
        Assert.Throws<ArgumentException>(() => AllocationRule.Create(AllocationEntry.Recipient("A", Share.One), null!));
        Assert.Throws<ArgumentException>(() => AllocationEntry.Recipient(" ", Share.One));
    }

    [Fact]
    public void Apportion_ZeroOrNegativeTotal_Throws()
    {
        AllocationRule rule = JcmHalfAndHalf();
        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => rule.Apportion(0)).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => rule.Apportion(-5)).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => rule.Allocate(5, new long[3])).ParamName);
        Assert.Throws<ArgumentException>(() => rule.ApportionByVintage(new Dictionary<int, long> { [2024] = 0 }));
        Assert.Throws<ArgumentException>(() => rule.ApportionByVintage(new Dictionary<int, long>()));
        Assert.Throws<ArgumentException>(() => rule.ShareOf("Nobody"));
        Assert.Throws<ArgumentException>(() => rule.Apportion(5).CreditsOf("Nobody"));
    }
}
