using System;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Methodologies;

/// <summary>One solar PV system i of a project: its monitored AC output <c>EG_i,p</c> and how it is connected.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class SolarPvSystem
{
    /// <summary>Creates a system.</summary>
    /// <param name="name">A non-blank name, for example "Rooftop array A".</param>
    /// <param name="generation">The AC output <c>EG_i,p</c>: an energy (Wh, kWh, MWh, GWh).</param>
    /// <param name="connection">The connection case, which picks the grid emission factor.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or the generation is not an energy (mismatched units).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The connection case is not defined.</exception>
    public SolarPvSystem(string name, MonitoredParameter generation, GridConnectionCase connection)
    {
        Name = InputChecks.Name(name, nameof(name));
        Generation = InputChecks.OfDimension(generation, ParameterDimension.Energy, nameof(generation), "EG_i,p (AC output)");
        Preconditions.CheckDefined(connection, nameof(connection));
        Connection = connection;
    }

    /// <summary>The system's name.</summary>
    public string Name { get; }

    /// <summary>The AC output <c>EG_i,p</c>.</summary>
    public MonitoredParameter Generation { get; }

    /// <summary>The connection case.</summary>
    public GridConnectionCase Connection { get; }

    /// <summary>Formats as <c>Rooftop array A (GridConnected)</c>.</summary>
    public override string ToString() => $"{Name} ({Connection})";
}
