using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>
/// The identifier of a methodology. JCM identifiers have the form <c>{CC}_AM{NNN}</c> (approved) or
/// <c>{CC}_PM{NNN}</c> (proposed), for example <c>MN_AM003</c>; other schemes' identifiers (such as CDM's
/// <c>AMS-I.D.</c>) are accepted as opaque codes.
/// </summary>
/// <remarks>
/// Equality is ordinal on the text; JCM identifiers are upper-cased when parsed. Ordering is ordinal on the text.
/// The default value is not a valid identifier and prints as an empty string.
/// </remarks>
public readonly struct MethodologyId : IEquatable<MethodologyId>, IComparable<MethodologyId>
{
    private readonly string? value;

    private MethodologyId(string value) => this.value = value;

    /// <summary>The identifier's text, for example <c>MN_AM003</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether the identifier has the JCM form <c>{CC}_AM{NNN}</c> or <c>{CC}_PM{NNN}</c>.</summary>
    public bool IsJcm => IsJcmForm(Value);

    /// <summary>For a JCM identifier, the partner country's ISO 3166-1 alpha-2 code (<c>MN</c>); otherwise empty.</summary>
    public string CountryAlpha2 => IsJcm ? Value[..2] : string.Empty;

    /// <summary>Whether this is an approved JCM methodology (<c>_AM</c>); false for proposed ones and other schemes.</summary>
    public bool IsApproved => IsJcm && Value[3] == 'A';

    /// <summary>
    /// Parses an identifier: a JCM form (<c>mn_am003</c> becomes <c>MN_AM003</c>) or any other code of 1 to 40
    /// letters, digits and the characters <c>. - _ /</c>.
    /// </summary>
    /// <param name="text">The identifier.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty, too long or has other characters.</exception>
    public static MethodologyId Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out MethodologyId id)
            ? id
            : throw new FormatException($"Methodology id '{text}' must be 1 to 40 letters, digits, '.', '-', '_' or '/', for example MN_AM003");
    }

    /// <summary>Tries to parse an identifier (see <see cref="Parse"/>).</summary>
    /// <param name="text">The identifier.</param>
    /// <param name="result">The parsed identifier, or the default value.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out MethodologyId result)
    {
        result = default;
        if (text is null || text.Length is 0 or > 40)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_' or '/'))
            {
                return false;
            }
        }
        string upper = text.ToUpperInvariant();
        result = new MethodologyId(IsJcmForm(upper) ? upper : text);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(MethodologyId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MethodologyId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(MethodologyId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(MethodologyId left, MethodologyId right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(MethodologyId left, MethodologyId right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(MethodologyId left, MethodologyId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(MethodologyId left, MethodologyId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(MethodologyId left, MethodologyId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(MethodologyId left, MethodologyId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    public override string ToString() => Value;

    private static bool IsJcmForm(string s) =>
        s.Length == 8 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]) && s[2] == '_'
        && (s[3] == 'A' || s[3] == 'P') && s[4] == 'M' && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6]) && char.IsAsciiDigit(s[7]);
}
