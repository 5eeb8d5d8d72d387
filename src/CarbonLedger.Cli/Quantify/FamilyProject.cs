using System;
using System.Collections.Generic;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// The part of a project file that belongs to one methodology family: its ex-ante values, its monitored quantities
/// and how they become the library's input for that family.
/// </summary>
internal abstract class FamilyProject
{
    /// <summary>Starts a family's part of the file with its monitored quantities.</summary>
    protected FamilyProject(IReadOnlyList<MonitoredSpec> monitored) => Monitored = monitored;

    /// <summary>The monitored quantities, in the order of the file; each is fed by one readings-file symbol.</summary>
    public IReadOnlyList<MonitoredSpec> Monitored { get; }

    /// <summary>The lines printed above the result table: the project and the fixed factors it uses.</summary>
    public abstract IEnumerable<string> Describe(ProjectId project);

    /// <summary>Builds the library input from the monitored data (keyed by readings-file symbol) and quantifies.</summary>
    public abstract QuantificationResult Quantify(
        MonitoringPeriod period, MonitoringSite site, MidpointRounding rounding, IReadOnlyDictionary<string, MonitoredParameter> data);

    /// <summary>Refuses a readings-file symbol given to two monitored quantities, naming both paths.</summary>
    protected static void CheckDistinct(JsonInput json, IReadOnlyList<MonitoredSpec> monitored)
    {
        var seen = new Dictionary<string, MonitoredSpec>(StringComparer.Ordinal);
        foreach (MonitoredSpec spec in monitored)
        {
            if (!seen.TryAdd(spec.Parameter, spec))
            {
                MonitoredSpec first = seen[spec.Parameter];
                throw json.Error(JsonInput.Path(spec.Path, "parameter"),
                    $"parameter '{spec.Parameter}' already feeds {first.Symbol} ({first.Path}); give each monitored quantity its own readings symbol");
            }
        }
    }

    /// <summary>
    /// Reads each element of the array at property <paramref name="name"/> of the root: each must be an object (else
    /// "<paramref name="what"/> is a JSON object") and is read with its path and its number from 1; an empty array is refused.
    /// </summary>
    protected static List<T> ReadEach<T>(
        JsonInput json, JsonElement root, string name, string emptyMessage, string what, Func<JsonElement, string, int, T> read)
    {
        JsonElement array = json.RequiredArray(root, string.Empty, name);
        if (array.GetArrayLength() == 0)
        {
            throw json.Error(name, emptyMessage);
        }
        var items = new List<T>();
        foreach (JsonElement element in array.EnumerateArray())
        {
            string path = JsonInput.Index(name, items.Count);
            items.Add(read(ProjectFields.ArrayObject(json, element, path, what), path, items.Count + 1));
        }
        return items;
    }

    /// <summary>The monitored data of a quantity, found by its readings symbol.</summary>
    protected static MonitoredParameter DataOf(IReadOnlyDictionary<string, MonitoredParameter> data, MonitoredSpec spec) => data[spec.Parameter];
}
