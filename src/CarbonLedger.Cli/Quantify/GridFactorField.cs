using System;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Projects;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// Reads the <c>gridEmissionFactor</c> object of a project file: a factor the user supplies with its source, or a
/// published JCM one looked up by country and grid.
/// </summary>
internal static class GridFactorField
{
    /// <summary>The property name and JSON path.</summary>
    public const string Path = "gridEmissionFactor";

    /// <summary>Reads the factors; <c>connection</c> is refused (solar PV states it per system).</summary>
    public static GridEmissionFactorSet ReadForSystems(JsonInput json, JsonElement root, ProjectId project)
    {
        JsonElement element = json.RequiredObject(root, string.Empty, Path);
        if (element.TryGetProperty("connection", out _))
        {
            throw json.Error(JsonInput.Path(Path, "connection"),
                "solar PV systems state their connection one by one (systems[i].connection); remove it here");
        }
        return Read(json, element, project);
    }

    /// <summary>
    /// Reads the factors and the connection case (<c>connection</c>, grid-connected by default) that picks the one
    /// factor <c>EF_elec</c> of a family that consumes electricity.
    /// </summary>
    public static ElectricityFactor ReadForConsumer(JsonInput json, JsonElement root, ProjectId project)
    {
        JsonElement element = json.RequiredObject(root, string.Empty, Path);
        GridEmissionFactorSet factors = Read(json, element, project);
        GridConnectionCase connection = ProjectFields.Connection(json, element, Path);
        CheckCase(json, factors, connection, JsonInput.Path(Path, "connection"));
        return new ElectricityFactor(factors, connection);
    }

    /// <summary>Refuses case 2 when the factors give none.</summary>
    public static void CheckCase(JsonInput json, GridEmissionFactorSet factors, GridConnectionCase connection, string path)
    {
        if (connection == GridConnectionCase.CaptiveOrIsolated && !factors.HasCaptiveOrIsolated)
        {
            throw json.Error(path, $"the grid emission factors for {factors.Grid} give no factor for case 2 (captive or isolated)");
        }
    }

    /// <summary>Describes a connection case as the project file writes it.</summary>
    public static string Text(GridConnectionCase connection) =>
        connection == GridConnectionCase.GridConnected ? "case 1, grid-connected" : "case 2, captive-or-isolated";

    private static GridEmissionFactorSet Read(JsonInput json, JsonElement element, ProjectId project)
    {
        if (json.OptionalString(element, Path, "published") is string country)
        {
            string grid = json.RequiredString(element, Path, "grid");
            try
            {
                return JcmGridEmissionFactors.Find(country, grid);
            }
            catch (ArgumentException ex)
            {
                throw json.Error(JsonInput.Path(Path, "published"), ex.Message, ex);
            }
        }
        decimal value = json.RequiredDecimal(element, Path, "value");
        string unitText = json.RequiredString(element, Path, "unit");
        if (!UnitTable.TryFind(unitText, out ParameterUnit unit) || unit.Dimension != ParameterDimension.EmissionFactorPerEnergy)
        {
            throw json.Error(JsonInput.Path(Path, "unit"),
                $"wrong unit '{unitText}': a grid emission factor is given in {UnitTable.Symbols([ParameterDimension.EmissionFactorPerEnergy])}");
        }
        if (value <= 0m)
        {
            throw json.Error(JsonInput.Path(Path, "value"), "a grid emission factor must be positive");
        }
        string gridName = json.RequiredString(element, Path, "grid");
        string source = json.RequiredString(element, Path, "source");
        return GridEmissionFactorSet.Supplied(project.CountryAlpha2, gridName, EmissionFactor.TonnesPerMegawattHour(unit.ToCanonical(value)), source);
    }
}
