using System.Collections.Generic;
using CarbonLedger.Registry;
using CarbonLedger.Serials;

namespace CarbonLedger.Article6;

/// <summary>
/// Which serials each authorisation covers, per serial space: disjoint entries sorted by first serial. A ledger block
/// may span entries of several authorisations (the ledger joins adjacent blocks with equal attributes), so blocks are
/// looked up by splitting them along the entries.
/// </summary>
internal sealed class AuthorizationCoverage
{
    private readonly Dictionary<SerialSpace, List<Entry>> spaces = [];

    /// <summary>Records that <paramref name="serials"/> of <paramref name="space"/> are covered by <paramref name="authorization"/>.</summary>
    internal void Add(SerialSpace space, SerialBlock serials, Authorization authorization)
    {
        if (!spaces.TryGetValue(space, out List<Entry>? entries))
        {
            entries = [];
            spaces.Add(space, entries);
        }
        int i = entries.Count;
        if (i > 0 && entries[i - 1].Serials.Start > serials.Start)
        {
            i = FloorIndex(entries, serials.Start) + 1;
        }
        if (i > 0 && entries[i - 1].Authorization == authorization && entries[i - 1].Serials.End + 1 == serials.Start)
        {
            entries[i - 1] = new Entry(SerialBlock.FromRange(entries[i - 1].Serials.Start, serials.End), authorization);
            return;
        }
        entries.Insert(i, new Entry(serials, authorization));
    }

    /// <summary>
    /// Splits a block along the coverage: each part with its authorisation, or null for serials no authorisation covers.
    /// </summary>
    internal void Split(CreditBlock block, List<(CreditBlock Part, Authorization? Authorization)> into)
    {
        SerialBlock serials = block.Block;
        if (!spaces.TryGetValue(SerialSpace.Of(block.Attributes), out List<Entry>? entries))
        {
            into.Add((block, null));
            return;
        }
        long cursor = serials.Start;
        int i = FloorIndex(entries, cursor);
        if (i < 0 || entries[i].Serials.End < cursor)
        {
            i++;
        }
        while (cursor <= serials.End)
        {
            if (i >= entries.Count || entries[i].Serials.Start > serials.End)
            {
                into.Add((CreditBlock.Create(SerialBlock.FromRange(cursor, serials.End), block.Attributes), null));
                return;
            }
            Entry e = entries[i];
            if (e.Serials.Start > cursor)
            {
                into.Add((CreditBlock.Create(SerialBlock.FromRange(cursor, e.Serials.Start - 1), block.Attributes), null));
                cursor = e.Serials.Start;
            }
            long end = e.Serials.End < serials.End ? e.Serials.End : serials.End;
            into.Add((CreditBlock.Create(SerialBlock.FromRange(cursor, end), block.Attributes), e.Authorization));
            if (end == serials.End)
            {
                return;
            }
            cursor = end + 1;
            i++;
        }
    }

    /// <summary>The index of the last entry starting at or before <paramref name="serial"/>, or −1.</summary>
    private static int FloorIndex(List<Entry> entries, long serial)
    {
        int lo = 0;
        int hi = entries.Count - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entries[mid].Serials.Start <= serial)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    private readonly record struct Entry(SerialBlock Serials, Authorization Authorization);
}
