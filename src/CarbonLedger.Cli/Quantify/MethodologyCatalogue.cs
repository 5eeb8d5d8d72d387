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
/// The methodologies the command line can run from a project file: the built-in approved methodologies by id, and
/// the solar PV family under any id the file gives. Other families are available through the library API.
/// </summary>
internal static class MethodologyCatalogue
{
    /// <summary>The family name of grid-connected or captive solar PV.</summary>
    public const string SolarPv = "solar-pv";

    private static readonly Dictionary<string, SolarPvMethodology> BuiltIn = new(StringComparer.Ordinal)
    {
        [SolarPvMethodology.MnAm003Ver2.Id.Value] = SolarPvMethodology.MnAm003Ver2,
    };

    /// <summary>The families the command line supports.</summary>
    public static IReadOnlyList<string> Families { get; } = [SolarPv];

    /// <summary>A description of what is supported, for messages and help.</summary>
    public static string Supported =>
        $"families: {string.Join(", ", Families)}; built-in methodologies: {string.Join(", ", BuiltIn.Values.Select(m => $"{m.Id} {m.Version}"))}";

    /// <summary>Resolves the <c>methodology</c> object of a project file.</summary>
    public static SolarPvMethodology Resolve(JsonInput json, JsonElement element, string path)
    {
        string idText = json.RequiredString(element, path, "id");
        if (!MethodologyId.TryParse(idText, out MethodologyId id))
        {
            throw json.Error(JsonInput.Path(path, "id"), $"'{idText}' is not a methodology id such as MN_AM003");
        }
        string? family = json.OptionalString(element, path, "family");
        if (family is null)
        {
            return BuiltIn.TryGetValue(id.Value, out SolarPvMethodology? known)
                ? known
                : throw json.Error(JsonInput.Path(path, "id"),
                    $"unknown methodology '{id}'; give its family (one of: {string.Join(", ", Families)}) or use a built-in one ({Supported})");
        }
        if (!string.Equals(family, SolarPv, StringComparison.Ordinal))
        {
            throw json.Error(JsonInput.Path(path, "family"), $"unknown methodology family '{family}'; supported {Supported}");
        }
        string versionText = json.OptionalString(element, path, "version") ?? "Ver1.0";
        MethodologyVersion version;
        try
        {
            version = MethodologyVersion.Parse(versionText);
        }
        catch (FormatException ex)
        {
            throw json.Error(JsonInput.Path(path, "version"), ex.Message, ex);
        }
        string? title = json.OptionalString(element, path, "title");
        return title is null ? new SolarPvMethodology(id, version, GwpSet.Ar5) : new SolarPvMethodology(id, version, title, GwpSet.Ar5);
    }
}
