namespace CarbonLedger.Registry;

/// <summary>What hash-chain verification found wrong with a history.</summary>
public enum ChainProblem
{
    /// <summary>Nothing: every event is in place and every link holds.</summary>
    None = 0,

    /// <summary>An event's content no longer matches its hash, or an earlier event was changed and its hash recomputed.</summary>
    Changed = 1,

    /// <summary>One or more events are missing from the middle of the history.</summary>
    Removed = 2,

    /// <summary>An event that is not part of the chain was inserted.</summary>
    Inserted = 3,

    /// <summary>Events are present but out of order.</summary>
    Reordered = 4,

    /// <summary>The chain is consistent but does not end at the expected head hash (events cut from the end, or a history rewritten from some point).</summary>
    HeadMismatch = 5,

    /// <summary>The history holds no event at all; every registry's history starts with its <c>RegistryCreated</c> event.</summary>
    Empty = 6,
}
