using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// A project site where meters are read: an identifier and the site's tzdb time zone, which decides the local
/// calendar date, and so the vintage, of every reading.
/// </summary>
/// <remarks>
/// Two sites are equal when their identifiers (ordinal) and time-zone ids are equal. Sites have no natural order.
/// Instances are immutable.
/// </remarks>
public sealed class MonitoringSite : IEquatable<MonitoringSite>
{
    /// <summary>Creates a site.</summary>
    /// <param name="id">A non-blank identifier, for example <c>KZ001-PV-1</c>.</param>
    /// <param name="zone">The site's time zone, for example <c>DateTimeZoneProviders.Tzdb["Asia/Almaty"]</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public MonitoringSite(string id, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(zone);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "Site id must not be blank");
        Id = id;
        Zone = zone;
    }

    /// <summary>The site's identifier.</summary>
    public string Id { get; }

    /// <summary>The site's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The local calendar date at the site of an instant.</summary>
    /// <param name="instant">Any instant.</param>
    public LocalDate LocalDateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] MonitoringSite? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as MonitoringSite);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Zone.Id));

    /// <summary>Formats as <c>KZ001-PV-1 (Asia/Almaty)</c>.</summary>
    public override string ToString() => $"{Id} ({Zone.Id})";
}
