using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// The weights <c>w_OM</c> and <c>w_BM</c> of TOOL07's combined margin. They are between 0 and 1 and sum to exactly 1,
/// so the single stored field is <c>w_OM</c> and <c>w_BM = 1 − w_OM</c>.
/// </summary>
/// <remarks>Equality compares the weights exactly. Weights have no natural order. The default value is 0/1.</remarks>
public readonly struct CombinedMarginWeights : IEquatable<CombinedMarginWeights>
{
    private readonly decimal operatingMargin;

    private CombinedMarginWeights(decimal operatingMargin) => this.operatingMargin = operatingMargin;

    /// <summary>The operating-margin weight <c>w_OM</c>.</summary>
    public decimal OperatingMargin => operatingMargin;

    /// <summary>The build-margin weight <c>w_BM = 1 − w_OM</c>.</summary>
    public decimal BuildMargin => 1m - operatingMargin;

    /// <summary>0.5 and 0.5: the default for projects other than wind and solar in their first crediting period.</summary>
    public static CombinedMarginWeights Default => new(0.5m);

    /// <summary>0.75 and 0.25: wind and solar projects, every crediting period.</summary>
    public static CombinedMarginWeights WindAndSolar => new(0.75m);

    /// <summary>Creates weights that sum to exactly 1.</summary>
    /// <param name="operatingMargin">w_OM, 0 to 1.</param>
    /// <param name="buildMargin">w_BM, 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is outside 0 to 1.</exception>
    /// <exception cref="ArgumentException">The weights do not sum to exactly 1.</exception>
    public static CombinedMarginWeights Create(decimal operatingMargin, decimal buildMargin)
    {
        Preconditions.CheckArgumentRange(nameof(operatingMargin), operatingMargin, 0m, 1m);
        Preconditions.CheckArgumentRange(nameof(buildMargin), buildMargin, 0m, 1m);
        Preconditions.CheckArgument(operatingMargin + buildMargin == 1m, nameof(buildMargin),
            "Weights must sum to exactly 1; they sum to {0}", QuantificationFormat.Number(operatingMargin + buildMargin));
        return new CombinedMarginWeights(operatingMargin);
    }

    /// <summary>
    /// TOOL07's weights for a project type and crediting period: wind and solar 0.75/0.25 in every period; other
    /// projects 0.5/0.5 in the first crediting period and 0.25/0.75 in the second and third.
    /// </summary>
    /// <param name="projectType">The project type.</param>
    /// <param name="creditingPeriod">The crediting period, 1 to 3.</param>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined or the period is not 1 to 3.</exception>
    public static CombinedMarginWeights For(GridProjectType projectType, int creditingPeriod)
    {
        Preconditions.CheckDefined(projectType, nameof(projectType));
        Preconditions.CheckArgumentRange(nameof(creditingPeriod), creditingPeriod, 1, 3);
        return projectType == GridProjectType.WindOrSolar ? WindAndSolar
            : creditingPeriod == 1 ? Default
            : new CombinedMarginWeights(0.25m);
    }

    /// <inheritdoc />
    public bool Equals(CombinedMarginWeights other) => operatingMargin == other.operatingMargin;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CombinedMarginWeights other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => operatingMargin.GetHashCode();

    /// <summary>Equality of the weights.</summary>
    public static bool operator ==(CombinedMarginWeights left, CombinedMarginWeights right) => left.Equals(right);

    /// <summary>Inequality of the weights.</summary>
    public static bool operator !=(CombinedMarginWeights left, CombinedMarginWeights right) => !left.Equals(right);

    /// <summary>Formats as <c>w_OM 0.75, w_BM 0.25</c>.</summary>
    public override string ToString() => $"w_OM {QuantificationFormat.Number(OperatingMargin)}, w_BM {QuantificationFormat.Number(BuildMargin)}";
}
