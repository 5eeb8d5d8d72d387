using NodaTime;

namespace CarbonLedger.Registry.Events;

/// <summary>The fields every event has, gathered so constructors stay short.</summary>
internal readonly record struct EventHeader(long Sequence, Instant Instant, OperationId OperationId, ActorId Actor, EventHash PreviousHash, EventHash Hash);
