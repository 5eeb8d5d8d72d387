namespace CarbonLedger.Registry.State;

/// <summary>
/// Walks an account's holdings in a selection's order: oldest vintage first (plain key order) or newest vintage
/// first (vintages descending, key order within a vintage); a vintage filter confines the walk to that vintage.
/// Each step is one O(log n) tree query, with no allocation.
/// </summary>
internal struct HoldingCursor
{
    private readonly HoldingTree tree;
    private readonly bool newestFirst;
    private readonly int? onlyVintage;
    private CreditBlock current;
    private bool started;

    internal HoldingCursor(HoldingTree tree, CreditSelection selection)
    {
        this.tree = tree;
        newestFirst = selection.Order == SelectionOrder.NewestVintageFirst;
        onlyVintage = selection.Vintage;
        current = default;
        started = false;
    }

    internal bool MoveNext(out CreditBlock block)
    {
        bool found;
        if (!started)
        {
            started = true;
            if (onlyVintage is { } v)
            {
                found = tree.TryCeiling(HoldingKey.FirstOfVintage(v), out block) && block.Attributes.Vintage == v;
            }
            else if (newestFirst)
            {
                found = tree.TryGetLast(out block) && tree.TryCeiling(HoldingKey.FirstOfVintage(block.Attributes.Vintage), out block);
            }
            else
            {
                found = tree.TryGetFirst(out block);
            }
        }
        else
        {
            int vintage = current.Attributes.Vintage;
            found = tree.TryHigher(HoldingKey.Of(current), out block);
            if (onlyVintage.HasValue || newestFirst)
            {
                bool sameVintage = found && block.Attributes.Vintage == vintage;
                if (!sameVintage)
                {
                    found = !onlyVintage.HasValue
                        && tree.TryLower(HoldingKey.FirstOfVintage(vintage), out block)
                        && tree.TryCeiling(HoldingKey.FirstOfVintage(block.Attributes.Vintage), out block);
                }
            }
        }
        current = block;
        return found;
    }
}
