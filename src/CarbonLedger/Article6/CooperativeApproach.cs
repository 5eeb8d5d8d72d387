using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using CarbonLedger.Parties;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

/// <summary>
/// An Article 6.2 cooperative approach: its identifier, its name and the participating Parties, for example the
/// JCM between Japan and Thailand as <c>CA0001</c>.
/// </summary>
/// <remarks>
/// Immutable. Equality compares the identifier, the name and the Parties (in the order given, which is kept).
/// Approaches have no natural order; sort them by <see cref="Id"/>.
/// </remarks>
public sealed class CooperativeApproach : IEquatable<CooperativeApproach>
{
    /// <summary>The longest name, in characters.</summary>
    public const int MaxNameLength = 200;

    private CooperativeApproach(CooperativeApproachId id, string name, ReadOnlyCollection<Country> participants)
    {
        Id = id;
        Name = name;
        Participants = participants;
    }

    /// <summary>The identifier, for example <c>CA0001</c>.</summary>
    public CooperativeApproachId Id { get; }

    /// <summary>The name, for example <c>Joint Crediting Mechanism (Japan–Thailand)</c>.</summary>
    public string Name { get; }

    /// <summary>The participating Parties, at least two, in the order given.</summary>
    public IReadOnlyList<Country> Participants { get; }

    /// <summary>Creates a cooperative approach.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">1 to 200 characters, no control characters or surrounding white space.</param>
    /// <param name="participants">Two or more distinct Parties.</param>
    /// <exception cref="ArgumentException">The id is the default value, the name is malformed, or fewer than two distinct Parties are given.</exception>
    /// <exception cref="ArgumentNullException">An argument or Party is null.</exception>
    public static CooperativeApproach Create(CooperativeApproachId id, string name, IEnumerable<Country> participants)
    {
        Preconditions.CheckArgument(id.IsValid, nameof(id), "Cooperative approach id must not be the default value");
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(TextRules.IsCleanText(name, MaxNameLength), nameof(name),
            "Name must be 1 to 200 characters without control characters or surrounding white space; it is '{0}'", name);
        Preconditions.CheckNotNull(participants);
        Country[] list = participants.ToArray();
        foreach (Country c in list)
        {
            Preconditions.CheckArgument(c is not null, nameof(participants), "A participating Party is null");
        }
        Preconditions.CheckArgument(list.Distinct().Count() == list.Length, nameof(participants), "Participating Parties must be distinct; they are {0}", string.Join(", ", list.Select(c => c.Alpha3)));
        Preconditions.CheckArgument(list.Length >= 2, nameof(participants), "A cooperative approach has at least two participating Parties; {0} given", list.Length);
        return new CooperativeApproach(id, name, Array.AsReadOnly(list));
    }

    /// <summary>Whether <paramref name="party"/> participates.</summary>
    public bool IsParticipant(Country party) => Participants.Contains(party);

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] CooperativeApproach? other) =>
        other is not null && Id == other.Id && string.Equals(Name, other.Name, StringComparison.Ordinal) && Participants.SequenceEqual(other.Participants);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CooperativeApproach);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(Name), Participants.Count);

    /// <summary>For example <c>CA0001 Joint Crediting Mechanism (JPN, THA)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} {Name} ({string.Join(", ", Participants.Select(p => p.Alpha3))})");
}
