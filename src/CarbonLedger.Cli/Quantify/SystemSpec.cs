using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>One PV system of a project file: its name, the symbol of its monitored output in the readings file, and how it is connected.</summary>
internal sealed record SystemSpec(
    string Name, string Parameter, GridConnectionCase Connection, MonitoringOption Option, string Source, decimal? MeterAccuracy, string Path);
