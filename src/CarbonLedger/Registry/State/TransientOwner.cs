using System.Collections.Generic;

namespace CarbonLedger.Registry.State;

/// <summary>
/// Marks the nodes and arrays created by one writer generation, so that the writer may update them in place instead
/// of copying them for every event (a "transient" in the persistent-structure sense). A replay uses one owner for the
/// whole rebuild; the live ledger uses one until it seals its state for readers (see <c>Ledger.Current</c>) and then
/// starts a new one. Nothing built under an owner is visible to readers while the owner is in use, so published state
/// is never mutated.
/// </summary>
internal sealed class TransientOwner
{
    private HashSet<object>? arrays = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="array"/> was created under this owner (and the owner is still in use).</summary>
    internal bool Owns(object array) => arrays is not null && arrays.Contains(array);

    /// <summary>Records that <paramref name="array"/> was created under this owner.</summary>
    internal void Adopt(object array) => arrays?.Add(array);

    /// <summary>
    /// Ends the owner's generation: it will never write again, so it forgets the arrays it adopted (nodes keep a
    /// reference to their owner, and the set would otherwise keep replaced arrays alive).
    /// </summary>
    internal void Retire() => arrays = null;
}
