using System.Collections.Generic;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// A fuel object of a project file: the monitored consumption <c>FC_PJ,p</c> (the fields of a monitored quantity)
/// with its <c>netCalorificValue</c> and CO2 <c>emissionFactor</c>. The NCV decides whether the fuel is counted by
/// mass or by volume, and so the units its readings and gap default may use.
/// </summary>
/// <param name="Consumption">The monitored consumption.</param>
/// <param name="NetCalorificValue">The NCV, per mass or per volume.</param>
/// <param name="EmissionFactor">The CO2 emission factor per energy content.</param>
internal sealed record FuelSpec(MonitoredSpec Consumption, ExAnteParameter NetCalorificValue, ExAnteParameter EmissionFactor)
{
    /// <summary>Reads the fuel object at property <paramref name="name"/>.</summary>
    public static FuelSpec Read(JsonInput json, JsonElement parent, string parentPath, string name, string what)
    {
        string path = JsonInput.Path(parentPath, name);
        JsonElement element = json.RequiredObject(parent, parentPath, name);
        ExAnteParameter ncv = ProjectFields.ExAnte(json, element, path, "netCalorificValue",
            "the fuel's net calorific value NCV", "because a fuel without energy content cannot be burnt",
            ParameterDimension.NetCalorificValuePerMass, ParameterDimension.NetCalorificValuePerVolume);
        ExAnteParameter factor = ProjectFields.ExAnte(json, element, path, "emissionFactor",
            "the fuel's CO2 emission factor EF_fuel", null, ParameterDimension.EmissionFactorPerEnergyContent);
        MonitoredSpec consumption = ProjectFields.MonitoredAt(json, element, path,
            MonitoredQuantity.Fuel("FC_PJ,p", what, ncv.Unit.Dimension, JsonInput.Path(path, "netCalorificValue"), "FC_rated"));
        return new FuelSpec(consumption, ncv, factor);
    }

    /// <summary>The library's fuel chain over the monitored data.</summary>
    public FuelCombustion ToCombustion(IReadOnlyDictionary<string, MonitoredParameter> data)
    {
        var fuel = new FuelCombustion(data[Consumption.Parameter], NetCalorificValue, EmissionFactor);
        return Consumption.GapDefault is GapDefault gap ? fuel.WithGapDefault(gap) : fuel;
    }

    /// <summary>Describes the fuel's fixed values for the lines above the result table.</summary>
    public string Describe() =>
        $"fuel NCV {ProjectFields.Text(NetCalorificValue)} ({NetCalorificValue.Source}), EF_fuel {ProjectFields.Text(EmissionFactor)} ({EmissionFactor.Source})";
}
