using NodaTime;

namespace CarbonLedger.Cli.History;

/// <summary>
/// A clock that reads a set instant, so that everything the tool writes is dated deterministically (the tool never
/// reads the machine's clock). <see cref="Now"/> can be moved forward by the scenario between operations.
/// </summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;
}
