using System.Collections.Generic;

namespace CarbonLedger.Registry.State;

/// <summary>
/// Marks the nodes and arrays created during one replay, so that the replay may update them in place instead of
/// copying them for every event (a "transient" in the persistent-structure sense). Nothing built under an owner is
/// visible to anyone until the replay ends, and the owner is dropped then, so published state is never mutated. Live
/// operations pass no owner and always copy.
/// </summary>
internal sealed class TransientOwner
{
    private readonly HashSet<object> arrays = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="array"/> was created under this owner.</summary>
    internal bool Owns(object array) => arrays.Contains(array);

    /// <summary>Records that <paramref name="array"/> was created under this owner.</summary>
    internal void Adopt(object array) => arrays.Add(array);
}
