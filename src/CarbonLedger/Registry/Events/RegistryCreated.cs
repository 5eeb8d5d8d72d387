namespace CarbonLedger.Registry.Events;

/// <summary>The first event of every history: which registry it is and who administers it.</summary>
public sealed class RegistryCreated : LedgerEvent
{
    internal RegistryCreated(EventHeader header, RegistryId registry)
        : base(header)
    {
        Registry = registry;
    }

    /// <summary>The registry the history belongs to.</summary>
    public RegistryId Registry { get; }

    /// <summary>The registry administrator (the event's actor).</summary>
    public ActorId Administrator => Actor;

    /// <inheritdoc />
    public override LedgerEventKind Kind => LedgerEventKind.RegistryCreated;
}
