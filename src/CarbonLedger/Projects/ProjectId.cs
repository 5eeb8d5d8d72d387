using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Projects;

/// <summary>
/// The identifier of a crediting project, in the JCM form <c>{CC}{NNN}</c>: the host country's ISO 3166-1
/// alpha-2 code followed by a registration number of three or more digits, for example <c>ID009</c> or <c>KZ001</c>.
/// </summary>
/// <remarks>
/// Equality is ordinal on the canonical (upper-case) text; ordering is by country code and then by number.
/// The default value is not a valid identifier and prints as an empty string.
/// </remarks>
public readonly struct ProjectId : IEquatable<ProjectId>, IComparable<ProjectId>
{
    private readonly string? value;

    private ProjectId(string value) => this.value = value;

    /// <summary>The canonical text, for example <c>KZ001</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>The host country's ISO 3166-1 alpha-2 code, for example <c>KZ</c>.</summary>
    public string CountryAlpha2 => Value.Length >= 2 ? Value[..2] : string.Empty;

    /// <summary>The registration number within the host country, for example 1 for <c>KZ001</c>.</summary>
    public int Number => Value.Length > 2 ? int.Parse(Value.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>Creates an identifier from a country code and a number, formatted with at least three digits.</summary>
    /// <exception cref="ArgumentException">The country code is not two ASCII letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number is not between 1 and 999,999.</exception>
    public static ProjectId Create(string countryAlpha2, int number)
    {
        Preconditions.CheckNotNull(countryAlpha2);
        Preconditions.CheckArgument(countryAlpha2.Length == 2 && char.IsAsciiLetter(countryAlpha2[0]) && char.IsAsciiLetter(countryAlpha2[1]),
            nameof(countryAlpha2), "Country code must be two ASCII letters; it is '{0}'", countryAlpha2);
        Preconditions.CheckArgumentRange(nameof(number), number, 1, 999_999);
        return new ProjectId(countryAlpha2.ToUpperInvariant() + number.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Parses <c>KZ001</c>-style text (letters are upper-cased).</summary>
    /// <exception cref="FormatException">The text is not two letters followed by three to six digits.</exception>
    public static ProjectId Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out ProjectId id)
            ? id
            : throw new FormatException($"Project id '{s}' must be a two-letter country code followed by 3 to 6 digits, for example KZ001");
    }

    /// <summary>Tries to parse <c>KZ001</c>-style text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out ProjectId result)
    {
        result = default;
        if (s is null || s.Length < 5 || s.Length > 8 || !char.IsAsciiLetter(s[0]) || !char.IsAsciiLetter(s[1]))
        {
            return false;
        }
        for (int i = 2; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }
        if (int.Parse(s.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return false;
        }
        result = new ProjectId(s.ToUpperInvariant());
        return true;
    }

    /// <inheritdoc />
    public bool Equals(ProjectId other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ProjectId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    /// <inheritdoc />
    public int CompareTo(ProjectId other)
    {
        int byCountry = string.CompareOrdinal(CountryAlpha2, other.CountryAlpha2);
        return byCountry != 0 ? byCountry : Number.CompareTo(other.Number);
    }

    /// <summary>Equality of the canonical text.</summary>
    public static bool operator ==(ProjectId left, ProjectId right) => left.Equals(right);

    /// <summary>Inequality of the canonical text.</summary>
    public static bool operator !=(ProjectId left, ProjectId right) => !left.Equals(right);

    /// <summary>Orders by country code, then number.</summary>
    public static bool operator <(ProjectId left, ProjectId right) => left.CompareTo(right) < 0;

    /// <summary>Orders by country code, then number.</summary>
    public static bool operator >(ProjectId left, ProjectId right) => left.CompareTo(right) > 0;

    /// <summary>Orders by country code, then number.</summary>
    public static bool operator <=(ProjectId left, ProjectId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by country code, then number.</summary>
    public static bool operator >=(ProjectId left, ProjectId right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical text, for example <c>KZ001</c>.</summary>
    public override string ToString() => Value;
}
