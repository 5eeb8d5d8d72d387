using CarbonLedger.Quantification.GridEmissionFactors;

namespace CarbonLedger.Cli.Quantify;

/// <summary>One PV system of a project file: its name, its monitored AC output, and how it is connected.</summary>
internal sealed record SystemSpec(string Name, GridConnectionCase Connection, MonitoredSpec Output);
