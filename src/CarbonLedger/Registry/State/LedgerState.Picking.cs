using System;
using System.Collections.Immutable;
using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Serials;

namespace CarbonLedger.Registry.State;

internal sealed partial record LedgerState
{
    /// <summary>The blocks a selection takes from an account, without changing anything.</summary>
    internal static ImmutableArray<CreditBlock> Pick(AccountSlot source, CreditSelection selection)
    {
        var collected = new Collected();
        PickInto(source, selection, ref collected);
        return collected.ToImmutable();
    }

    /// <summary>Receives the blocks a selection picks, in picking order.</summary>
    private interface IPicked
    {
        /// <summary>Takes the next picked block; false stops the picking early.</summary>
        bool Add(in CreditBlock block);
    }

    /// <summary>Collects the picked blocks (one block, the usual case, costs a one-element array and no builder).</summary>
    private struct Collected : IPicked
    {
        private CreditBlock first;
        private ImmutableArray<CreditBlock>.Builder? all;
        private bool any;

        public bool Add(in CreditBlock block)
        {
            if (!any)
            {
                first = block;
                any = true;
            }
            else
            {
                if (all is null)
                {
                    all = ImmutableArray.CreateBuilder<CreditBlock>();
                    all.Add(first);
                }
                all.Add(block);
            }
            return true;
        }

        public readonly ImmutableArray<CreditBlock> ToImmutable() =>
            all is not null ? all.ToImmutable() : any ? ImmutableArray.Create(first) : ImmutableArray<CreditBlock>.Empty;
    }

    /// <summary>Compares the picked blocks with given ones as they come, without collecting them.</summary>
    private struct Compared(ImmutableArray<CreditBlock> expected) : IPicked
    {
        private int matched;
        private bool differs;

        /// <summary>Whether the picking gave exactly the expected blocks.</summary>
        public readonly bool Same => !differs && matched == expected.Length;

        public bool Add(in CreditBlock block)
        {
            if (matched < expected.Length && expected[matched] == block)
            {
                matched++;
                return true;
            }
            differs = true;
            return false;
        }
    }

    private static void PickInto<TPicked>(AccountSlot source, CreditSelection selection, ref TPicked picked)
        where TPicked : struct, IPicked
    {
        if (selection.IsExact)
        {
            PickExact(source, selection, ref picked);
        }
        else
        {
            PickQuantity(source, selection, ref picked);
        }
    }

    private static void PickQuantity<TPicked>(AccountSlot source, CreditSelection selection, ref TPicked picked)
        where TPicked : struct, IPicked
    {
        HoldingTree tree = source.Available;
        long remaining = selection.Quantity;
        if (!selection.HasFilter && tree.Credits < remaining)
        {
            throw new InsufficientCreditsException(source.Account.Id, selection.Quantity, tree.Credits);
        }
        var cursor = new HoldingCursor(tree, selection);
        while (cursor.MoveNext(out CreditBlock block))
        {
            if (!selection.Matches(block.Attributes))
            {
                continue;
            }
            CreditBlock taken = block;
            if (block.Count > remaining)
            {
                taken = block.WithBlock(block.Block.SplitTail(remaining).Moved);
            }
            remaining -= taken.Count;
            if (!picked.Add(taken) || remaining == 0)
            {
                return;
            }
        }
        throw new InsufficientCreditsException(source.Account.Id, selection.Quantity, selection.Quantity - remaining);
    }

    private static void PickExact<TPicked>(AccountSlot source, CreditSelection selection, ref TPicked picked)
        where TPicked : struct, IPicked
    {
        HoldingTree tree = source.Available;
        foreach (SerialRange range in selection.Ranges)
        {
            long cursor = range.Serials.Start;
            while (true)
            {
                if (!TryFindContaining(tree, range, cursor, out CreditBlock held))
                {
                    throw new CreditsNotHeldException(source.Account.Id,
                        SerialRange.Create(range.Issuer, range.Project, SerialBlock.FromRange(cursor, range.Serials.End)));
                }
                long end = Math.Min(held.Block.End, range.Serials.End);
                if (!picked.Add(held.WithBlock(SerialBlock.FromRange(cursor, end))))
                {
                    return;
                }
                if (end == range.Serials.End)
                {
                    break;
                }
                cursor = end + 1;
            }
        }
    }

    /// <summary>
    /// Checks that an event which picks credits from <paramref name="slot"/> (a movement, a reservation or a marking)
    /// carries exactly the blocks its selection picks there, in order: a history must not contradict itself, even with
    /// every hash recomputed. The live ledger picks the blocks with this very code, so only histories read from outside
    /// are checked.
    /// </summary>
    private static void CheckPicked(AccountSlot slot, LedgerEvent e, CreditSelection selection, ImmutableArray<CreditBlock> blocks)
    {
        var compared = new Compared(blocks);
        PickInto(slot, selection, ref compared);
        if (!compared.Same)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Event {e.Sequence} carries other blocks than its selection picks from account {slot.Account.Id} ({selection})"));
        }
    }

    /// <summary>The holding that contains <paramref name="serial"/> of the range's serial space, in any vintage.</summary>
    private static bool TryFindContaining(HoldingTree tree, SerialRange range, long serial, out CreditBlock found)
    {
        bool more = tree.TryGetFirst(out CreditBlock probe);
        while (more)
        {
            int vintage = probe.Attributes.Vintage;
            var key = new HoldingKey(vintage, range.Issuer, range.Project.Value, serial);
            if (tree.TryFloor(key, out found) && found.Attributes.Vintage == vintage
                && HoldingKey.InSpace(found, range.Issuer, range.Project) && found.Block.Contains(serial))
            {
                return true;
            }
            more = vintage < CreditAttributes.MaxVintage && tree.TryCeiling(HoldingKey.FirstOfVintage(vintage + 1), out probe);
        }
        found = default;
        return false;
    }
}
