using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.State;
using CarbonLedger.Serials;
using Xunit;

namespace CarbonLedger.Tests.Registry;

/// <summary>
/// The holdings B+ tree against a sorted reference list: random additions, removals and replacements over thousands
/// of holdings (so leaves split and branches grow past two levels), every query checked after each step, old
/// versions checked unchanged, and writer-owned nodes updated in place without touching earlier versions.
/// </summary>
public class HoldingTreeTest
{
    private static readonly RegistryId Jpn = RegistryId.Parse("JPN01");
    private static readonly CreditAttributes[] Vintages =
        [CreditAttributes.Create(Jpn, ProjectId.Parse("KZ001"), 2023), CreditAttributes.Create(Jpn, ProjectId.Parse("KZ001"), 2024), CreditAttributes.Create(Jpn, ProjectId.Parse("KZ002"), 2024)];

    private static CreditBlock Block(int attributes, long start, long count) =>
        CreditBlock.Create(SerialBlock.FromStartAndCount(start, count), Vintages[attributes]);

    private static int Compare(CreditBlock a, CreditBlock b) => HoldingKey.Of(a).CompareTo(b);

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void RandomOperations_MatchSortedReference_OldVersionsUnchanged(int seed, bool owned)
    {
        var random = new Random(seed);
        var tree = default(HoldingTree);
        var reference = new List<CreditBlock>();
        var versions = new List<(HoldingTree Tree, List<CreditBlock> Blocks)>();
        TransientOwner? owner = owned ? new TransientOwner() : null;
        for (int step = 0; step < 6_000; step++)
        {
            int action = random.Next(10);
            if (owned && random.Next(500) == 0)
            {
                // A seal: what the old owner built is frozen from now on.
                versions.Add((tree, new List<CreditBlock>(reference)));
                owner = new TransientOwner();
            }
            if (reference.Count == 0 || action < 5 || (step < 3_000 && action < 7))
            {
                CreditBlock b = Block(random.Next(Vintages.Length), 1 + (random.Next(20_000) * 10L), 1 + random.Next(9));
                int at = reference.BinarySearch(b, Comparer<CreditBlock>.Create(Compare));
                if (at >= 0)
                {
                    Assert.Throws<InvalidOperationException>(() => tree.Add(b, owner));
                    continue;
                }
                tree = tree.Add(b, owner);
                reference.Insert(~at, b);
            }
            else if (action < 8)
            {
                int at = random.Next(reference.Count);
                tree = tree.Remove(HoldingKey.Of(reference[at]), owner);
                reference.RemoveAt(at);
            }
            else
            {
                // Replace with another count, or move the start within the gap to the previous holding.
                int at = random.Next(reference.Count);
                CreditBlock old = reference[at];
                CreditBlock replacement = CreditBlock.Create(SerialBlock.FromStartAndCount(old.Block.Start, 1 + random.Next(9)), old.Attributes);
                if (action == 9 && old.Block.Start > 1 && (at == 0 || Compare(reference[at - 1], old.WithBlock(SerialBlock.FromStartAndCount(old.Block.Start - 1, 1))) < 0))
                {
                    replacement = old.WithBlock(SerialBlock.FromStartAndCount(old.Block.Start - 1, old.Count + 1));
                }
                tree = tree.ReplaceAt(HoldingKey.Of(old), replacement, owner);
                reference[at] = replacement;
            }
            if (step % 50 == 0 || step > 5_900)
            {
                Check(tree, reference, random);
            }
            if (!owned && random.Next(200) == 0)
            {
                versions.Add((tree, new List<CreditBlock>(reference)));
            }
        }
        Assert.True(reference.Count > 1_000, "the tree grew past two levels");
        foreach ((HoldingTree old, List<CreditBlock> blocks) in versions)
        {
            Assert.Equal(blocks, old.ToList());
            Assert.Equal(blocks.Sum(b => b.Count), old.Credits);
        }
    }

    [Fact]
    public void RemoveEverything_InRandomOrder_TreeEmptyAndQueriesFail()
    {
        var random = new Random(9);
        var tree = default(HoldingTree);
        var blocks = Enumerable.Range(0, 2_000).Select(i => Block(i % 3, 1 + (i * 10L), 5)).ToList();
        foreach (CreditBlock b in blocks)
        {
            tree = tree.Add(b);
        }
        Assert.Equal(2_000, tree.Count);
        foreach (CreditBlock b in blocks.OrderBy(_ => random.Next()))
        {
            tree = tree.Remove(HoldingKey.Of(b));
        }
        Assert.True(tree.IsEmpty);
        Assert.Equal(0L, tree.Credits);
        Assert.False(tree.TryGetFirst(out _));
        Assert.False(tree.TryGetLast(out _));
        Assert.False(tree.TryFloor(HoldingKey.Of(blocks[5]), out _));
        Assert.False(tree.TryCeiling(HoldingKey.Of(blocks[5]), out _));
        Assert.Throws<InvalidOperationException>(() => tree.Remove(HoldingKey.Of(blocks[5])));
    }

    private static void Check(HoldingTree tree, List<CreditBlock> reference, Random random)
    {
        Assert.Equal(reference.Count, tree.Count);
        Assert.Equal(reference.Sum(b => b.Count), tree.Credits);
        Assert.Equal(reference, tree.ToList());
        Assert.Equal(reference.Count > 0, tree.TryGetFirst(out CreditBlock first));
        Assert.Equal(reference.Count > 0, tree.TryGetLast(out CreditBlock last));
        if (reference.Count > 0)
        {
            Assert.Equal(reference[0], first);
            Assert.Equal(reference[^1], last);
        }
        for (int k = 0; k < 40; k++)
        {
            // Probe at existing keys and between them.
            CreditBlock probe = k % 2 == 0 && reference.Count > 0
                ? reference[random.Next(reference.Count)]
                : Block(random.Next(Vintages.Length), 1 + random.Next(200_010), 1);
            HoldingKey key = HoldingKey.Of(probe);
            Expect(reference.LastOrDefault(b => Compare(b, probe) <= 0), tree.TryFloor(key, out CreditBlock floor), floor);
            Expect(reference.LastOrDefault(b => Compare(b, probe) < 0), tree.TryLower(key, out CreditBlock lower), lower);
            Expect(reference.FirstOrDefault(b => Compare(b, probe) >= 0), tree.TryCeiling(key, out CreditBlock ceiling), ceiling);
            Expect(reference.FirstOrDefault(b => Compare(b, probe) > 0), tree.TryHigher(key, out CreditBlock higher), higher);
        }
    }

    private static void Expect(CreditBlock expected, bool found, CreditBlock actual)
    {
        Assert.Equal(expected.IsValid, found);
        if (found)
        {
            Assert.Equal(expected, actual);
        }
    }
}
