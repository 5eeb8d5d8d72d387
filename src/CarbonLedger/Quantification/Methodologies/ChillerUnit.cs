using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>
/// One project chiller or inverter air conditioner i: its monitored electricity consumption <c>EC_PJ,i,p</c>, its
/// COP <c>COP_PJ,i</c> and the reference equipment's COP <c>COP_RE,i</c>.
/// </summary>
/// <remarks>Instances are immutable; <see cref="WithGapDefault"/> returns a copy.</remarks>
public sealed class ChillerUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="name">A non-blank name, for example "Chiller CH-1".</param>
    /// <param name="electricityConsumption">The monitored consumption <c>EC_PJ,i,p</c>: an energy.</param>
    /// <param name="projectCop">The project equipment's COP, dimensionless and positive.</param>
    /// <param name="referenceCop">The reference equipment's COP, dimensionless and positive.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, a unit is of the wrong dimension (mismatched units), or
    /// a COP is zero.</exception>
    public ChillerUnit(string name, MonitoredParameter electricityConsumption, ExAnteParameter projectCop, ExAnteParameter referenceCop)
    {
        Name = InputChecks.Name(name, nameof(name));
        ElectricityConsumption = InputChecks.OfDimension(electricityConsumption, ParameterDimension.Energy, nameof(electricityConsumption), "EC_PJ,i,p");
        ProjectCop = InputChecks.Positive(projectCop, ParameterDimension.Dimensionless, nameof(projectCop), "COP_PJ,i");
        ReferenceCop = InputChecks.Positive(referenceCop, ParameterDimension.Dimensionless, nameof(referenceCop), "COP_RE,i");
    }

    private ChillerUnit(ChillerUnit other, GapDefault gapDefault)
    {
        Name = other.Name;
        ElectricityConsumption = other.ElectricityConsumption;
        ProjectCop = other.ProjectCop;
        ReferenceCop = other.ReferenceCop;
        GapDefault = gapDefault;
    }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The monitored electricity consumption <c>EC_PJ,i,p</c>.</summary>
    public MonitoredParameter ElectricityConsumption { get; }

    /// <summary>The project equipment's COP <c>COP_PJ,i</c>.</summary>
    public ExAnteParameter ProjectCop { get; }

    /// <summary>The reference equipment's COP <c>COP_RE,i</c>.</summary>
    public ExAnteParameter ReferenceCop { get; }

    /// <summary>The conservative default for missing consumption data when it counts on the project side, or null.</summary>
    public GapDefault? GapDefault { get; }

    /// <summary>A copy with a conservative default for missing data (for example the rated power × hours).</summary>
    /// <param name="gapDefault">The default; its rate must be a power.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gapDefault"/> is null.</exception>
    public ChillerUnit WithGapDefault(GapDefault gapDefault) => new(this, Preconditions.CheckNotNull(gapDefault));

    /// <summary>The unit's name.</summary>
    public override string ToString() => Name;
}
