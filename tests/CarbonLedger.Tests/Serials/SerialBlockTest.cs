using System;
using CarbonLedger.Serials;
using CarbonLedger.Tests.Contracts;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Serials;

public class SerialBlockTest
{
    [Fact]
    public void FromRange_Inclusive_Count()
    {
        Assert.Equal(100, SerialBlock.FromRange(1, 100).Count);
        Assert.Equal(1, SerialBlock.FromRange(27, 27).Count);
        Assert.Equal(9, SerialBlock.FromRange(27, 35).Count);
    }

    [Fact]
    public void FromRange_Reversed_ThrowsNamingEnd()
    {
        var ex = Assert.Throws<ArgumentException>(() => SerialBlock.FromRange(200, 101));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("200-101", ex.Message, StringComparison.Ordinal);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => SerialBlock.FromRange(0, 10)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => SerialBlock.FromStartAndCount(1, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => SerialBlock.FromStartAndCount(long.MaxValue, 2)).ParamName);
    }

    [Fact]
    public void SplitTail_HolderKeepsHead()
    {
        (SerialBlock kept, SerialBlock moved) = SerialBlock.FromRange(101, 200).SplitTail(30);
        Assert.Equal(SerialBlock.FromRange(101, 170), kept);
        Assert.Equal(SerialBlock.FromRange(171, 200), moved);
    }

    [Fact]
    public void SplitHead_HolderKeepsTail()
    {
        (SerialBlock kept, SerialBlock moved) = SerialBlock.FromRange(101, 200).SplitHead(30);
        Assert.Equal(SerialBlock.FromRange(131, 200), kept);
        Assert.Equal(SerialBlock.FromRange(101, 130), moved);
    }

    [Fact]
    public void Split_MoreThanHeld_SaysWhatBlockHolds()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SerialBlock.FromRange(101, 200).SplitTail(150));
        Assert.Equal("count", ex.ParamName);
        Assert.Contains("Block 101-200 holds 100 credits", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SerialBlock.FromRange(101, 200).SplitHead(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SerialBlock.FromRange(101, 200).SplitHead(100));
        Assert.Throws<ArgumentException>(() => default(SerialBlock).SplitHead(1));
    }

    [Fact]
    public void Merge_Adjacent_EitherOrder()
    {
        SerialBlock a = SerialBlock.FromRange(1, 10);
        SerialBlock b = SerialBlock.FromRange(11, 20);
        Assert.Equal(SerialBlock.FromRange(1, 20), a.Merge(b));
        Assert.Equal(SerialBlock.FromRange(1, 20), b.Merge(a));
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Merge(SerialBlock.FromRange(12, 20))).ParamName);
        Assert.Throws<ArgumentException>(() => a.Merge(SerialBlock.FromRange(5, 15)));
    }

    [Fact]
    public void OverlapsAndContains()
    {
        SerialBlock block = SerialBlock.FromRange(101, 200);
        Assert.True(block.Overlaps(SerialBlock.FromRange(200, 300)));
        Assert.False(block.Overlaps(SerialBlock.FromRange(201, 300)));
        Assert.True(block.Contains(SerialBlock.FromRange(101, 200)));
        Assert.False(block.Contains(SerialBlock.FromRange(100, 150)));
        Assert.True(block.Contains(150));
        Assert.False(block.Contains(201));
        Assert.False(block.IsAdjacentTo(SerialBlock.FromRange(202, 300)));
        Assert.True(SerialBlock.FromRange(long.MaxValue, long.MaxValue).IsAdjacentTo(SerialBlock.FromRange(long.MaxValue - 1, long.MaxValue - 1)));
    }

    [Fact]
    public void Remove_Middle_LeavesTwoPieces()
    {
        (SerialBlock? before, SerialBlock? after) = SerialBlock.FromRange(1, 100).Remove(SerialBlock.FromRange(40, 60));
        Assert.Equal(SerialBlock.FromRange(1, 39), before);
        Assert.Equal(SerialBlock.FromRange(61, 100), after);
        (before, after) = SerialBlock.FromRange(1, 100).Remove(SerialBlock.FromRange(1, 100));
        Assert.Null(before);
        Assert.Null(after);
        Assert.Equal("inner", Assert.Throws<ArgumentException>(() => SerialBlock.FromRange(1, 100).Remove(SerialBlock.FromRange(90, 110))).ParamName);
    }

    [Theory]
    [InlineData("101-200", 101, 200)]
    [InlineData("27", 27, 27)]
    public void Parse_Valid(string text, long start, long end)
    {
        Assert.Equal(SerialBlock.FromRange(start, end), SerialBlock.Parse(text));
    }

    [Theory]
    [InlineData("200-101", "before its start")]
    [InlineData("0-5", "Start serial")]
    [InlineData("a-5", "Start serial")]
    [InlineData("5-", "End serial")]
    [InlineData("-5", "Start serial")]
    [InlineData(" 1-2", "Start serial")]
    public void Parse_Invalid_SaysWhichPart(string text, string part)
    {
        Assert.Contains(part, Assert.Throws<FormatException>(() => SerialBlock.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Padded()
    {
        Assert.Equal("000001-000100", SerialBlock.FromRange(1, 100).ToString("D6", null));
        Span<char> buffer = stackalloc char[32];
        Assert.True(SerialBlock.FromRange(1, 100).TryFormat(buffer, out int written, "D6", null));
        Assert.Equal("000001-000100", buffer[..written].ToString());
        Assert.False(SerialBlock.FromRange(1, 100).TryFormat(buffer[..5], out _, "D6", null));
    }

    [Fact]
    public void Contract_Equality()
    {
        ValueContract.AssertEquality(SerialBlock.FromRange(1, 10), SerialBlock.FromStartAndCount(1, 10), SerialBlock.FromRange(1, 11), SerialBlock.FromRange(2, 10));
        Assert.True(SerialBlock.StartComparer.Compare(SerialBlock.FromRange(1, 10), SerialBlock.FromRange(11, 12)) < 0);
    }

    [Fact]
    public void SplitThenMerge_Identity_Property()
    {
        Gen.Select(Gen.Long[1, 1_000_000_000], Gen.Long[2, 1_000_000])
            .SelectMany((start, count) => Gen.Long[1, count - 1].Select(k => (start, count, k)))
            .Sample(t =>
            {
                SerialBlock block = SerialBlock.FromStartAndCount(t.start, t.count);
                (SerialBlock kept, SerialBlock moved) = block.SplitTail(t.k);
                (SerialBlock kept2, SerialBlock moved2) = block.SplitHead(t.k);
                return kept.Count + moved.Count == block.Count && moved.Count == t.k && !kept.Overlaps(moved)
                    && kept.Merge(moved) == block && kept2.Merge(moved2) == block && moved2.Count == t.k;
            }, iter: 10_000);
    }
}
