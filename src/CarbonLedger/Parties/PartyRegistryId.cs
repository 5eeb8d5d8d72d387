using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Parties;

/// <summary>
/// The identifier of a Party's Article 6 registry, in the Agreed Electronic Format form: the Party's ISO 3166-1
/// alpha-3 code followed by two digits, for example <c>JPN01</c> or <c>KAZ01</c>.
/// </summary>
/// <remarks>
/// Equality is ordinal on the canonical text. The default value is not a valid identifier and prints as an
/// empty string. Registry ids have no natural order.
/// </remarks>
public readonly struct PartyRegistryId : IEquatable<PartyRegistryId>
{
    private readonly string? value;

    private PartyRegistryId(string value) => this.value = value;

    /// <summary>The canonical text, for example <c>JPN01</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>The Party whose registry this is.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Country Party => value is null
        ? throw new InvalidOperationException("The default PartyRegistryId has no Party")
        : Country.FindAlpha3Exact(value.AsSpan(0, 3))!;

    /// <summary>The registry's number within the Party, 1 to 99.</summary>
    public int Number => value is null ? 0 : int.Parse(value.AsSpan(3), CultureInfo.InvariantCulture);

    /// <summary>Creates the identifier of registry <paramref name="number"/> of <paramref name="party"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not between 1 and 99.</exception>
    public static PartyRegistryId Create(Country party, int number)
    {
        Preconditions.CheckNotNull(party);
        Preconditions.CheckArgumentRange(nameof(number), number, 1, 99);
        return new PartyRegistryId(party.Alpha3 + number.ToString("D2", CultureInfo.InvariantCulture));
    }

    /// <summary>Parses <c>JPN01</c>-style text: a known upper-case alpha-3 code and two digits (not 00).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a registry id.</exception>
    public static PartyRegistryId Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out PartyRegistryId id)
            ? id
            : throw new FormatException($"Registry id '{s}' must be a known upper-case ISO 3166-1 alpha-3 code followed by two digits, for example JPN01");
    }

    /// <summary>Tries to parse <c>JPN01</c>-style text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out PartyRegistryId result)
    {
        result = default;
        if (s is null || !IsValid(s))
        {
            return false;
        }
        result = new PartyRegistryId(s);
        return true;
    }

    internal static bool IsValid(ReadOnlySpan<char> s) =>
        s.Length == 5 && Country.FindAlpha3Exact(s[..3]) is not null
        && char.IsAsciiDigit(s[3]) && char.IsAsciiDigit(s[4]) && !(s[3] == '0' && s[4] == '0');

    /// <inheritdoc />
    public bool Equals(PartyRegistryId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PartyRegistryId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <summary>Equality of the canonical text.</summary>
    public static bool operator ==(PartyRegistryId left, PartyRegistryId right) => left.Equals(right);

    /// <summary>Inequality of the canonical text.</summary>
    public static bool operator !=(PartyRegistryId left, PartyRegistryId right) => !left.Equals(right);

    /// <summary>The canonical text, for example <c>JPN01</c>.</summary>
    public override string ToString() => Value;
}
