using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Cli.History;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry;
using CarbonLedger.Reporting.Xlsx;
using NodaTime;

namespace CarbonLedger.Cli.Report;

/// <summary>
/// <c>carbonledger report aef HISTORY.jsonl ARTICLE6.json --year YYYY</c>: a Party's AEF tables rebuilt from its stored
/// history and Article 6 file, as CSV, JSON or the .xlsx workbook; <c>report check</c> runs the pre-submission checks.
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] TableNames = ["submission", "authorizations", "actions", "holdings", "entities", "all"];

    public static Command Create(CommandGuard guard)
    {
        var history = new Argument<string>("history") { Description = "The Party's registry history as JSON Lines (one event per line)" };
        var article6 = new Argument<string>("article6") { Description = "The Party's Article 6 file (JSON: cooperative approaches, authorisations, journal of ITMO actions)" };
        var year = new Option<int>("--year") { Description = "The reporting year: actions dated in it, holdings as of its 31 December", Required = true };
        var table = new Option<string>("--table") { Description = "submission, authorizations, actions, holdings, entities or all (default; submission and entities need --submission)", DefaultValueFactory = _ => "all" };
        table.AcceptOnlyFromAmong(TableNames);
        var format = new Option<string>("--format") { Description = "csv (default), json, or xlsx (the five-sheet workbook; needs --submission and --out)", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "xlsx");
        var zone = ZoneOption();
        var submission = new Option<string?>("--submission") { Description = "JSON file with the submission's version, date, contact and authorised entities (docs/cli.md)" };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var aef = new Command("aef", "The AEF tables of a Party from its history and Article 6 file, for a year, as CSV, JSON or an .xlsx workbook")
        {
            history,
            article6,
            year,
            table,
            format,
            zone,
            submission,
            output,
        };
        guard.Attach(aef, (parse, context) => Aef(context, new AefRequest(parse.GetRequiredValue(history), parse.GetRequiredValue(article6), parse.GetValue(year),
            parse.GetValue(table)!, parse.GetValue(format)!, parse.GetValue(zone)!, parse.GetValue(submission), parse.GetValue(output))));
        var report = new Command("report", "Reports from stored histories")
        {
            aef,
            CheckCommand.Create(guard),
        };
        foreach (Command document in DocumentCommands.Create(guard))
        {
            report.Add(document);
        }
        return report;
    }

    /// <summary>The <c>--zone</c> option both report commands take.</summary>
    internal static Option<string> ZoneOption() =>
        new("--zone") { Description = "The registry's tzdb time zone, which dates actions and ends the year (default UTC)", DefaultValueFactory = _ => "UTC" };

    /// <summary>What <c>report aef</c> was asked for.</summary>
    internal sealed record AefRequest(string History, string Article6, int Year, string Table, string Format, string Zone, string? Submission, string? Out);

    internal static int Aef(CliContext context, AefRequest request)
    {
        Article6Registry registry = Load(context, request.History, request.Article6, request.Year, request.Zone);
        AefSubmission? submission = request.Submission is null ? null : SubmissionFile.Load(request.Submission, request.Year);
        if (request.Format == "xlsx")
        {
            if (submission is null || request.Out is null)
            {
                throw InputException.At(submission is null ? "--submission" : "--out", null, null, "the xlsx workbook holds all five tables: give --submission FILE and --out FILE");
            }
            AefReport report = AefReport.Create(registry, submission);
            using (var stream = new FileStream(request.Out, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                AefWorkbook.Write(report, stream);
            }
            context.Line($"{request.Out}: {string.Join(", ", report.Tables.Select(static t => t.Name))}");
            return ExitCodes.Success;
        }
        if (submission is null && request.Table is "submission" or "entities")
        {
            throw InputException.At("--submission", null, null, $"the {request.Table} table needs the submission file");
        }
        bool json = request.Format == "json";
        AefReport? full = submission is null ? null : AefReport.Create(registry, submission);
        int year = request.Year;
        // Only the tables asked for are built (the Holdings table walks every block of the registry).
        string Submission() => json ? AefExport.ToJson([full!.SubmissionRow]) : AefExport.ToCsv(full![AefTableKind.Submission]);
        string Entities() => json ? AefExport.ToJson(AefTables.AuthorizedEntities(registry, submission!)) : AefExport.ToCsv(full![AefTableKind.AuthorizedEntities]);
        string Authorizations() => json ? AefExport.ToJson(AefTables.Authorizations(registry)) : AefExport.ToCsv(AefTables.Authorizations(registry));
        string Actions() => json ? AefExport.ToJson(AefTables.Actions(registry, year)) : AefExport.ToCsv(AefTables.Actions(registry, year));
        string Holdings() => json ? AefExport.ToJson(AefTables.Holdings(registry, year)) : AefExport.ToCsv(AefTables.Holdings(registry, year));
        string end = json ? "\n" : string.Empty;
        string text = (request.Table, json, full is null) switch
        {
            ("submission", _, _) => Submission() + end,
            ("authorizations", _, _) => Authorizations() + end,
            ("actions", _, _) => Actions() + end,
            ("holdings", _, _) => Holdings() + end,
            ("entities", _, _) => Entities() + end,
            (_, false, true) => "# Authorizations\r\n" + Authorizations() + "\r\n# Actions\r\n" + Actions() + "\r\n# Holdings\r\n" + Holdings(),
            (_, true, true) => $"{{\"authorizations\":{Authorizations()},\"actions\":{Actions()},\"holdings\":{Holdings()}}}\n",
            (_, false, false) => "# Submission\r\n" + Submission() + "\r\n# Authorizations\r\n" + Authorizations() + "\r\n# Actions\r\n" + Actions()
                + "\r\n# Holdings\r\n" + Holdings() + "\r\n# Authorized entities\r\n" + Entities(),
            (_, true, false) => $"{{\"submission\":{Submission()},\"authorizations\":{Authorizations()},\"actions\":{Actions()},\"holdings\":{Holdings()},\"authorizedEntities\":{Entities()}}}\n",
        };
        if (request.Out is not null)
        {
            File.WriteAllText(request.Out, text, Input.TextFiles.Utf8);
            context.Line(request.Out);
        }
        else
        {
            context.Output.Write(text);
        }
        return ExitCodes.Success;
    }

    /// <summary>Rebuilds a Party's Article 6.2 layer from its history and Article 6 file, checking the year and zone first.</summary>
    internal static Article6Registry Load(CliContext context, string historyFile, string article6File, int year, string zoneId)
    {
        if (year < CreditAttributes.MinVintage || year > CreditAttributes.MaxVintage - 1)
        {
            throw InputException.At("--year", null, null, string.Create(CultureInfo.InvariantCulture,
                $"{year} is out of range; a reporting year is {CreditAttributes.MinVintage} to {CreditAttributes.MaxVintage - 1}"));
        }
        DateTimeZone zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw InputException.At("--zone", null, null, $"unknown time zone '{zoneId}'; give a tzdb id such as Asia/Tokyo");
        Article6Journal journal = Article6File.Load(article6File);
        Ledger ledger = LedgerCommand.Rebuild(context, historyFile);
        return Article6File.Restore(article6File, journal, ledger, zone);
    }
}
