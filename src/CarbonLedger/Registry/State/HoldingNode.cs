namespace CarbonLedger.Registry.State;

/// <summary>
/// An AVL node: a holding, its subtrees, and the subtree's block count, credit sum and height. A node is immutable
/// once published; only the replay that created it (its <see cref="Owner"/>) may update it in place before then.
/// </summary>
internal sealed class HoldingNode
{
    internal HoldingNode(TransientOwner? owner, CreditBlock item, HoldingNode? left, HoldingNode? right)
    {
        Owner = owner;
        Set(item, left, right);
    }

    internal TransientOwner? Owner { get; }

    internal CreditBlock Item { get; private set; }

    internal HoldingNode? Left { get; private set; }

    internal HoldingNode? Right { get; private set; }

    internal long Credits { get; private set; }

    internal int Count { get; private set; }

    internal int Height { get; private set; }

    /// <summary>A node with these contents: <paramref name="reuse"/> updated in place when the owner may, else a new node.</summary>
    internal static HoldingNode Make(TransientOwner? owner, HoldingNode? reuse, CreditBlock item, HoldingNode? left, HoldingNode? right)
    {
        if (owner is not null && reuse is not null && ReferenceEquals(reuse.Owner, owner))
        {
            reuse.Set(item, left, right);
            return reuse;
        }
        return new HoldingNode(owner, item, left, right);
    }

    private void Set(CreditBlock item, HoldingNode? left, HoldingNode? right)
    {
        Item = item;
        Left = left;
        Right = right;
        Credits = item.Count + (left?.Credits ?? 0) + (right?.Credits ?? 0);
        Count = 1 + (left?.Count ?? 0) + (right?.Count ?? 0);
        int hl = left?.Height ?? 0;
        int hr = right?.Height ?? 0;
        Height = 1 + (hl > hr ? hl : hr);
    }
}
