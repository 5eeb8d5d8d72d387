using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// The client-supplied identifier of one operation, the key of idempotency: repeating an operation with the same id
/// returns the first result and changes nothing, and reusing the id for a different operation is refused.
/// </summary>
/// <remarks>
/// <para>A client id is 1 to 64 characters from <c>A–Z a–z 0–9 . _ : -</c>, for example <c>JC-2026-0042</c>.</para>
/// <para>The ledger derives the id of an acquisition from the sending registry and the sender's operation id, as
/// <c>{registry}/{id}</c> (for example <c>JPN01/T-17</c>); the slash never appears in a client id, so derived ids
/// cannot collide with client ids. Equality and ordering are ordinal. The default value is not a valid id.</para>
/// </remarks>
public readonly struct OperationId : IEquatable<OperationId>, IComparable<OperationId>
{
    /// <summary>The longest client id, in characters.</summary>
    public const int MaxLength = 64;

    private readonly string? value;

    private OperationId(string value) => this.value = value;

    /// <summary>The id's text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this id was derived for an acquisition (it has the form <c>{registry}/{id}</c>).</summary>
    public bool IsAcquisition => value is not null && value.Length > 6 && value[5] == '/';

    /// <summary>Whether this is a real id rather than the default value.</summary>
    internal bool IsValid => value is not null;

    /// <summary>Creates a client operation id.</summary>
    /// <exception cref="ArgumentException">The text is empty, longer than 64 characters or has other characters than
    /// letters, digits, <c>.</c>, <c>_</c>, <c>:</c> and <c>-</c>.</exception>
    public static OperationId Create(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(TextRules.IsToken(value.AsSpan(), MaxLength), nameof(value),
            "Operation id must be 1 to 64 characters from letters, digits, '.', '_', ':' and '-'; it is '{0}'", value);
        return new OperationId(value);
    }

    /// <summary>The id under which a registry records its acquisition of another registry's outgoing transfer.</summary>
    /// <param name="sourceRegistry">The registry that sent the credits.</param>
    /// <param name="sourceOperation">The sender's client id of the outgoing transfer.</param>
    /// <exception cref="ArgumentException">An argument is the default value, or the source operation is itself an acquisition.</exception>
    public static OperationId ForAcquisition(RegistryId sourceRegistry, OperationId sourceOperation)
    {
        Preconditions.CheckArgument(sourceRegistry.IsValid, nameof(sourceRegistry), "Registry id must not be the default value");
        Preconditions.CheckArgument(sourceOperation.IsValid && !sourceOperation.IsAcquisition, nameof(sourceOperation),
            "The source operation must be a client operation id; it is '{0}'", sourceOperation.Value);
        return new OperationId(sourceRegistry + "/" + sourceOperation.value);
    }

    /// <summary>Parses a client id or a derived acquisition id (<c>{registry}/{id}</c>).</summary>
    /// <exception cref="FormatException">The text is neither form.</exception>
    public static OperationId Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        if (TextRules.IsToken(s.AsSpan(), MaxLength))
        {
            return new OperationId(s);
        }
        if (s.Length > 6 && s[5] == '/' && RegistryId.TryParse(s.AsSpan(0, 5), out RegistryId registry)
            && TextRules.IsToken(s.AsSpan(6), MaxLength))
        {
            return new OperationId(registry + "/" + s[6..]);
        }
        throw new FormatException($"Operation id '{s}' must be 1 to 64 characters from letters, digits, '.', '_', ':' and '-', optionally after a registry id and '/'");
    }

    /// <inheritdoc />
    public bool Equals(OperationId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is OperationId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(OperationId other) => string.CompareOrdinal(value, other.value);

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(OperationId left, OperationId right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(OperationId left, OperationId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(OperationId left, OperationId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(OperationId left, OperationId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(OperationId left, OperationId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(OperationId left, OperationId right) => left.CompareTo(right) >= 0;

    /// <summary>The id's text.</summary>
    public override string ToString() => Value;
}
