using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Cli.Input;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantities;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// The methodologies the command line can run from a project file: the library's built-in methodologies by id, and
/// each of its five families under any id the file gives. Each family has its own property in the project file
/// (<c>systems</c>, <c>lighting</c>, <c>chillers</c>, <c>absorptionChiller</c>, <c>equipment</c>).
/// </summary>
internal static class MethodologyCatalogue
{
    /// <summary>The family name of grid-connected or captive solar PV.</summary>
    public const string SolarPv = "solar-pv";

    /// <summary>The family name of LED lighting.</summary>
    public const string LedLighting = "led-lighting";

    /// <summary>The family name of high-efficiency chillers and inverter air conditioners.</summary>
    public const string HighEfficiencyChiller = "high-efficiency-chiller";

    /// <summary>The family name of absorption chillers with a fuel term.</summary>
    public const string AbsorptionChiller = "absorption-chiller";

    /// <summary>The family name of fuel-fired equipment efficiency (boilers, furnaces).</summary>
    public const string FuelEfficiency = "fuel-efficiency";

    private static readonly Family[] All =
    [
        new(SolarPv, SolarPvProject.Block, typeof(SolarPvMethodology),
            (id, version, title) => title is null ? new SolarPvMethodology(id, version, GwpSet.Ar5) : new SolarPvMethodology(id, version, title, GwpSet.Ar5)),
        new(LedLighting, LedLightingProject.Block, typeof(LedLightingMethodology),
            (id, version, title) => title is null ? new LedLightingMethodology(id, version, GwpSet.Ar5) : new LedLightingMethodology(id, version, title, GwpSet.Ar5)),
        new(HighEfficiencyChiller, HighEfficiencyChillerProject.Block, typeof(HighEfficiencyChillerMethodology),
            (id, version, title) => title is null
                ? new HighEfficiencyChillerMethodology(id, version, GwpSet.Ar5)
                : new HighEfficiencyChillerMethodology(id, version, title, GwpSet.Ar5)),
        new(AbsorptionChiller, AbsorptionChillerProject.Block, typeof(AbsorptionChillerMethodology),
            (id, version, title) => title is null
                ? new AbsorptionChillerMethodology(id, version, GwpSet.Ar5)
                : new AbsorptionChillerMethodology(id, version, title, GwpSet.Ar5)),
        new(FuelEfficiency, FuelEfficiencyProject.Block, typeof(FuelEfficiencyMethodology),
            (id, version, title) => title is null ? new FuelEfficiencyMethodology(id, version, GwpSet.Ar5) : new FuelEfficiencyMethodology(id, version, title, GwpSet.Ar5)),
    ];

    private static readonly Methodology[] BuiltIn = [SolarPvMethodology.MnAm003Ver2, HighEfficiencyChillerMethodology.ThAm005Ver3];

    /// <summary>The families the command line supports.</summary>
    public static IReadOnlyList<string> Families { get; } = All.Select(f => f.Name).ToArray();

    /// <summary>Each family's own property of the project file.</summary>
    public static IReadOnlyList<(string Family, string Block)> Blocks { get; } = All.Select(f => (f.Name, f.Block)).ToArray();

    /// <summary>A description of what is supported, for messages and help.</summary>
    public static string Supported =>
        $"families: {string.Join(", ", Families)}; built-in methodologies: {string.Join(", ", BuiltIn.Select(m => $"{m.Id} {m.Version} ({FamilyOf(m)})"))}";

    /// <summary>The family name of a methodology the catalogue resolved.</summary>
    public static string FamilyOf(Methodology methodology) => All.First(f => f.Type.IsInstanceOfType(methodology)).Name;

    /// <summary>Resolves the <c>methodology</c> object of a project file.</summary>
    public static Methodology Resolve(JsonInput json, JsonElement element, string path)
    {
        string idText = json.RequiredString(element, path, "id");
        if (!MethodologyId.TryParse(idText, out MethodologyId id))
        {
            throw json.Error(JsonInput.Path(path, "id"), $"'{idText}' is not a methodology id such as MN_AM003");
        }
        Methodology? builtIn = BuiltIn.FirstOrDefault(m => m.Id == id);
        string? familyName = json.OptionalString(element, path, "family");
        if (familyName is null)
        {
            if (builtIn is null)
            {
                throw json.Error(JsonInput.Path(path, "id"),
                    $"unknown methodology '{id}'; give its family (one of: {string.Join(", ", Families)}) or use a built-in one ({Supported})");
            }
            if (OptionalVersion(json, element, path) is MethodologyVersion asked && asked != builtIn.Version)
            {
                throw json.Error(JsonInput.Path(path, "version"),
                    $"{id} is built in as {builtIn.Version}; to run {asked}, also give its family ({FamilyOf(builtIn)})");
            }
            return builtIn;
        }
        Family family = All.FirstOrDefault(f => string.Equals(f.Name, familyName, StringComparison.Ordinal))
            ?? throw json.Error(JsonInput.Path(path, "family"), $"unknown methodology family '{familyName}'; supported {Supported}");
        if (builtIn is not null && !family.Type.IsInstanceOfType(builtIn))
        {
            throw json.Error(JsonInput.Path(path, "family"),
                $"{id} is the built-in {FamilyOf(builtIn)} methodology ({builtIn.Id} {builtIn.Version}), not of the {family.Name} family");
        }
        MethodologyVersion version = OptionalVersion(json, element, path) ?? new MethodologyVersion(1, 0);
        string? title = json.OptionalString(element, path, "title");
        return family.Create(id, version, title);
    }

    private static MethodologyVersion? OptionalVersion(JsonInput json, JsonElement element, string path)
    {
        string? text = json.OptionalString(element, path, "version");
        if (text is null)
        {
            return null;
        }
        try
        {
            return MethodologyVersion.Parse(text);
        }
        catch (FormatException ex)
        {
            throw json.Error(JsonInput.Path(path, "version"), ex.Message, ex);
        }
    }

    private sealed record Family(string Name, string Block, Type Type, Func<MethodologyId, MethodologyVersion, string?, Methodology> Create);
}
