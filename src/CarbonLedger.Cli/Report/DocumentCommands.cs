using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Cli.History;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry;
using CarbonLedger.Reports;
using CarbonLedger.Reports.Documents;
using CarbonLedger.Reports.Html;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Report;

/// <summary>
/// <c>carbonledger report html|certificate|statement</c>: the documents for people, from a stored registry history —
/// the HTML report, a PDF retirement certificate and a PDF account statement.
/// </summary>
internal static class DocumentCommands
{
    public static IEnumerable<Command> Create(CommandGuard guard)
    {
        yield return Html(guard);
        yield return Certificate(guard);
        yield return Statement(guard);
    }

    private static Argument<string> History() => new("history") { Description = "The registry's history as JSON Lines (one event per line)" };

    private static Option<string> Out(string what) => new("--out") { Description = "The file to write: " + what, Required = true };

    private static Option<string> Zone() => new("--zone") { Description = "The tzdb time zone instants and dates are shown in (default UTC)", DefaultValueFactory = _ => "UTC" };

    private static Command Html(CommandGuard guard)
    {
        Argument<string> history = History();
        var article6 = new Option<string?>("--article6") { Description = "The Party's Article 6 file, to show its ITMO actions" };
        Option<string> zone = Zone();
        Option<string> output = Out("the HTML report");
        var command = new Command("html", "A self-contained HTML report of a registry (balances, Article 6.2 actions, checks), with charts; opens offline")
        {
            history, article6, zone, output,
        };
        guard.Attach(command, (parse, context) => WriteHtml(context, parse.GetRequiredValue(history), parse.GetValue(article6),
            parse.GetValue(zone)!, parse.GetRequiredValue(output)));
        return command;
    }

    internal static int WriteHtml(CliContext context, string historyFile, string? article6File, string zoneId, string output)
    {
        DateTimeZone zone = ZoneOf(zoneId);
        Ledger ledger = LedgerCommand.Rebuild(context, historyFile);
        ReportContent content = ReportContent.Create($"Registry {ledger.Registry}");
        if (article6File is not null)
        {
            Article6Registry registry = Article6File.Restore(article6File, Article6File.Load(article6File), ledger, zone);
            content = content.WithArticle6(registry);
        }
        else
        {
            content = content.WithRegistry(ledger.Current);
        }
        content = content.WithStandardChecks();
        WriteText(output, HtmlReport.Render(content, ReportOptions.Default.WithZone(zone)));
        context.Line($"HTML report of {ledger.Registry} written to {output}");
        return content.Checks.All(c => c.Passed) ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    private static Command Certificate(CommandGuard guard)
    {
        Argument<string> history = History();
        var sequence = new Option<long?>("--event") { Description = "The sequence number of the retirement event (needed when the history has several)" };
        Option<string> zone = Zone();
        Option<string> output = Out("the PDF certificate");
        var command = new Command("certificate", "A PDF retirement certificate for a retirement (or Article 6.2 use) in a registry's history")
        {
            history, sequence, zone, output,
        };
        guard.Attach(command, (parse, context) => WriteCertificate(context, parse.GetRequiredValue(history), parse.GetValue(sequence),
            parse.GetValue(zone)!, parse.GetRequiredValue(output)));
        return command;
    }

    internal static int WriteCertificate(CliContext context, string historyFile, long? sequence, string zoneId, string output)
    {
        DateTimeZone zone = ZoneOf(zoneId);
        Ledger ledger = LedgerCommand.Rebuild(context, historyFile);
        IReadOnlyList<RetirementCertificate> all = RetirementCertificate.All(ledger.Current);
        string listed = string.Join(", ", all.Select(c => c.Sequence.ToString(CultureInfo.InvariantCulture)));
        RetirementCertificate certificate = sequence switch
        {
            null when all.Count == 1 => all[0],
            null when all.Count == 0 => throw InputException.At(historyFile, null, null, "the history has no retirement, so there is no certificate to make"),
            null => throw InputException.At("--event", null, null, $"the history has {all.Count} retirements (events {listed}); name one with --event"),
            long s => all.FirstOrDefault(c => c.Sequence == s)
                ?? throw InputException.At("--event", null, null, string.Create(CultureInfo.InvariantCulture,
                    $"event {s} is not a retirement; the retirements are events {(listed.Length == 0 ? "(none)" : listed)}")),
        };
        WriteBytes(output, certificate.ToPdf(ReportOptions.Default.WithZone(zone)));
        context.Line(string.Create(CultureInfo.InvariantCulture,
            $"Certificate of retirement event {certificate.Sequence} ({certificate.Quantity} credits) written to {output}"));
        return ExitCodes.Success;
    }

    private static Command Statement(CommandGuard guard)
    {
        Argument<string> history = History();
        var account = new Option<string>("--account") { Description = "The account, for example JPN01-1", Required = true };
        var from = new Option<string>("--from") { Description = "The first date of the period (yyyy-MM-dd, in --zone)", Required = true };
        var to = new Option<string>("--to") { Description = "The last date of the period (inclusive)", Required = true };
        Option<string> zone = Zone();
        Option<string> output = Out("the PDF statement");
        var command = new Command("statement", "A PDF account statement for a period: opening balance, every movement with serial blocks, closing balance")
        {
            history, account, from, to, zone, output,
        };
        guard.Attach(command, (parse, context) => WriteStatement(context, parse.GetRequiredValue(history), parse.GetRequiredValue(account),
            parse.GetRequiredValue(from), parse.GetRequiredValue(to), parse.GetValue(zone)!, parse.GetRequiredValue(output)));
        return command;
    }

    internal static int WriteStatement(CliContext context, string historyFile, string accountText, string fromText, string toText, string zoneId, string output)
    {
        DateTimeZone zone = ZoneOf(zoneId);
        AccountId account = AccountId.TryParse(accountText, out AccountId parsed) ? parsed
            : throw InputException.At("--account", null, null, $"'{accountText}' is not an account id; give one such as JPN01-1");
        LocalDate from = DateOf("--from", fromText);
        LocalDate to = DateOf("--to", toText);
        if (to < from)
        {
            throw InputException.At("--to", null, null, $"{toText} is earlier than --from {fromText}");
        }
        Ledger ledger = LedgerCommand.Rebuild(context, historyFile);
        if (!ledger.Current.HasAccount(account))
        {
            throw InputException.At("--account", null, null, $"registry {ledger.Registry} has no account {account}");
        }
        AccountStatement statement = AccountStatement.Create(ledger.Current, account, new DateInterval(from, to), zone);
        WriteBytes(output, statement.ToPdf(ReportOptions.Default.WithZone(zone)));
        context.Line(string.Create(CultureInfo.InvariantCulture,
            $"Statement of {account}: opening {statement.Opening}, {statement.Movements.Count} movements, closing {statement.Closing}; written to {output}"));
        return ExitCodes.Success;
    }

    private static DateTimeZone ZoneOf(string zoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
        ?? throw InputException.At("--zone", null, null, $"unknown time zone '{zoneId}'; give a tzdb id such as Asia/Tokyo");

    private static LocalDate DateOf(string option, string text)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw InputException.At(option, null, null, $"'{text}' is not a date; give one as yyyy-MM-dd");
    }

    private static void WriteText(string file, string text)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(file));
        TextFiles.Write(directory!, Path.GetFileName(file), text);
    }

    private static void WriteBytes(string file, byte[] bytes)
    {
        string full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
