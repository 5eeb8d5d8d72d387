namespace CarbonLedger.Registry;

/// <summary>The order in which a quantity-based operation takes an account's blocks.</summary>
/// <remarks>
/// Within one vintage both orders take blocks by issuing registry, then project, then lowest serial. When only part
/// of a block is needed, the holder keeps the block's first serials and the last ones move (registry convention).
/// </remarks>
public enum SelectionOrder
{
    /// <summary>Oldest vintage first (the default).</summary>
    OldestVintageFirst = 0,

    /// <summary>Newest vintage first.</summary>
    NewestVintageFirst = 1,
}
