using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// One meter reading: the amount measured over a half-open time interval [<see cref="Start"/>, <see cref="End"/>),
/// for example 12.5 kWh between 10:00 and 10:15 UTC.
/// </summary>
/// <remarks>
/// <para>The amount is stated in the unit of the <see cref="MeterReadingSeries"/> that holds the reading and must not
/// be negative. Both instants must fall on whole 100 ns ticks, the resolution CarbonLedger stores them at.</para>
/// <para>Two readings are equal when their instants and amounts are equal (amounts compare as decimals, so 1.0
/// equals 1.00). Readings have no natural order of their own and do not implement <see cref="IComparable{T}"/>;
/// a series orders them by start.</para>
/// </remarks>
public readonly struct MeterReading : IEquatable<MeterReading>
{
    /// <summary>Creates a reading.</summary>
    /// <param name="start">The start of the interval (included).</param>
    /// <param name="end">The end of the interval (excluded); must be later than <paramref name="start"/>.</param>
    /// <param name="amount">The amount measured over the interval; must not be negative.</param>
    /// <exception cref="ArgumentException">The interval is empty or reversed, an instant is finer than a tick, or
    /// the amount is negative.</exception>
    public MeterReading(Instant start, Instant end, decimal amount)
    {
        Preconditions.CheckArgument(end > start, nameof(end),
            "Reading end must be later than its start; the reading runs from {0} to {1}",
            QuantificationFormat.Instant(start), QuantificationFormat.Instant(end));
        CheckWholeTicks(start, nameof(start));
        CheckWholeTicks(end, nameof(end));
        Preconditions.CheckArgument(amount >= 0m, nameof(amount),
            "Meter reading amount must not be negative; it is {0}", QuantificationFormat.Number(amount));
        Start = start;
        End = end;
        Amount = amount;
    }

    /// <summary>The start of the interval (included).</summary>
    public Instant Start { get; }

    /// <summary>The end of the interval (excluded).</summary>
    public Instant End { get; }

    /// <summary>The amount measured, in the unit of the series.</summary>
    public decimal Amount { get; }

    /// <summary>The interval [<see cref="Start"/>, <see cref="End"/>).</summary>
    public Interval Interval => new(Start, End);

    /// <inheritdoc />
    public bool Equals(MeterReading other) => Start == other.Start && End == other.End && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MeterReading other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Amount);

    /// <summary>Equality of instants and amount.</summary>
    public static bool operator ==(MeterReading left, MeterReading right) => left.Equals(right);

    /// <summary>Inequality of instants or amount.</summary>
    public static bool operator !=(MeterReading left, MeterReading right) => !left.Equals(right);

    /// <summary>Formats as <c>[2024-01-01T00:00:00Z, 2024-01-01T00:15:00Z) 12.5</c>.</summary>
    public override string ToString() =>
        $"[{QuantificationFormat.Instant(Start)}, {QuantificationFormat.Instant(End)}) {QuantificationFormat.Number(Amount)}";

    internal static void CheckWholeTicks(Instant instant, string paramName) =>
        Preconditions.CheckArgument(Instant.FromUnixTimeTicks(instant.ToUnixTimeTicks()) == instant, paramName,
            "Reading instants must fall on whole 100 ns ticks; {0} does not", QuantificationFormat.Instant(instant));
}
