using System;
using System.Collections.Generic;
using System.Globalization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// A statement about a registry's history: its event number <see cref="Sequence"/> has hash <see cref="HeadHash"/>
/// and instant <see cref="Instant"/>. Signed (<see cref="SignedCheckpoint"/>) and kept elsewhere (by the other Party,
/// an auditor or the secretariat), it pins the history up to that event: a later copy must contain that very event,
/// so a rewritten or truncated history is detected even when its hash chain is self-consistent.
/// </summary>
/// <remarks>Two checkpoints are equal when all four fields are equal. Checkpoints have no meaningful order.</remarks>
public sealed class Checkpoint : IEquatable<Checkpoint>
{
    private Checkpoint(RegistryId registry, long sequence, EventHash headHash, Instant instant)
    {
        Registry = registry;
        Sequence = sequence;
        HeadHash = headHash;
        Instant = instant;
    }

    /// <summary>The registry.</summary>
    public RegistryId Registry { get; }

    /// <summary>The sequence of the head event (the history has <c>Sequence + 1</c> events up to it).</summary>
    public long Sequence { get; }

    /// <summary>The head event's hash.</summary>
    public EventHash HeadHash { get; }

    /// <summary>The head event's instant.</summary>
    public Instant Instant { get; }

    /// <summary>A checkpoint from its fields (for example read from a file).</summary>
    /// <exception cref="ArgumentException">The registry is the default value or the sequence is negative.</exception>
    public static Checkpoint Create(RegistryId registry, long sequence, EventHash headHash, Instant instant)
    {
        Preconditions.CheckArgument(registry.IsValid, nameof(registry), "Registry id must not be the default value");
        Preconditions.CheckArgument(sequence >= 0, nameof(sequence), "A checkpoint's sequence must not be negative; it is {0}", sequence);
        return new Checkpoint(registry, sequence, headHash, instant);
    }

    /// <summary>The checkpoint of a snapshot's last event.</summary>
    public static Checkpoint Of(LedgerSnapshot snapshot)
    {
        Preconditions.CheckNotNull(snapshot);
        return Of(snapshot.Events);
    }

    /// <summary>The checkpoint of a history's last event.</summary>
    /// <exception cref="ArgumentException">The history is empty or does not start with <see cref="RegistryCreated"/>.</exception>
    public static Checkpoint Of(IReadOnlyList<LedgerEvent> history)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckArgument(history.Count > 0 && history[0] is RegistryCreated, nameof(history), "A history starts with its RegistryCreated event");
        LedgerEvent head = history[^1];
        return new Checkpoint(((RegistryCreated)history[0]).Registry, head.Sequence, head.Hash, head.Instant);
    }

    /// <summary>
    /// Compares a history with this checkpoint: it must be this registry's, reach <see cref="Sequence"/>, and have this
    /// hash and instant there. A longer history is fine (it continues after the checkpoint). The chain itself is not
    /// verified here (see <see cref="HashChain.Verify"/>).
    /// </summary>
    public CheckpointComparison CompareWith(IReadOnlyList<LedgerEvent> history)
    {
        Preconditions.CheckNotNull(history);
        if (history.Count == 0 || history[0] is not RegistryCreated created || created.Registry != Registry)
        {
            string found = history.Count > 0 && history[0] is RegistryCreated c ? c.Registry.ToString() : "no RegistryCreated event";
            return new CheckpointComparison(CheckpointStatus.OtherRegistry, $"the checkpoint is of registry {Registry}; the history is of {found}");
        }
        if (history.Count <= Sequence)
        {
            return new CheckpointComparison(CheckpointStatus.HistoryShorter, string.Create(CultureInfo.InvariantCulture,
                $"the history ends at event #{history[^1].Sequence}, before the checkpoint's event #{Sequence} (events were cut from the end)"));
        }
        LedgerEvent at = history[(int)Sequence];
        if (at.Sequence != Sequence || at.Hash != HeadHash || at.Instant != Instant)
        {
            return new CheckpointComparison(CheckpointStatus.HistoryDiffers, string.Create(CultureInfo.InvariantCulture,
                $"event #{Sequence} of the history has hash {at.Hash} at {at.Instant}; the checkpoint says {HeadHash} at {Instant}"));
        }
        return new CheckpointComparison(CheckpointStatus.Matches, string.Create(CultureInfo.InvariantCulture,
            $"event #{Sequence} has the checkpoint's hash {HeadHash}"));
    }

    /// <inheritdoc />
    public bool Equals(Checkpoint? other) =>
        other is not null && Registry == other.Registry && Sequence == other.Sequence && HeadHash == other.HeadHash && Instant == other.Instant;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Checkpoint);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Registry, Sequence, HeadHash, Instant);

    /// <summary>For example <c>JPN01 #42 3f2a… at 2026-03-01T00:00:00Z</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Registry} #{Sequence} {HeadHash} at {Instant}");
}
