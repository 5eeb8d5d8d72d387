using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Utility;

namespace CarbonLedger.Issuance;

/// <summary>
/// The deductions applied at issuance, in order, before the net credits are allocated.
/// </summary>
/// <remarks>
/// <para>Each deduction is computed on the gross credits (not on what earlier deductions left) and rounded in
/// its own direction. If rounding up would make the deductions together exceed the gross (possible only for
/// tiny issuances, for example 1 credit with two ceilings), each deduction is capped at what remains, in
/// schedule order, so later deductions shrink first. In every case the net plus the deductions equals the gross
/// exactly and nothing is negative.</para>
/// <para>Immutable. Each kind appears at most once; the rates sum to at most 1.</para>
/// </remarks>
public sealed class DeductionSchedule
{
    /// <summary>The minimum OMGE rate of the Article 6.4 preset: 2 %.</summary>
    public static readonly Share MinimumArticle64Omge = Share.FromFraction(1, 50);

    /// <summary>The share of proceeds of the Article 6.4 preset: 5 %.</summary>
    public static readonly Share Article64ShareOfProceeds = Share.FromFraction(1, 20);

    private readonly Deduction[] deductions;

    private DeductionSchedule(Deduction[] deductions) => this.deductions = deductions;

    /// <summary>No deductions (Article 6.2 makes them voluntary).</summary>
    public static DeductionSchedule None { get; } = new([]);

    /// <summary>The deductions, in the order they are applied.</summary>
    public IReadOnlyList<Deduction> Deductions => new ReadOnlyCollection<Deduction>(deductions);

    /// <summary>Creates a schedule from deductions applied in the given order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="deductions"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A kind repeats or the rates sum to more than 1.</exception>
    public static DeductionSchedule Create(IEnumerable<Deduction> deductions)
    {
        Preconditions.CheckNotNull(deductions);
        Deduction[] copy = deductions.ToArray();
        Share sum = Share.Zero;
        var kinds = new HashSet<DeductionKind>();
        foreach (Deduction deduction in copy)
        {
            Preconditions.CheckArgument(deduction is not null, nameof(deductions), "Deductions must not be null");
            Preconditions.CheckArgument(kinds.Add(deduction.Kind), nameof(deductions), "Deduction kind {0} appears more than once", deduction.Kind);
            sum += deduction.Rate;
        }
        Preconditions.CheckArgument(sum <= Share.One, nameof(deductions), "Deduction rates must sum to at most 1; they sum to {0}", sum);
        return new DeductionSchedule(copy);
    }

    /// <summary>Creates a schedule from deductions applied in the given order.</summary>
    public static DeductionSchedule Create(params Deduction[] deductions) => Create((IEnumerable<Deduction>)deductions);

    /// <summary>
    /// The Article 6.4 preset: 5 % share of proceeds, then 2 % OMGE cancellation, each rounded in the direction
    /// given. Only <see cref="MidpointRounding.ToPositiveInfinity"/> guarantees that the OMGE part is at least 2 %
    /// of the gross in whole credits.
    /// </summary>
    public static DeductionSchedule Article64(MidpointRounding shareOfProceedsRounding, MidpointRounding omgeRounding) =>
        Article64(shareOfProceedsRounding, MinimumArticle64Omge, omgeRounding);

    /// <summary>The Article 6.4 preset with an OMGE rate of at least 2 %.</summary>
    /// <exception cref="ArgumentException"><paramref name="omgeRate"/> is below 2 % or above 95 %.</exception>
    public static DeductionSchedule Article64(MidpointRounding shareOfProceedsRounding, Share omgeRate, MidpointRounding omgeRounding)
    {
        Preconditions.CheckArgument(omgeRate >= MinimumArticle64Omge, nameof(omgeRate), "Article 6.4 cancels at least 2% for OMGE; the rate given is {0}", omgeRate);
        return Create(
            Deduction.ShareOfProceeds(Article64ShareOfProceeds, shareOfProceedsRounding),
            Deduction.OverallMitigation(omgeRate, omgeRounding));
    }

    /// <summary>Applies the deductions to <paramref name="gross"/> credits.</summary>
    /// <param name="gross">1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gross"/> is below 1.</exception>
    public DeductionOutcome Apply(long gross)
    {
        Preconditions.CheckArgumentRange(nameof(gross), gross, 1, long.MaxValue);
        var items = new DeductedCredits[deductions.Length];
        long remaining = gross;
        for (int i = 0; i < deductions.Length; i++)
        {
            long credits = Math.Min(deductions[i].CreditsFrom(gross), remaining);
            remaining -= credits;
            items[i] = new DeductedCredits(deductions[i], credits);
        }
        return new DeductionOutcome(gross, remaining, items);
    }

    /// <summary>The deductions, for example <c>[ShareOfProceeds 1/20 ToNegativeInfinity → Adaptation Fund, …]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", deductions.Select(d => d.ToString())) + "]";
}
