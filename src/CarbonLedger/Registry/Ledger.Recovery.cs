using System;
using CarbonLedger.Registry.State;

namespace CarbonLedger.Registry;

public sealed partial class Ledger
{
    /// <summary>
    /// After a failed rebuild (see <see cref="Commit{TEvent}"/>) the writer's state may be half-updated: rebuilds it before
    /// anything reads it, or throws <see cref="InvalidOperationException"/> if the rebuild fails again.
    /// </summary>
    private void RecoverIfBroken()
    {
        if (broken is null)
        {
            return;
        }
        try
        {
            Restore();
            broken = null;
        }
        catch (Exception ex)
        {
            broken = ex;
            throw new InvalidOperationException("The ledger could not rebuild its state after an earlier failure; try again, or rebuild it from its history with Ledger.Replay", ex);
        }
    }

    /// <summary>Test hook: called when the writer starts rebuilding its state after a failure; an exception it throws makes the rebuild fail.</summary>
    internal Action? RestoreFaultInjector { get; set; }

    /// <summary>Rebuilds the writer's state from the sealed state and the events committed after it.</summary>
    private void Restore()
    {
        RestoreCount++;
        RestoreFaultInjector?.Invoke();
        owner.Retire();
        var fresh = new TransientOwner();
        LedgerSnapshot sealedSnapshot = current;
        LedgerState restored = sealedSnapshot.State;
        EventList events = log.View;
        for (int i = sealedSnapshot.EventCount; i < events.Count; i++)
        {
            restored = restored.Apply(events[i], null, fresh);
        }
        state = restored;
        owner = fresh;
    }
}
