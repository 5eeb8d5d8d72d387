using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>Quantifies a project file and its readings file with the library, naming the line and field of any bad input.</summary>
internal static class ProjectQuantification
{
    public static QuantificationResult Run(ProjectFile project, string readingsFile, Action<long> progress)
    {
        (IReadOnlyDictionary<string, MeterReadingSeries> series, IReadOnlyDictionary<string, long> firstLines) =
            ReadingsCsv.Read(readingsFile, project.Site, project.Period, project.Systems.Select(s => s.Parameter).ToArray(), progress);
        var systems = new List<SolarPvSystem>();
        foreach (SystemSpec spec in project.Systems)
        {
            MeterAccuracy? accuracy = spec.MeterAccuracy is decimal mpe ? MeterAccuracy.ForAllReadings(mpe) : null;
            MonitoredParameter generation = MonitoredParameter.FromReadings(series[spec.Parameter], spec.Option, spec.Source, accuracy);
            try
            {
                systems.Add(new SolarPvSystem(spec.Name, generation, spec.Connection));
            }
            catch (ArgumentException ex)
            {
                throw InputException.At(readingsFile, firstLines[spec.Parameter], "unit", $"wrong unit for {spec.Parameter}: {ex.Message}", ex);
            }
        }
        var input = new SolarPvInput(project.GridFactors, systems);
        return project.Methodology.Quantify(project.Period, project.Site, input, project.CreditRounding);
    }
}
