using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Parties;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// The identifier of a Party's registry in the Article 6.2 form: the Party's ISO 3166-1 alpha-3 code followed by two
/// digits, for example <c>JPN01</c> (Japan's JCM registry) or <c>KAZ01</c>.
/// </summary>
/// <remarks>
/// <para>The identifier is held as one packed integer, so equality, hashing and ordering are integer operations.
/// Ordering is ordinal on the text (country code, then number). The default value is not a valid identifier and
/// prints as an empty string.</para>
/// <para>The type checks the form only: any three ASCII letters and any number from 0 to 99. Whether the letters
/// name a real Party is answered by <see cref="Party"/> (null when they do not). Rules that ask for more are checked
/// where they apply: a JCM partnership (<see cref="JcmPartnership.WithRegistries"/>) and a JCM serial number
/// (<see cref="Serials.JcmSerialNumber.Create"/>), and so JCM issuance, accept only a registry of the right Party
/// numbered 01 to 99.</para>
/// </remarks>
public readonly struct RegistryId : IEquatable<RegistryId>, IComparable<RegistryId>
{
    /// <summary>One more than the largest packed value: 26³ letter combinations times 100 numbers.</summary>
    internal const int CodeLimit = 26 * 26 * 26 * 100;

    // 0 is the invalid default; otherwise ((l0 * 26 + l1) * 26 + l2) * 100 + number + 1.
    private readonly int code;

    private RegistryId(int code) => this.code = code;

    /// <summary>The ISO 3166-1 alpha-3 code of the Party, for example <c>JPN</c>.</summary>
    public string PartyAlpha3 => code == 0 ? string.Empty : ToString()[..3];

    /// <summary>The registry's number within the Party, 0 to 99.</summary>
    public int Number => code == 0 ? 0 : (code - 1) % 100;

    /// <summary>
    /// The Party whose registry this is: the ISO 3166-1 country named by <see cref="PartyAlpha3"/>, or null when the
    /// three letters are not a known alpha-3 code (for example <c>XXX01</c>) and for the default value.
    /// </summary>
    /// <remarks>A look-up in the country table; it does not allocate.</remarks>
    public Country? Party
    {
        get
        {
            if (code == 0)
            {
                return null;
            }
            Span<char> text = stackalloc char[5];
            WriteChars(text);
            return Country.FindAlpha3Exact(text[..3]);
        }
    }

    /// <summary>The packed value, from 1 to <see cref="CodeLimit"/>; 0 for the default value.</summary>
    internal int Code => code;

    /// <summary>Whether this is a real identifier rather than the default value.</summary>
    internal bool IsValid => code != 0;

    /// <summary>Creates an identifier from a Party's alpha-3 code and a registry number.</summary>
    /// <param name="partyAlpha3">Three ASCII letters, for example <c>JPN</c>; lower case is accepted and upper-cased.</param>
    /// <param name="number">The registry number within the Party, 0 to 99.</param>
    /// <exception cref="ArgumentException">The code is not three ASCII letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number is not between 0 and 99.</exception>
    public static RegistryId Create(string partyAlpha3, int number)
    {
        Preconditions.CheckNotNull(partyAlpha3);
        Preconditions.CheckArgument(partyAlpha3.Length == 3 && IsLetters(partyAlpha3.AsSpan()), nameof(partyAlpha3),
            "Party code must be three ASCII letters; it is '{0}'", partyAlpha3);
        Preconditions.CheckArgumentRange(nameof(number), number, 0, 99);
        return new RegistryId(Pack(partyAlpha3.AsSpan(), number));
    }

    /// <summary>Creates the identifier of registry <paramref name="number"/> of <paramref name="party"/>, for example
    /// <c>KAZ01</c> for Kazakhstan and 1.</summary>
    /// <param name="party">The Party; its alpha-3 code becomes the letters of the identifier.</param>
    /// <param name="number">The registry number within the Party, 0 to 99 (JCM registries use 1 to 99).</param>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number is not between 0 and 99.</exception>
    public static RegistryId Create(Country party, int number)
    {
        Preconditions.CheckNotNull(party);
        Preconditions.CheckArgumentRange(nameof(number), number, 0, 99);
        return new RegistryId(Pack(party.Alpha3.AsSpan(), number));
    }

    /// <summary>Parses <c>JPN01</c>-style text (letters are upper-cased).</summary>
    /// <exception cref="FormatException">The text is not three letters followed by two digits.</exception>
    public static RegistryId Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s.AsSpan(), out RegistryId id)
            ? id
            : throw new FormatException($"Registry id '{s}' must be an ISO 3166-1 alpha-3 code followed by two digits, for example JPN01");
    }

    /// <summary>Tries to parse <c>JPN01</c>-style text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out RegistryId result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to parse <c>JPN01</c>-style text from a span.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out RegistryId result)
    {
        result = default;
        if (s.Length != 5 || !IsLetters(s[..3]) || !char.IsAsciiDigit(s[3]) || !char.IsAsciiDigit(s[4]))
        {
            return false;
        }
        result = new RegistryId(Pack(s[..3], ((s[3] - '0') * 10) + (s[4] - '0')));
        return true;
    }

    /// <summary>Rebuilds an identifier from its packed value (see <see cref="Code"/>).</summary>
    internal static RegistryId FromCode(int code)
    {
        Preconditions.CheckArgumentRange(nameof(code), code, 1, CodeLimit);
        return new RegistryId(code);
    }

    /// <summary>Writes the five ASCII characters of the identifier.</summary>
    internal void WriteAscii(Span<byte> destination)
    {
        int n = code - 1;
        int number = n % 100;
        int letters = n / 100;
        destination[0] = (byte)('A' + (letters / (26 * 26)));
        destination[1] = (byte)('A' + (letters / 26 % 26));
        destination[2] = (byte)('A' + (letters % 26));
        destination[3] = (byte)('0' + (number / 10));
        destination[4] = (byte)('0' + (number % 10));
    }

    /// <summary>Writes the five characters of the identifier (not for the default value).</summary>
    internal void WriteChars(Span<char> destination)
    {
        Span<byte> ascii = stackalloc byte[5];
        WriteAscii(ascii);
        for (int i = 0; i < ascii.Length; i++)
        {
            destination[i] = (char)ascii[i];
        }
    }

    /// <inheritdoc />
    public bool Equals(RegistryId other) => code == other.code;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RegistryId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code;

    /// <inheritdoc />
    public int CompareTo(RegistryId other) => code.CompareTo(other.code);

    /// <summary>Equality of the identifiers.</summary>
    public static bool operator ==(RegistryId left, RegistryId right) => left.Equals(right);

    /// <summary>Inequality of the identifiers.</summary>
    public static bool operator !=(RegistryId left, RegistryId right) => !left.Equals(right);

    /// <summary>Ordinal order of the text.</summary>
    public static bool operator <(RegistryId left, RegistryId right) => left.code < right.code;

    /// <summary>Ordinal order of the text.</summary>
    public static bool operator >(RegistryId left, RegistryId right) => left.code > right.code;

    /// <summary>Ordinal order of the text.</summary>
    public static bool operator <=(RegistryId left, RegistryId right) => left.code <= right.code;

    /// <summary>Ordinal order of the text.</summary>
    public static bool operator >=(RegistryId left, RegistryId right) => left.code >= right.code;

    /// <summary>The canonical text, for example <c>JPN01</c>; empty for the default value.</summary>
    public override string ToString()
    {
        if (code == 0)
        {
            return string.Empty;
        }
        return string.Create(5, this, static (span, id) => id.WriteChars(span));
    }

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    private static int Pack(ReadOnlySpan<char> letters, int number)
    {
        int a = char.ToUpperInvariant(letters[0]) - 'A';
        int b = char.ToUpperInvariant(letters[1]) - 'A';
        int c = char.ToUpperInvariant(letters[2]) - 'A';
        return ((((a * 26) + b) * 26) + c) * 100 + number + 1;
    }
}
