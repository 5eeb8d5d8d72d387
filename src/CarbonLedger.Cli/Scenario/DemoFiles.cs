using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Cli.Allocate;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Quantify;
using CarbonLedger.Cli.Report;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Issuance;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Reporting.Xlsx;
using CarbonLedger.Serials;
using CsvHelper;
using I = CarbonLedger.Cli.Scenario.ScenarioInputs;

namespace CarbonLedger.Cli.Scenario;

/// <summary>The files the demo writes: its artefacts (<c>--out</c>) and the example inputs (<c>--write-examples</c>).</summary>
internal static class DemoFiles
{
    public const string ProjectFileName = "project.json";
    public const string ReadingsFileName = "readings.csv";
    public const string AgreementFileName = "agreement.json";
    public const string KazakhstanHistoryFileName = "ledger-KAZ01.jsonl";
    public const string JapanHistoryFileName = "ledger-JPN01.jsonl";

    /// <summary>Writes every artefact of a run; returns the file names written.</summary>
    public static IReadOnlyList<string> WriteArtefacts(string directory, ScenarioOutcome o)
    {
        var written = new List<string>();
        void Write(string name, string text)
        {
            TextFiles.Write(directory, name, text);
            written.Add(name);
        }
        Write("quantification.json", JsonText.Write(w => QuantificationReport.WriteJson(w, o.Quantification)));
        Write("issuance.json", JsonText.Write(w => WriteIssuance(w, o)));
        Write("corresponding-adjustments.csv", AdjustmentsCsv(o));
        int year = o.ReportingYear;
        foreach ((string registry, Article6Registry a6) in new[] { ("KAZ01", o.KazakhstanArticle6), ("JPN01", o.JapanArticle6) })
        {
            IReadOnlyList<AefAuthorizationRow> authorizations = AefTables.Authorizations(a6);
            IReadOnlyList<AefActionRow> actions = AefTables.Actions(a6, year);
            IReadOnlyList<AefHoldingRow> holdings = AefTables.Holdings(a6, year);
            Write($"aef-{registry}-authorizations.csv", AefExport.ToCsv(authorizations));
            Write($"aef-{registry}-authorizations.json", AefExport.ToJson(authorizations) + "\n");
            Write(string.Create(CultureInfo.InvariantCulture, $"aef-{registry}-actions-{year}.csv"), AefExport.ToCsv(actions));
            Write(string.Create(CultureInfo.InvariantCulture, $"aef-{registry}-actions-{year}.json"), AefExport.ToJson(actions) + "\n");
            Write(string.Create(CultureInfo.InvariantCulture, $"aef-{registry}-holdings-{year}.csv"), AefExport.ToCsv(holdings));
            Write(string.Create(CultureInfo.InvariantCulture, $"aef-{registry}-holdings-{year}.json"), AefExport.ToJson(holdings) + "\n");
            AefSubmission submission = DemoReport.DemoSubmission(o);
            Write($"submission-{registry}.json", SubmissionFile.Write(submission));
            string workbook = string.Create(CultureInfo.InvariantCulture, $"aef-{registry}-{year}.xlsx");
            Directory.CreateDirectory(directory);
            AefWorkbook.Write(AefReport.Create(a6, submission), Path.Combine(directory, workbook));
            written.Add(workbook);
        }
        Write(KazakhstanHistoryFileName, LedgerJsonLines.ToJsonLines(o.Kazakhstan.Current.Events));
        Write(JapanHistoryFileName, LedgerJsonLines.ToJsonLines(o.Japan.Current.Events));
        Write(Article6File.NameFor("KAZ01"), Article6File.Write(o.KazakhstanArticle6));
        Write(Article6File.NameFor("JPN01"), Article6File.Write(o.JapanArticle6));
        return written;
    }

