using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// The caller's description of an entity that authorisations name (<see cref="Authorization.AuthorizedEntities"/>):
/// its legal name and its country, for the AEF Authorized entities table.
/// </summary>
/// <remarks>Equality compares every field. Entities have no natural order.</remarks>
public sealed class AuthorizedEntity : IEquatable<AuthorizedEntity>
{
    private AuthorizedEntity(ActorId id, string name, Country country)
    {
        Id = id;
        Name = name;
        Country = country;
    }

    /// <summary>The id authorisations name the entity by.</summary>
    public ActorId Id { get; }

    /// <summary>The entity's legal name.</summary>
    public string Name { get; }

    /// <summary>The country where the entity is established.</summary>
    public Country Country { get; }

    /// <summary>Describes an entity.</summary>
    /// <param name="id">The id authorisations name it by.</param>
    /// <param name="name">Its legal name: clean text of at most 200 characters.</param>
    /// <param name="country">The country where it is established.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, too long, or holds control characters.</exception>
    public static AuthorizedEntity Create(ActorId id, string name, Country country)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(country);
        Preconditions.CheckArgument(TextRules.IsCleanText(name, ActorId.MaxLength), nameof(name),
            "An entity name is 1 to 200 characters without control characters or surrounding spaces; got '{0}'", name);
        return new AuthorizedEntity(id, name, country);
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] AuthorizedEntity? other) =>
        other is not null && Id == other.Id && string.Equals(Name, other.Name, StringComparison.Ordinal) && Country.Equals(other.Country);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as AuthorizedEntity);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(Name), Country);

    /// <inheritdoc/>
    public override string ToString() => $"{Id.Value}: {Name} ({Country.Alpha3})";
}
