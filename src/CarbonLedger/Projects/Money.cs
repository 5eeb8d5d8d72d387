using System;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Projects;

/// <summary>An exact amount of money in an ISO 4217 currency, for example <c>150000000 JPY</c>.</summary>
/// <remarks>
/// The amount is a <see cref="decimal"/> with no more decimal places than the currency allows, so no rounding
/// is ever implied. Equality compares amount (ignoring decimal scale) and currency. Money has no natural order
/// across currencies and so does not implement <see cref="IComparable{T}"/>. The default value is zero in no
/// currency.
/// </remarks>
public readonly struct Money : IEquatable<Money>
{
    private readonly decimal amount;
    private readonly Currency currency;

    private Money(decimal amount, Currency currency)
    {
        this.amount = amount;
        this.currency = currency;
    }

    /// <summary>The exact amount.</summary>
    public decimal Amount => amount;

    /// <summary>The currency.</summary>
    public Currency Currency => currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">Any amount with at most <see cref="Currency.MinorUnits"/> significant decimal places.</param>
    /// <param name="currency">A currency from <see cref="Currency.FromCode"/>.</param>
    /// <exception cref="ArgumentException">The currency is the default value, or the amount has more decimal places than the currency allows.</exception>
    public static Money Of(decimal amount, Currency currency)
    {
        Preconditions.CheckArgument(currency.Code.Length == 3, nameof(currency), "Currency must be a known ISO 4217 currency, not the default value");
        Preconditions.CheckArgument(amount == Math.Round(amount, currency.MinorUnits, MidpointRounding.ToZero), nameof(amount),
            "Amount {0} has more decimal places than {1} allows", amount, currency);
        return new Money(amount, currency);
    }

    /// <summary>The sum of two amounts in the same currency.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Plus(Money other)
    {
        Preconditions.CheckArgument(currency == other.currency, nameof(other), "Cannot add {0} to an amount in {1}", other, currency);
        return new Money(amount + other.amount, currency);
    }

    /// <inheritdoc />
    public bool Equals(Money other) => amount == other.amount && currency == other.currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(amount, currency);

    /// <summary>Equality of amount and currency.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality of amount or currency.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>The invariant amount and the code, for example <c>150000000 JPY</c>.</summary>
    public override string ToString() => amount.ToString(CultureInfo.InvariantCulture) + " " + currency.Code;
}