    /// <summary>
    /// Writes the example input files (the scenario's own inputs, then an illustrative project and readings file for each
    /// other methodology family); returns the file names written.
    /// </summary>
    public static IReadOnlyList<string> WriteExamples(string directory, ScenarioOutcome o)
    {
        TextFiles.Write(directory, ProjectFileName, JsonText.Write(WriteProject));
        TextFiles.Write(directory, AgreementFileName, JsonText.Write(w => AgreementFile.Write(w, o.Project.Agreement.Rule)));
        using (var writer = new StreamWriter(Path.Combine(directory, ReadingsFileName), append: false, TextFiles.Utf8))
        {
            ReadingsCsv.Write(writer, o.Readings.Select(r =>
                (I.Parameter, r.Start.InZone(o.Site.Zone), r.End.InZone(o.Site.Zone), r.Amount, o.Readings.Unit.Symbol)));
        }
        TextFiles.Write(directory, KazakhstanHistoryFileName, LedgerJsonLines.ToJsonLines(o.Kazakhstan.Current.Events));
        TextFiles.Write(directory, JapanHistoryFileName, LedgerJsonLines.ToJsonLines(o.Japan.Current.Events));
        return [ProjectFileName, ReadingsFileName, AgreementFileName, KazakhstanHistoryFileName, JapanHistoryFileName, .. FamilyExamples.Write(directory)];
    }

    private static void WriteProject(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("comment", "Example input of the Japan–Kazakhstan demo. ILLUSTRATIVE values: the methodology id, the capacity, the grid emission factor and the readings are assumptions, not official data.");
        json.WriteString("project", I.ProjectId);
        json.WriteStartObject("methodology");
        json.WriteString("family", MethodologyCatalogue.SolarPv);
        json.WriteString("id", I.MethodologyId);
        json.WriteString("version", "Ver1.0");
        json.WriteString("title", I.MethodologyTitle);
        json.WriteEndObject();
        json.WriteStartObject("site");
        json.WriteString("id", I.SiteId);
        json.WriteString("timeZone", I.TimeZone);
        json.WriteEndObject();
        json.WriteStartObject("period");
        json.WriteString("start", I.PeriodStart.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("end", I.PeriodEnd.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteString("creditRounding", "down");
        json.WriteStartObject("gridEmissionFactor");
        json.WriteNumber("value", I.GridEmissionFactor);
        json.WriteString("unit", "tCO2/MWh");
        json.WriteString("grid", I.GridName);
        json.WriteString("source", I.GridFactorSource);
        json.WriteEndObject();
        json.WriteStartArray("systems");
        json.WriteStartObject();
        json.WriteString("name", I.SystemName);
        json.WriteString("parameter", I.Parameter);
        json.WriteString("connection", "grid-connected");
        json.WriteString("monitoringOption", MonitoringOption.C.ToString());
        json.WriteString("source", I.MeterSource);
        json.WriteNumber("meterAccuracy", I.MeterAccuracy);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIssuance(Utf8JsonWriter json, ScenarioOutcome o)
    {
        CreditIssuance issuance = o.Issuance;
        json.WriteStartObject();
        json.WriteString("project", issuance.Project.Value);
        json.WriteString("decision", issuance.Decision.Reference);
        json.WriteString("decidedOn", issuance.Decision.DecidedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("batch", issuance.BatchNumber);
        json.WriteNumber("credits", issuance.Net);
        json.WriteStartArray("vintages");
        foreach (VintageIssuance vintage in issuance.Vintages)
        {
            json.WriteStartObject();
            json.WriteNumber("year", vintage.Year);
            json.WriteString("vintage", vintage.Vintage.ToString());
            json.WriteNumber("credits", vintage.Net);
            json.WriteString("block", vintage.Block.ToString());
            json.WriteStartArray("lots");
            foreach (IssuedLot lot in vintage.Lots)
            {
                json.WriteStartObject();
                json.WriteString("recipient", lot.Holder);
                json.WriteNumber("credits", lot.Credits);
                if (lot.Block is SerialBlock block)
                {
                    json.WriteString("block", block.ToString());
                    json.WriteString("serialNumber", JcmSerialNumber.Create(o.Partnership.PartnerRegistry, o.Project.Id, vintage.Vintage, issuance.BatchNumber, block).ToString());
                }
                json.WriteString("heldIn", lot.Registry.ToString());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string AdjustmentsCsv(ScenarioOutcome o)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (CsvWriter csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            csv.WriteHeader(["party", "year", "added", "subtracted", "net", "applied"]);
            foreach (CorrespondingAdjustmentResult result in o.Adjustments)
            {
                foreach (AnnualAdjustment year in result.Years)
                {
                    csv.WriteRecord([result.Party.Alpha3, Numbers.Plain(year.Year), Numbers.Plain(year.Added.Tonnes), Numbers.Plain(year.Subtracted.Tonnes),
                        Numbers.Plain(year.Net.Tonnes), year.Applied is { } applied ? Numbers.Plain(applied.Tonnes) : string.Empty]);
                }
            }
            csv.Flush();
        }
        return text.ToString();
    }
}
