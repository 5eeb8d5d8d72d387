using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// The input of <see cref="LedLightingMethodology"/>: the LED lighting's monitored electricity consumption, the
/// luminous efficacies of the project and reference lighting, and the electricity emission factor.
/// </summary>
/// <remarks>Instances are immutable; <see cref="WithGapDefault"/> returns a copy.</remarks>
public sealed class LedLightingInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="electricityConsumption">The monitored consumption <c>EC_PJ,p</c>: an energy.</param>
    /// <param name="projectEfficacy">The project lighting's luminous efficacy <c>η_PJ</c> in lm/W, positive.</param>
    /// <param name="referenceEfficacy">The reference lighting's luminous efficacy <c>η_RE</c> in lm/W, positive.</param>
    /// <param name="electricityEmissionFactor">The electricity emission factor <c>EF_elec</c>, per energy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A unit is of the wrong dimension (mismatched units) or an efficacy is zero.</exception>
    public LedLightingInput(
        MonitoredParameter electricityConsumption, ExAnteParameter projectEfficacy, ExAnteParameter referenceEfficacy, ExAnteParameter electricityEmissionFactor)
    {
        ElectricityConsumption = InputChecks.OfDimension(electricityConsumption, ParameterDimension.Energy, nameof(electricityConsumption), "EC_PJ,p");
        ProjectEfficacy = InputChecks.Positive(projectEfficacy, ParameterDimension.LuminousEfficacy, nameof(projectEfficacy), "η_PJ");
        ReferenceEfficacy = InputChecks.Positive(referenceEfficacy, ParameterDimension.LuminousEfficacy, nameof(referenceEfficacy), "η_RE");
        ElectricityEmissionFactor = InputChecks.OfDimension(
            electricityEmissionFactor, ParameterDimension.EmissionFactorPerEnergy, nameof(electricityEmissionFactor), "EF_elec");
    }

    private LedLightingInput(LedLightingInput other, GapDefault gapDefault)
    {
        ElectricityConsumption = other.ElectricityConsumption;
        ProjectEfficacy = other.ProjectEfficacy;
        ReferenceEfficacy = other.ReferenceEfficacy;
        ElectricityEmissionFactor = other.ElectricityEmissionFactor;
        GapDefault = gapDefault;
    }

    /// <summary>The monitored consumption <c>EC_PJ,p</c>.</summary>
    public MonitoredParameter ElectricityConsumption { get; }

    /// <summary>The project lighting's luminous efficacy <c>η_PJ</c>.</summary>
    public ExAnteParameter ProjectEfficacy { get; }

    /// <summary>The reference lighting's luminous efficacy <c>η_RE</c>.</summary>
    public ExAnteParameter ReferenceEfficacy { get; }

    /// <summary>The electricity emission factor <c>EF_elec</c>.</summary>
    public ExAnteParameter ElectricityEmissionFactor { get; }

    /// <summary>The conservative default for missing consumption data when it counts on the project side, or null.</summary>
    public GapDefault? GapDefault { get; }

    /// <summary>A copy with a conservative default for missing data (for example the installed power × hours).</summary>
    /// <param name="gapDefault">The default; its rate must be a power.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gapDefault"/> is null.</exception>
    public LedLightingInput WithGapDefault(GapDefault gapDefault) => new(this, Preconditions.CheckNotNull(gapDefault));
}
