using System.Globalization;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// Reads the fields every methodology family's part of a project file is made of: ex-ante values
/// (<c>{ "value", "unit", "source" }</c>), monitored quantities (<c>{ "parameter", "monitoringOption", "source",
/// "meterAccuracy", "gapDefault" }</c>), monitoring options and connection cases. Every error names the JSON path.
/// </summary>
internal static class ProjectFields
{
    /// <summary>The source of a monitored quantity whose object names none.</summary>
    public const string DefaultSource = "meter readings";

    /// <summary>The element of an array at <paramref name="path"/>, which must be an object.</summary>
    public static JsonElement ArrayObject(JsonInput json, JsonElement element, string path, string what) =>
        element.ValueKind == JsonValueKind.Object ? element : throw json.Error(path, $"{what} is a JSON object");

    /// <summary>The optional <c>monitoringOption</c> of an object (A, B or C).</summary>
    public static MonitoringOption? Option(JsonInput json, JsonElement element, string path) =>
        json.OptionalString(element, path, "monitoringOption") switch
        {
            null => null,
            "A" => MonitoringOption.A,
            "B" => MonitoringOption.B,
            "C" => MonitoringOption.C,
            string other => throw json.Error(JsonInput.Path(path, "monitoringOption"), $"unknown monitoring option '{other}'; use A, B or C"),
        };

    /// <summary>The optional <c>meterAccuracy</c> of an object: a maximum permissible error from 0 (inclusive) to 1 (exclusive).</summary>
    public static decimal? MeterAccuracy(JsonInput json, JsonElement element, string path)
    {
        decimal? accuracy = json.OptionalDecimal(element, path, "meterAccuracy");
        if (accuracy is decimal mpe && (mpe < 0m || mpe >= 1m))
        {
            throw json.Error(JsonInput.Path(path, "meterAccuracy"), "the maximum permissible error is a fraction from 0 to 1, for example 0.005 for 0.5 %");
        }
        return accuracy;
    }

    /// <summary>The optional <c>connection</c> of an object; grid-connected (case 1) when absent.</summary>
    public static GridConnectionCase Connection(JsonInput json, JsonElement element, string path) =>
        (json.OptionalString(element, path, "connection") ?? "grid-connected") switch
        {
            "grid-connected" => GridConnectionCase.GridConnected,
            "captive-or-isolated" => GridConnectionCase.CaptiveOrIsolated,
            string other => throw json.Error(JsonInput.Path(path, "connection"), $"unknown connection '{other}'; use grid-connected or captive-or-isolated"),
        };

    /// <summary>
    /// An ex-ante value at property <paramref name="name"/>: <c>{ "value": 6.1, "unit": "1", "source": "…" }</c> with an
    /// optional <c>monitoringOption</c>. The value must not be negative; when <paramref name="positiveBecause"/> is given
    /// it must not be zero either, and the message says why.
    /// </summary>
    /// <param name="json">The file.</param>
    /// <param name="parent">The object holding the property.</param>
    /// <param name="parentPath">The path of <paramref name="parent"/>.</param>
    /// <param name="name">The property.</param>
    /// <param name="what">What the value is, for messages: "the reference COP COP_RE,1 of 'CH-1'".</param>
    /// <param name="positiveBecause">Why zero is refused, or null when zero is allowed.</param>
    /// <param name="dimensions">The dimensions the unit may be of.</param>
    public static ExAnteParameter ExAnte(
        JsonInput json, JsonElement parent, string parentPath, string name, string what, string? positiveBecause, params ParameterDimension[] dimensions)
    {
        string path = JsonInput.Path(parentPath, name);
        JsonElement element = json.RequiredObject(parent, parentPath, name);
        decimal value = json.RequiredDecimal(element, path, "value");
        if (value < 0m)
        {
            throw json.Error(JsonInput.Path(path, "value"), $"{what} must not be negative; it is {Numbers.Plain(value)}");
        }
        if (value == 0m && positiveBecause is not null)
        {
            throw json.Error(JsonInput.Path(path, "value"), $"{what} must be positive, {positiveBecause}; it is {Numbers.Plain(value)}");
        }
        string unitText = json.RequiredString(element, path, "unit");
        if (!UnitTable.TryFind(unitText, out ParameterUnit unit) || !dimensions.Contains(unit.Dimension))
        {
            throw json.Error(JsonInput.Path(path, "unit"),
                $"wrong unit '{unitText}': {what} is {UnitTable.Describe(dimensions)}, given in {UnitTable.Symbols(dimensions)}");
        }
        string source = json.RequiredString(element, path, "source");
        MonitoringOption? option = Option(json, element, path);
        return ExAnteParameter.Create(value, unit, source, option);
    }

    /// <summary>The monitored quantity described by the object at property <paramref name="name"/>.</summary>
    public static MonitoredSpec Monitored(JsonInput json, JsonElement parent, string parentPath, string name, MonitoredQuantity quantity)
    {
        string path = JsonInput.Path(parentPath, name);
        return MonitoredAt(json, json.RequiredObject(parent, parentPath, name), path, quantity);
    }

    /// <summary>
    /// The monitored quantity described by the fields of <paramref name="element"/> itself: <c>parameter</c>
    /// (required), <c>monitoringOption</c> (C by default), <c>source</c>, <c>meterAccuracy</c> and, where the quantity
    /// may count against the project, <c>gapDefault</c>.
    /// </summary>
    public static MonitoredSpec MonitoredAt(JsonInput json, JsonElement element, string path, MonitoredQuantity quantity)
    {
        string parameter = json.RequiredString(element, path, "parameter");
        MonitoringOption option = Option(json, element, path) ?? MonitoringOption.C;
        string source = json.OptionalString(element, path, "source") ?? DefaultSource;
        if (string.IsNullOrWhiteSpace(source))
        {
            throw json.Error(JsonInput.Path(path, "source"), "must not be blank");
        }
        decimal? accuracy = MeterAccuracy(json, element, path);
        GapDefault? gap = null;
        if (element.TryGetProperty("gapDefault", out JsonElement gapElement) && gapElement.ValueKind != JsonValueKind.Null)
        {
            if (quantity.GapRate is not ParameterDimension rate || quantity.GapSymbol is not string gapSymbol)
            {
                throw json.Error(JsonInput.Path(path, "gapDefault"),
                    $"{quantity.Symbol} is on the reference side: time without readings counts as zero, so a gap default does not apply");
            }
            ExAnteParameter value = ExAnte(json, element, path, "gapDefault",
                $"the gap default {gapSymbol} of {quantity.Symbol}{(quantity.GapBecause is null ? string.Empty : " (" + quantity.GapBecause + ")")}",
                "because a zero default would fill missing project-side data in the project's favour", rate);
            gap = GapDefault.PerHour(gapSymbol, value);
        }
        return new MonitoredSpec(parameter, quantity, path, option, source, accuracy, gap);
    }

    /// <summary>An ex-ante value with its unit as the file states it: <c>6.1</c> (a pure number), <c>92 %</c>, <c>36 MJ/L</c>.</summary>
    public static string Text(ExAnteParameter parameter) =>
        parameter.Unit == ParameterUnit.One
            ? Numbers.Plain(parameter.Value)
            : string.Create(CultureInfo.InvariantCulture, $"{Numbers.Plain(parameter.Value)} {parameter.Unit.Symbol}");
}
