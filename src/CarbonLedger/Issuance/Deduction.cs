using System;
using CarbonLedger.Allocation;
using CarbonLedger.Utility;

namespace CarbonLedger.Issuance;

/// <summary>
/// A percentage of the gross credits taken at issuance before allocation, with its own rounding direction
/// and destination, for example 5 % share of proceeds rounded down, to the Adaptation Fund.
/// </summary>
/// <remarks>
/// The deducted credits are <c>gross × rate</c> rounded to a whole credit in <see cref="Rounding"/>'s
/// direction: <see cref="MidpointRounding.ToNegativeInfinity"/> (floor) or <see cref="MidpointRounding.ToZero"/>
/// round down, <see cref="MidpointRounding.ToPositiveInfinity"/> (ceiling) rounds up, and
/// <see cref="MidpointRounding.ToEven"/> / <see cref="MidpointRounding.AwayFromZero"/> round to nearest. The
/// product is exact (no decimal rounding before this step). Immutable; compares by reference.
/// </remarks>
public sealed class Deduction
{
    private Deduction(DeductionKind kind, Share rate, MidpointRounding rounding, string destination)
    {
        Kind = kind;
        Rate = rate;
        Rounding = rounding;
        Destination = destination;
    }

    /// <summary>What the deduction is for.</summary>
    public DeductionKind Kind { get; }

    /// <summary>The exact rate, for example 1/20 for 5 %.</summary>
    public Share Rate { get; }

    /// <summary>The caller's rounding direction for this deduction.</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>Where the deducted credits go, for example <c>Adaptation Fund</c>.</summary>
    public string Destination { get; }

    /// <summary>Creates a deduction.</summary>
    /// <param name="kind">What the deduction is for.</param>
    /// <param name="rate">A rate from 0 to 1.</param>
    /// <param name="rounding">The rounding direction (see the remarks).</param>
    /// <param name="destination">The non-blank name of the receiving account.</param>
    /// <exception cref="ArgumentException">The rate exceeds 1 or the destination is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind or rounding is undefined.</exception>
    public static Deduction Create(DeductionKind kind, Share rate, MidpointRounding rounding, string destination)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckDefined(rounding, nameof(rounding));
        Preconditions.CheckNotNull(destination);
        Preconditions.CheckArgument(rate <= Share.One, nameof(rate), "A deduction rate must not exceed 1; it is {0}", rate);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(destination), nameof(destination), "Destination must not be blank");
        return new Deduction(kind, rate, rounding, destination);
    }

    /// <summary>A share of proceeds to the <c>Adaptation Fund</c>.</summary>
    public static Deduction ShareOfProceeds(Share rate, MidpointRounding rounding) =>
        Create(DeductionKind.ShareOfProceeds, rate, rounding, "Adaptation Fund");

    /// <summary>An OMGE cancellation, to the <c>OMGE cancellation</c> account.</summary>
    public static Deduction OverallMitigation(Share rate, MidpointRounding rounding) =>
        Create(DeductionKind.OverallMitigation, rate, rounding, "OMGE cancellation");

    /// <summary>A buffer-pool deduction to <paramref name="destination"/>.</summary>
    public static Deduction BufferPool(Share rate, MidpointRounding rounding, string destination) =>
        Create(DeductionKind.BufferPool, rate, rounding, destination);

    /// <summary>The credits this deduction takes from <paramref name="gross"/>, before any capping by a schedule.</summary>
    /// <param name="gross">0 or more.</param>
    public long CreditsFrom(long gross)
    {
        Preconditions.CheckArgumentRange(nameof(gross), gross, 0, long.MaxValue);
        return (long)ExactDivision.RoundQuotient((Int128)gross * Rate.Numerator, Rate.Denominator, Rounding);
    }

    /// <summary>For example <c>ShareOfProceeds 1/20 ToNegativeInfinity → Adaptation Fund</c>.</summary>
    public override string ToString() => $"{Kind} {Rate} {Rounding} → {Destination}";
}
