using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>The raw amount a meter series measured in one vintage (calendar year at the site) of its period.</summary>
/// <remarks>Equality compares year, dates and amount. There is no natural order beyond the year, so the type does
/// not implement <see cref="IComparable{T}"/>.</remarks>
public readonly struct VintageAmount : IEquatable<VintageAmount>
{
    internal VintageAmount(int year, DateInterval dates, decimal amount)
    {
        Year = year;
        Dates = dates;
        Amount = amount;
    }

    /// <summary>The vintage: the calendar year at the site.</summary>
    public int Year { get; }

    /// <summary>The part of the monitoring period in this year (inclusive).</summary>
    public DateInterval Dates { get; }

    /// <summary>The amount measured in this vintage, in the series' unit, before any correction.</summary>
    public decimal Amount { get; }

    /// <inheritdoc />
    public bool Equals(VintageAmount other) => Year == other.Year && Equals(Dates, other.Dates) && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is VintageAmount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Amount);

    /// <summary>Equality of year, dates and amount.</summary>
    public static bool operator ==(VintageAmount left, VintageAmount right) => left.Equals(right);

    /// <summary>Inequality of year, dates or amount.</summary>
    public static bool operator !=(VintageAmount left, VintageAmount right) => !left.Equals(right);

    /// <summary>Formats as <c>2024: 1500.25</c>.</summary>
    public override string ToString() => $"{Year}: {QuantificationFormat.Number(Amount)}";
}
