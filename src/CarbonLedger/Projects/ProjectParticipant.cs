using System;
using CarbonLedger.Parties;
using CarbonLedger.Utility;

namespace CarbonLedger.Projects;

/// <summary>
/// A party that can receive a project's credits: a government or a project participant, on the Japanese or
/// the partner country's side (its <see cref="Country"/>), which decides the registry it holds credits in.
/// </summary>
/// <remarks>Immutable; compares by name, country and role.</remarks>
public sealed class ProjectParticipant : IEquatable<ProjectParticipant>
{
    private ProjectParticipant(string name, Country country, ParticipantRole role)
    {
        Name = name;
        Country = country;
        Role = role;
    }

    /// <summary>The name used in the allocation agreement, for example <c>Government of Japan</c>.</summary>
    public string Name { get; }

    /// <summary>The side the participant is on: Japan or the partner country.</summary>
    public Country Country { get; }

    /// <summary>Government or entity.</summary>
    public ParticipantRole Role { get; }

    /// <summary>Whether this is the Government of Japan.</summary>
    public bool IsGovernmentOfJapan => Role == ParticipantRole.Government && Country.Equals(Country.Japan);

    /// <summary>The government of <paramref name="country"/>, named <c>Government of {country name}</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public static ProjectParticipant GovernmentOf(Country country)
    {
        Preconditions.CheckNotNull(country);
        return new ProjectParticipant("Government of " + country.Name, country, ParticipantRole.Government);
    }

    /// <summary>A project participant (company or other entity) on the side of <paramref name="country"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static ProjectParticipant Entity(string name, Country country)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(country);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "Participant name must not be blank");
        return new ProjectParticipant(name, country, ParticipantRole.Entity);
    }

    /// <inheritdoc />
    public bool Equals(ProjectParticipant? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Country.Equals(other.Country) && Role == other.Role;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProjectParticipant);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Country, Role);

    /// <summary>For example <c>Mayekawa (JPN)</c>.</summary>
    public override string ToString() => $"{Name} ({Country.Alpha3})";
}
