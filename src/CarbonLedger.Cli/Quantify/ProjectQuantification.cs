using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>Quantifies a project file and its readings file with the library, naming the line and field of any bad input.</summary>
internal static class ProjectQuantification
{
    public static QuantificationResult Run(ProjectFile project, string readingsFile, Action<long> progress)
    {
        IReadOnlyList<MonitoredSpec> monitored = project.Family.Monitored;
        IReadOnlyDictionary<string, MeterReadingSeries> series = readingsFile.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReadingsXlsx.Read(readingsFile, project.Site, project.Period, monitored, progress)
            : ReadingsCsv.Read(readingsFile, project.Site, project.Period, monitored, progress);
        Dictionary<string, MonitoredParameter> data = monitored.ToDictionary(m => m.Parameter, m => m.ToParameter(series[m.Parameter]), StringComparer.Ordinal);
        try
        {
            return project.Family.Quantify(project.Period, project.Site, project.CreditRounding, data);
        }
        catch (MissingMonitoringDataException ex)
        {
            // The library names the methodology's symbol ("parameter EC_PJ,p of …"); point at the file's own names.
            MonitoredSpec? spec = monitored.FirstOrDefault(m => ex.Message.Contains($"parameter {m.Symbol} of ", StringComparison.Ordinal));
            string remedy = spec is null
                ? $"complete the readings or give the quantity a gapDefault in {project.File}"
                : $"complete the readings of {spec.Parameter} or give {spec.Path}.gapDefault in {project.File}";
            throw InputException.At(readingsFile, null, null, $"{InputException.OneLine(ex.Message)}; {remedy}", ex);
        }
    }
}
