using System;

namespace CarbonLedger.Parties;

/// <summary>A public page or document a fact of CarbonLedger's reference data was taken from.</summary>
/// <remarks>Immutable; equal when the ids are equal.</remarks>
public sealed class FactSource : IEquatable<FactSource>
{
    internal FactSource(string id, string title, Uri? url)
    {
        Id = id;
        Title = title;
        Url = url;
    }

    /// <summary>The source's short id in the data, for example <c>mofa-jcm-2024</c>.</summary>
    public string Id { get; }

    /// <summary>Who published it, its title and date, and what it says.</summary>
    public string Title { get; }

    /// <summary>Where it is published, or null for a document cited by title only.</summary>
    public Uri? Url { get; }

    /// <inheritdoc />
    public bool Equals(FactSource? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FactSource);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    /// <summary>The title and, where there is one, the address.</summary>
    public override string ToString() => Url is null ? Title : $"{Title} <{Url}>";
}
