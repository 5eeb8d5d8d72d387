using System;
using CarbonLedger.Serials;
using CarbonLedger.Tests.Contracts;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Serials;

public class SerialBlockTest
{
    [Fact]
    public void Contract_Equality()
    {
        ValueContract.AssertEquality(SerialBlock.FromRange(101, 200), SerialBlock.FromStartAndCount(101, 100),
            SerialBlock.FromRange(101, 201), SerialBlock.FromRange(100, 200));
    }

    [Fact]
    public void SplitTail_HolderKeepsHead_ReceiverGetsTail()
    {
        (SerialBlock kept, SerialBlock moved) = SerialBlock.FromRange(101, 200).SplitTail(30);
        Assert.Equal(SerialBlock.FromRange(101, 170), kept);
        Assert.Equal(SerialBlock.FromRange(171, 200), moved);
    }

    [Fact]
    public void SplitHead_FirstCreditsMove()
    {
        (SerialBlock kept, SerialBlock moved) = SerialBlock.FromRange(101, 200).SplitHead(30);
        Assert.Equal(SerialBlock.FromRange(131, 200), kept);
        Assert.Equal(SerialBlock.FromRange(101, 130), moved);
    }

    [Fact]
    public void SplitTail_MoreThanHeld_ThrowsNamingTheBlock()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SerialBlock.FromRange(101, 200).SplitTail(150));
        Assert.Equal("count", ex.ParamName);
        Assert.Contains("Block 101-200 holds 100 credits", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRange_Reversed_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SerialBlock.FromRange(200, 101));
        Assert.Equal("end", ex.ParamName);
    }

    [Fact]
    public void Merge_OverlappingBlocks_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SerialBlock.FromRange(1, 10).Merge(SerialBlock.FromRange(5, 20)));
        Assert.Contains("not adjacent", ex.Message, StringComparison.Ordinal);
        Assert.True(SerialBlock.FromRange(1, 10).Overlaps(SerialBlock.FromRange(10, 20)));
        Assert.False(SerialBlock.FromRange(1, 10).Overlaps(SerialBlock.FromRange(11, 20)));
    }

    [Fact]
    public void Property_SplitThenMerge_Identity()
    {
        Gen.Select(Gen.Long[1, long.MaxValue / 2], Gen.Long[2, 1_000_000_000_000], Gen.Double[0, 1])
            .Sample((start, count, fraction) =>
            {
                SerialBlock block = SerialBlock.FromStartAndCount(start, count);
                long cut = Math.Clamp((long)(fraction * (count - 1)), 1, count - 1);
                (SerialBlock kept, SerialBlock moved) = block.SplitTail(cut);
                Assert.Equal(count, kept.Count + moved.Count);
                Assert.False(kept.Overlaps(moved));
                Assert.Equal(block, kept.Merge(moved));
                Assert.Equal(block, moved.Merge(kept));
                (SerialBlock tail, SerialBlock head) = block.SplitHead(cut);
                Assert.Equal(block, head.Merge(tail));
                Assert.True(block.Contains(head) && block.Contains(tail));
            }, iter: 5_000);
    }
}
