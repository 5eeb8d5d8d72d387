using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// Who performs an operation or holds an account: a registry administrator, a government, a company. The ledger
/// authorises by comparing actors: only an account's holder may move credits out of it, and only the registry
/// administrator may issue, open accounts, mark credits and record acquisitions.
/// </summary>
/// <remarks>
/// The text is 1 to 200 characters, without control characters and without leading or trailing white space.
/// Equality and ordering are ordinal (case-sensitive). The default value is not a valid actor.
/// </remarks>
public readonly struct ActorId : IEquatable<ActorId>, IComparable<ActorId>
{
    /// <summary>The longest accepted text, in characters.</summary>
    public const int MaxLength = 200;

    private readonly string? value;

    private ActorId(string value) => this.value = value;

    /// <summary>The actor's text, for example <c>Government of Japan</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is a real actor rather than the default value.</summary>
    internal bool IsValid => value is not null;

    /// <summary>Creates an actor from its text.</summary>
    /// <exception cref="ArgumentException">The text is empty, too long, has control characters or surrounding white space.</exception>
    public static ActorId Create(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(TextRules.IsCleanText(value, MaxLength), nameof(value),
            "Actor must be 1 to 200 characters without control characters or surrounding white space; it is '{0}'", value);
        return new ActorId(value);
    }

    /// <inheritdoc />
    public bool Equals(ActorId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ActorId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(ActorId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(ActorId left, ActorId right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(ActorId left, ActorId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;

    /// <summary>The actor's text.</summary>
    public override string ToString() => Value;
}
