using System;
using CarbonLedger.Allocation;
using CarbonLedger.Utility;

namespace CarbonLedger.Projects;

/// <summary>
/// Financial support a project received from Japan: who funded it, with which instrument, how much, and which
/// share of the project's initial investment it covered.
/// </summary>
/// <remarks>
/// <para>The support ratio of a project is the sum of <see cref="ShareOfInitialInvestment"/> over its supports
/// that <see cref="CountsTowardSupportRatio"/> (subsidies and grants; loans are repaid and do not count — this
/// is CarbonLedger's convention). The Government of Japan must receive at least that share of the credits.</para>
/// <para>Immutable; compares by value.</para>
/// </remarks>
public sealed class FinancialSupport : IEquatable<FinancialSupport>
{
    private FinancialSupport(string funder, SupportInstrument instrument, Money amount, Share shareOfInitialInvestment)
    {
        Funder = funder;
        Instrument = instrument;
        Amount = amount;
        ShareOfInitialInvestment = shareOfInitialInvestment;
    }

    /// <summary>Who provided the support, for example <c>MOEJ</c> or <c>JICA</c>.</summary>
    public string Funder { get; }

    /// <summary>The kind of support.</summary>
    public SupportInstrument Instrument { get; }

    /// <summary>The exact amount, in its currency.</summary>
    public Money Amount { get; }

    /// <summary>The exact share of the initial investment that the support covered (for example 1/2).</summary>
    public Share ShareOfInitialInvestment { get; }

    /// <summary>Whether this support counts toward the project's support ratio (subsidies and grants).</summary>
    public bool CountsTowardSupportRatio => Instrument is SupportInstrument.Subsidy or SupportInstrument.Grant;

    /// <summary>Records a financial support.</summary>
    /// <param name="funder">A non-blank name.</param>
    /// <param name="instrument">The kind of support.</param>
    /// <param name="amount">A positive amount.</param>
    /// <param name="shareOfInitialInvestment">Between 0 and 1.</param>
    /// <exception cref="ArgumentException">The funder is blank, the amount is not positive, or the share exceeds 1.</exception>
    public static FinancialSupport Create(string funder, SupportInstrument instrument, Money amount, Share shareOfInitialInvestment)
    {
        Preconditions.CheckNotNull(funder);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(funder), nameof(funder), "Funder must not be blank");
        Preconditions.CheckDefined(instrument, nameof(instrument));
        Preconditions.CheckArgument(amount.Amount > 0m && amount.Currency.Code.Length == 3, nameof(amount), "Support amount must be positive; it is {0}", amount);
        Preconditions.CheckArgument(shareOfInitialInvestment <= Share.One, nameof(shareOfInitialInvestment),
            "Share of the initial investment must not exceed 1; it is {0}", shareOfInitialInvestment);
        return new FinancialSupport(funder, instrument, amount, shareOfInitialInvestment);
    }

    /// <inheritdoc />
    public bool Equals(FinancialSupport? other) =>
        other is not null && string.Equals(Funder, other.Funder, StringComparison.Ordinal) && Instrument == other.Instrument
        && Amount == other.Amount && ShareOfInitialInvestment == other.ShareOfInitialInvestment;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FinancialSupport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Funder, Instrument, Amount, ShareOfInitialInvestment);

    /// <summary>For example <c>MOEJ Subsidy 150000000 JPY (1/2 of the initial investment)</c>.</summary>
    public override string ToString() => $"{Funder} {Instrument} {Amount} ({ShareOfInitialInvestment} of the initial investment)";
}
