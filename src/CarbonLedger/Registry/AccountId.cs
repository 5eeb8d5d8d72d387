using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// The identifier of an account: the registry it belongs to and a positive account number, written
/// <c>{registry}-{number}</c>, for example <c>JPN01-1001</c>.
/// </summary>
/// <remarks>
/// The registry and number are packed into one 64-bit value, so equality, hashing and ordering are integer
/// operations; ordering is by registry, then by number. Account numbers run from 1 to <see cref="MaxNumber"/>.
/// The default value is not a valid identifier and prints as an empty string.
/// </remarks>
public readonly struct AccountId : IEquatable<AccountId>, IComparable<AccountId>
{
    private const int NumberBits = 42;

    /// <summary>The largest account number, 2⁴² − 1 (4,398,046,511,103).</summary>
    public const long MaxNumber = (1L << NumberBits) - 1;

    private readonly long value;

    private AccountId(long value) => this.value = value;

    /// <summary>The registry that keeps the account.</summary>
    public RegistryId Registry => value == 0 ? default : RegistryId.FromCode((int)(value >> NumberBits));

    /// <summary>The account number within its registry.</summary>
    public long Number => value & MaxNumber;

    /// <summary>Whether this is a real identifier rather than the default value.</summary>
    internal bool IsValid => value != 0;

    /// <summary>The packed value (never 0 for a valid id), for hash tables keyed by account.</summary>
    internal long Packed => value;

    /// <summary>Creates the identifier of account <paramref name="number"/> in <paramref name="registry"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="registry"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number is not between 1 and <see cref="MaxNumber"/>.</exception>
    public static AccountId Create(RegistryId registry, long number)
    {
        Preconditions.CheckArgument(registry.IsValid, nameof(registry), "Registry id must not be the default value");
        Preconditions.CheckArgumentRange(nameof(number), number, 1, MaxNumber);
        return new AccountId(((long)registry.Code << NumberBits) | number);
    }

    /// <summary>Parses <c>JPN01-1001</c>-style text.</summary>
    /// <exception cref="FormatException">The text is not a registry id, a dash and an account number.</exception>
    public static AccountId Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        return TryParse(s, out AccountId id)
            ? id
            : throw new FormatException($"Account id '{s}' must be a registry id, a dash and an account number from 1 to {MaxNumber}, for example JPN01-1001");
    }

    /// <summary>Tries to parse <c>JPN01-1001</c>-style text.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out AccountId result)
    {
        result = default;
        if (s is null || s.Length < 7 || s[5] != '-' || !RegistryId.TryParse(s.AsSpan(0, 5), out RegistryId registry))
        {
            return false;
        }
        if (!NumberText.TryParseDigits(s.AsSpan(6), out long number) || number < 1 || number > MaxNumber)
        {
            return false;
        }
        result = Create(registry, number);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(AccountId other) => value == other.value;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AccountId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(AccountId other) => value.CompareTo(other.value);

    /// <summary>Equality of the identifiers.</summary>
    public static bool operator ==(AccountId left, AccountId right) => left.Equals(right);

    /// <summary>Inequality of the identifiers.</summary>
    public static bool operator !=(AccountId left, AccountId right) => !left.Equals(right);

    /// <summary>Orders by registry, then number.</summary>
    public static bool operator <(AccountId left, AccountId right) => left.value < right.value;

    /// <summary>Orders by registry, then number.</summary>
    public static bool operator >(AccountId left, AccountId right) => left.value > right.value;

    /// <summary>Orders by registry, then number.</summary>
    public static bool operator <=(AccountId left, AccountId right) => left.value <= right.value;

    /// <summary>Orders by registry, then number.</summary>
    public static bool operator >=(AccountId left, AccountId right) => left.value >= right.value;

    /// <summary>The canonical text, for example <c>JPN01-1001</c>; empty for the default value.</summary>
    public override string ToString() =>
        value == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{Registry}-{Number}");
}
