namespace CarbonLedger.Registry.State;

/// <summary>An immutable AVL node: a holding, its subtrees, and the subtree's block count, credit sum and height.</summary>
internal sealed class HoldingNode
{
    internal readonly CreditBlock Item;
    internal readonly HoldingNode? Left;
    internal readonly HoldingNode? Right;
    internal readonly long Credits;
    internal readonly int Count;
    internal readonly int Height;

    internal HoldingNode(in CreditBlock item, HoldingNode? left, HoldingNode? right)
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
