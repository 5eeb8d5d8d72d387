using System;
using System.Collections.Generic;
using CarbonLedger.Registry.State;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public class PersistentStructuresTest
{
    [Fact]
    public void PersistentVector_GrowsPastThreeLevels_OldVersionsUnchanged()
    {
        var versions = new List<PersistentVector<int>>();
        PersistentVector<int> v = PersistentVector<int>.Empty;
        for (int i = 0; i < 40_000; i++)
        {
            v = v.Add(i);
            if (i % 10_000 == 0)
            {
                versions.Add(v);
            }
        }
        Assert.Equal(40_000, v.Count);
        PersistentVector<int> changed = v.SetItem(33_000, -1).SetItems(5, -5, 39_999, -9);
        Assert.Equal((-1, -5, -9, 6), (changed[33_000], changed[5], changed[39_999], changed[6]));
        Assert.Equal((33_000, 5, 39_999), (v[33_000], v[5], v[39_999]));
        for (int k = 0; k < versions.Count; k++)
        {
            Assert.Equal((k * 10_000) + 1, versions[k].Count);
            Assert.Equal(k * 10_000, versions[k][k * 10_000]);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => v[40_000]);
        Assert.Throws<ArgumentOutOfRangeException>(() => v.SetItems(1, 0, 1, 0));
    }

    [Fact]
    public void PersistentVector_SetItemsInSameLeaf_BothReplaced()
    {
        PersistentVector<string> v = PersistentVector<string>.Empty;
        for (int i = 0; i < 100; i++)
        {
            v = v.Add("x" + i);
        }
        PersistentVector<string> w = v.SetItems(64, "a", 70, "b");
        Assert.Equal(("a", "b", "x65"), (w[64], w[70], w[65]));
        Assert.Equal("x64", v[64]);
    }

    [Theory]
    [InlineData(true, 0, 5, "a a b c d e - -")]
    [InlineData(true, 2, 5, "a b c c d e - -")]
    [InlineData(true, 5, 5, "a b c d e - - -")]
    [InlineData(true, 0, 7, "a a b c d e f g")]
    [InlineData(false, 0, 5, "b c d e e - - -")]
    [InlineData(false, 3, 5, "a b c e e - - -")]
    [InlineData(false, 4, 5, "a b c d e - - -")]
    [InlineData(false, 0, 8, "b c d e f g h h")]
    public void Entries_Shift_RightMovesTheTailOnePlace_LeftClosesTheGap(bool right, int at, int length, string expected)
    {
        string[] entries = Entries(length);
        if (right)
        {
            CarbonLedger.Registry.State.Entries.ShiftRight(entries.AsSpan(), at, length);
        }
        else
        {
            CarbonLedger.Registry.State.Entries.ShiftLeft(entries.AsSpan(), at, length);
        }
        Assert.Equal(expected, string.Join(' ', entries));
    }

    // Eight entries, the first 'length' of them in use (a, b, c …) and the rest unused (-).
    private static string[] Entries(int length)
    {
        var entries = new string[8];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = i < length ? ((char)('a' + i)).ToString() : "-";
        }
        return entries;
    }
}
