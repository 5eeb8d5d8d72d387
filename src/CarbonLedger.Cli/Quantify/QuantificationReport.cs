using System;
using System.Globalization;
using System.Text.Json;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Quantification;
using Spectre.Console;

namespace CarbonLedger.Cli.Quantify;

/// <summary>Prints a quantification result as tables and its trace as text, or writes it (with every trace) as JSON.</summary>
internal static class QuantificationReport
{
    public static void Print(CliContext context, QuantificationResult result, bool trace)
    {
        Table table = Tables.Create(
            $"Quantification: {result.MethodologyId} {result.MethodologyVersion}, period {result.Period} at {result.Site}",
            "Vintage", "Dates (inclusive)", ">RE (tCO2e)", ">PE (tCO2e)", ">ER (tCO2e)", ">Credits");
        foreach (VintageResult vintage in result.Vintages)
        {
            Tables.Row(table, vintage.Year.ToString(CultureInfo.InvariantCulture), $"{vintage.Dates.Start:uuuu-MM-dd}..{vintage.Dates.End:uuuu-MM-dd}",
                Numbers.Exact(vintage.ReferenceEmissions.Tonnes), Numbers.Exact(vintage.ProjectEmissions.Tonnes),
                Numbers.Exact(vintage.EmissionReductions.Tonnes), Numbers.Whole(vintage.Credits));
        }
        Tables.Row(table, "Period", result.Period.ToString(),
            Numbers.Exact(result.ReferenceEmissions.Tonnes), Numbers.Exact(result.ProjectEmissions.Tonnes),
            Numbers.Exact(result.EmissionReductions.Tonnes), Numbers.Whole(result.Credits));
        context.Console.Write(table);
        context.Line($"Creditable tonnes: {Numbers.Whole(result.Credits)} ({RoundingText(result.CreditRounding)}; vintages split by {result.VintageBasis}).");
        if (trace)
        {
            context.Line();
            context.Line("Trace (whole period):");
            context.Output.Write(result.Trace.ToString().Replace("\r", string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>Describes a rounding direction of ER to whole credits.</summary>
    public static string RoundingText(MidpointRounding rounding) => rounding switch
    {
        MidpointRounding.ToNegativeInfinity => "ER rounded down to whole tonnes, the conservative JCM rule",
        MidpointRounding.ToPositiveInfinity => "ER rounded up to whole tonnes",
        MidpointRounding.ToEven => "ER rounded to the nearest whole tonne, halves to even",
        MidpointRounding.AwayFromZero => "ER rounded to the nearest whole tonne, halves away from zero",
        _ => "ER rounded toward zero",
    };

    /// <summary>Writes the result with the period's and every vintage's trace.</summary>
    public static void WriteJson(Utf8JsonWriter json, QuantificationResult result)
    {
        json.WriteStartObject();
        json.WriteString("methodology", result.MethodologyId.Value);
        json.WriteString("methodologyVersion", result.MethodologyVersion.ToString());
        json.WriteString("gwpSet", result.GwpSet.Name);
        json.WriteString("site", result.Site.Id);
        json.WriteString("timeZone", result.Site.Zone.Id);
        json.WriteString("periodStart", Date(result.Period.Start));
        json.WriteString("periodEnd", Date(result.Period.End));
        json.WriteNumber("referenceEmissionsTonnes", result.ReferenceEmissions.Tonnes);
        json.WriteNumber("projectEmissionsTonnes", result.ProjectEmissions.Tonnes);
        json.WriteNumber("emissionReductionsTonnes", result.EmissionReductions.Tonnes);
        json.WriteString("creditRounding", result.CreditRounding.ToString());
        json.WriteNumber("credits", result.Credits);
        json.WriteString("vintageBasis", result.VintageBasis.ToString());
        json.WriteStartArray("vintages");
        foreach (VintageResult vintage in result.Vintages)
        {
            json.WriteStartObject();
            json.WriteNumber("year", vintage.Year);
            json.WriteString("start", Date(vintage.Dates.Start));
            json.WriteString("end", Date(vintage.Dates.End));
            json.WriteNumber("referenceEmissionsTonnes", vintage.ReferenceEmissions.Tonnes);
            json.WriteNumber("projectEmissionsTonnes", vintage.ProjectEmissions.Tonnes);
            json.WriteNumber("emissionReductionsTonnes", vintage.EmissionReductions.Tonnes);
            json.WriteNumber("credits", vintage.Credits);
            json.WritePropertyName("trace");
            WriteTrace(json, vintage.Trace);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("trace");
        WriteTrace(json, result.Trace);
        json.WriteEndObject();
    }

    private static void WriteTrace(Utf8JsonWriter json, CalculationTrace trace)
    {
        json.WriteStartObject();
        json.WriteString("heading", trace.Heading);
        json.WriteStartArray("parameters");
        foreach (TracedParameter p in trace.Parameters)
        {
            json.WriteStartObject();
            json.WriteString("symbol", p.Symbol);
            json.WriteString("kind", p.Kind.ToString());
            json.WriteNumber("statedValue", p.StatedValue);
            json.WriteString("unit", p.Unit.Symbol);
            json.WriteNumber("usedValue", p.UsedValue);
            json.WriteString("usedUnit", p.UsedUnit.Symbol);
            if (p.Option is { } option)
            {
                json.WriteString("monitoringOption", option.ToString());
            }
            json.WriteString("source", p.Source);
            json.WriteString("basis", p.Basis);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("corrections");
        foreach (TraceCorrection c in trace.Corrections)
        {
            json.WriteStartObject();
            json.WriteString("symbol", c.Symbol);
            json.WriteString("kind", c.Kind.ToString());
            json.WriteString("description", c.Description);
            json.WriteNumber("before", c.Before);
            json.WriteNumber("after", c.After);
            json.WriteString("unit", c.Unit.Symbol);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("steps");
        foreach (TraceStep s in trace.Steps)
        {
            json.WriteStartObject();
            json.WriteString("symbol", s.Symbol);
            json.WriteString("formula", s.Formula);
            json.WriteString("expansion", s.Expansion);
            json.WriteString("substitution", s.Substitution);
            json.WriteNumber("value", s.Value);
            json.WriteString("unit", s.Unit);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
