using System.Collections.Generic;
using CarbonLedger.Registry;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

/// <summary>Sets of serials per serial space (for example the units first transferred, or used).</summary>
internal sealed class SerialSets
{
    private readonly Dictionary<SerialSpace, SerialSet> sets = [];

    internal bool Overlaps(CreditBlock block) =>
        sets.TryGetValue(SerialSpace.Of(block.Attributes), out SerialSet set) && set.Overlaps(block.Block);

    internal bool Overlaps(SerialRange range) =>
        sets.TryGetValue(SerialSpace.Of(range), out SerialSet set) && set.Overlaps(range.Serials);

    internal bool Covers(SerialRange range) =>
        sets.TryGetValue(SerialSpace.Of(range), out SerialSet set) && set.Covers(range.Serials);

    internal void Add(CreditBlock block)
    {
        var space = SerialSpace.Of(block.Attributes);
        sets[space] = sets.GetValueOrDefault(space).Add(block.Block);
    }
}
