using System.CommandLine;
using System.Globalization;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Cli.History;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry;
using NodaTime;

namespace CarbonLedger.Cli.Report;

/// <summary><c>carbonledger report aef HISTORY.jsonl ARTICLE6.json --year YYYY</c>: a Party's AEF tables rebuilt from its stored history and Article 6 file.</summary>
internal static class ReportCommand
{
    private static readonly string[] TableNames = ["authorizations", "actions", "holdings", "all"];

    public static Command Create(CommandGuard guard)
    {
        var history = new Argument<string>("history") { Description = "The Party's registry history as JSON Lines (one event per line)" };
        var article6 = new Argument<string>("article6") { Description = "The Party's Article 6 file (JSON: cooperative approaches, authorisations, journal of ITMO actions)" };
        var year = new Option<int>("--year") { Description = "The reporting year: actions dated in it, holdings as of its 31 December", Required = true };
        var table = new Option<string>("--table") { Description = "authorizations, actions, holdings or all (default)", DefaultValueFactory = _ => "all" };
        table.AcceptOnlyFromAmong(TableNames);
        var format = new Option<string>("--format") { Description = "csv (default) or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var zone = new Option<string>("--zone") { Description = "The registry's tzdb time zone, which dates actions and ends the year (default UTC)", DefaultValueFactory = _ => "UTC" };
        var aef = new Command("aef", "The AEF tables (Authorizations, Actions, Holdings) of a Party from its history and Article 6 file, for a year, as CSV or JSON")
        {
            history,
            article6,
            year,
            table,
            format,
            zone,
        };
        guard.Attach(aef, (parse, context) => Aef(context, parse.GetRequiredValue(history), parse.GetRequiredValue(article6), parse.GetValue(year),
            parse.GetValue(table)!, parse.GetValue(format) == "json", parse.GetValue(zone)!));
        var report = new Command("report", "Reports from stored histories")
        {
            aef,
        };
        foreach (Command document in DocumentCommands.Create(guard))
        {
            report.Add(document);
        }
        return report;
    }

    internal static int Aef(CliContext context, string historyFile, string article6File, int year, string table, bool json, string zoneId)
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
        Article6Registry registry = Article6File.Restore(article6File, journal, ledger, zone);
        // Only the tables asked for are built (the Holdings table walks every block of the registry).
        string Authorizations() => json ? AefExport.ToJson(AefTables.Authorizations(registry)) : AefExport.ToCsv(AefTables.Authorizations(registry));
        string Actions() => json ? AefExport.ToJson(AefTables.Actions(registry, year)) : AefExport.ToCsv(AefTables.Actions(registry, year));
        string Holdings() => json ? AefExport.ToJson(AefTables.Holdings(registry, year)) : AefExport.ToCsv(AefTables.Holdings(registry, year));
        context.Output.Write((table, json) switch
        {
            ("authorizations", _) => Authorizations() + (json ? "\n" : string.Empty),
            ("actions", _) => Actions() + (json ? "\n" : string.Empty),
            ("holdings", _) => Holdings() + (json ? "\n" : string.Empty),
            (_, false) => "# Authorizations\r\n" + Authorizations() + "\r\n# Actions\r\n" + Actions() + "\r\n# Holdings\r\n" + Holdings(),
            (_, true) => $"{{\"authorizations\":{Authorizations()},\"actions\":{Actions()},\"holdings\":{Holdings()}}}\n",
        });
        return ExitCodes.Success;
    }
}
