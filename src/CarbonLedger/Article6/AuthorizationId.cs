using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

/// <summary>
/// The identifier a Party gives one of its Article 6.2 authorisations, for example <c>JPN-2025-001</c>: 1 to 64
/// characters from letters, digits, <c>.</c>, <c>_</c>, <c>:</c> and <c>-</c>.
/// </summary>
/// <remarks>Equality and ordering are ordinal (case-sensitive). The default value is not a valid identifier.</remarks>
public readonly struct AuthorizationId : IEquatable<AuthorizationId>, IComparable<AuthorizationId>
{
    /// <summary>The longest identifier, in characters.</summary>
    public const int MaxLength = 64;

    private readonly string? value;

    private AuthorizationId(string value) => this.value = value;

    /// <summary>The identifier's text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is a real identifier rather than the default value.</summary>
    internal bool IsValid => value is not null;

    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is empty, too long or has other characters.</exception>
    public static AuthorizationId Create(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(TextRules.IsToken(value.AsSpan(), MaxLength), nameof(value),
            "Authorization id must be 1 to 64 characters from letters, digits, '.', '_', ':' and '-'; it is '{0}'", value);
        return new AuthorizationId(value);
    }

    /// <summary>Tries to create an identifier from text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out AuthorizationId result)
    {
        result = default;
        if (s is null || !TextRules.IsToken(s.AsSpan(), MaxLength))
        {
            return false;
        }
        result = new AuthorizationId(s);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(AuthorizationId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AuthorizationId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(AuthorizationId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Equality of the text.</summary>
    public static bool operator ==(AuthorizationId left, AuthorizationId right) => left.Equals(right);

    /// <summary>Inequality of the text.</summary>
    public static bool operator !=(AuthorizationId left, AuthorizationId right) => !left.Equals(right);

    /// <summary>Ordinal order of the text.</summary>
    public static bool operator <(AuthorizationId left, AuthorizationId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of the text.</summary>
    public static bool operator >(AuthorizationId left, AuthorizationId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of the text.</summary>
    public static bool operator <=(AuthorizationId left, AuthorizationId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of the text.</summary>
    public static bool operator >=(AuthorizationId left, AuthorizationId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text; empty for the default value.</summary>
    public override string ToString() => Value;
}
