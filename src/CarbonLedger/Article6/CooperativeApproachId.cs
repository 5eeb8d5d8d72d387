using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

/// <summary>
/// The identifier of an Article 6.2 cooperative approach in the UNFCCC form: <c>CA</c> followed by four digits, for
/// example <c>CA0001</c>.
/// </summary>
/// <remarks>
/// The only state is the number (1 to 9999), so equality, hashing and ordering compare numbers; ordering is the
/// ordinal order of the text. The default value is not a valid identifier and prints as an empty string.
/// </remarks>
public readonly struct CooperativeApproachId : IEquatable<CooperativeApproachId>, IComparable<CooperativeApproachId>
{
    /// <summary>The largest number, 9999.</summary>
    public const int MaxNumber = 9999;

    private readonly int number;

    private CooperativeApproachId(int number) => this.number = number;

    /// <summary>The number after <c>CA</c>, 1 to 9999; 0 for the default value.</summary>
    public int Number => number;

    /// <summary>Whether this is a real identifier rather than the default value.</summary>
    internal bool IsValid => number != 0;

    /// <summary>Creates the identifier <c>CA</c> followed by <paramref name="number"/> in four digits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not between 1 and 9999.</exception>
    public static CooperativeApproachId FromNumber(int number)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, MaxNumber);
        return new CooperativeApproachId(number);
    }

    /// <summary>Parses <c>CA0001</c>-style text: upper-case <c>CA</c> and four digits, not <c>CA0000</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a cooperative approach identifier.</exception>
    public static CooperativeApproachId Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out CooperativeApproachId id)
            ? id
            : throw new FormatException($"Cooperative approach id '{s}' must be 'CA' followed by four digits (not 0000), for example CA0001");
    }

    /// <summary>Tries to parse <c>CA0001</c>-style text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out CooperativeApproachId result)
    {
        result = default;
        if (s is null || s.Length != 6 || s[0] != 'C' || s[1] != 'A')
        {
            return false;
        }
        int n = 0;
        for (int i = 2; i < 6; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
            n = (n * 10) + (s[i] - '0');
        }
        if (n == 0)
        {
            return false;
        }
        result = new CooperativeApproachId(n);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(CooperativeApproachId other) => number == other.number;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CooperativeApproachId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => number;

    /// <inheritdoc />
    public int CompareTo(CooperativeApproachId other) => number.CompareTo(other.number);

    /// <summary>Equality of the numbers.</summary>
    public static bool operator ==(CooperativeApproachId left, CooperativeApproachId right) => left.Equals(right);

    /// <summary>Inequality of the numbers.</summary>
    public static bool operator !=(CooperativeApproachId left, CooperativeApproachId right) => !left.Equals(right);

    /// <summary>Order of the numbers.</summary>
    public static bool operator <(CooperativeApproachId left, CooperativeApproachId right) => left.number < right.number;

    /// <summary>Order of the numbers.</summary>
    public static bool operator >(CooperativeApproachId left, CooperativeApproachId right) => left.number > right.number;

    /// <summary>Order of the numbers.</summary>
    public static bool operator <=(CooperativeApproachId left, CooperativeApproachId right) => left.number <= right.number;

    /// <summary>Order of the numbers.</summary>
    public static bool operator >=(CooperativeApproachId left, CooperativeApproachId right) => left.number >= right.number;

    /// <summary>The canonical text, for example <c>CA0001</c>; empty for the default value.</summary>
    public override string ToString() => number == 0 ? string.Empty : "CA" + number.ToString("D4", CultureInfo.InvariantCulture);
}
