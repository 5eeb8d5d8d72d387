using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6.Adjustments;

/// <summary>
/// The inclusive range of calendar years of an NDC implementation period, for example 2021–2030; the last year is
/// the NDC year of a single-year NDC.
/// </summary>
/// <remarks>Equality compares both years. Periods have no natural order.</remarks>
public sealed class NdcPeriod : IEquatable<NdcPeriod>
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal NdcPeriod(int firstYear, int lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>The first year (inclusive).</summary>
    public int FirstYear { get; }

    /// <summary>The last year (inclusive): the NDC year of a single-year NDC, the end of a multi-year NDC.</summary>
    public int LastYear { get; }

    /// <summary>How many years the period has.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Years => LastYear - FirstYear + 1;

    /// <summary>Creates the period <paramref name="firstYear"/>–<paramref name="lastYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year is before 1990 or after 9999, or the last precedes the first.</exception>
    public static NdcPeriod Create(int firstYear, int lastYear)
    {
        Preconditions.CheckArgumentRange(nameof(firstYear), firstYear, 1990, 9999);
        Preconditions.CheckArgumentRange(nameof(lastYear), lastYear, firstYear, 9999);
        return new NdcPeriod(firstYear, lastYear);
    }

    /// <summary>Whether <paramref name="year"/> lies in the period.</summary>
    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] NdcPeriod? other) => other is not null && FirstYear == other.FirstYear && LastYear == other.LastYear;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as NdcPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FirstYear, LastYear);

    /// <summary>For example <c>2021-2030</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-{LastYear}");
}
