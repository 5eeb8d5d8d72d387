using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Reporting.Xlsx;

namespace CarbonLedger.Cli.Report;

/// <summary>
/// <c>carbonledger report check HISTORY.jsonl ARTICLE6.json --year YYYY (--workbook FILE.xlsx | --submission FILE.json)</c>:
/// the pre-submission checks of a workbook (or of the report built afresh) against the Party's ledger. Exit 1 on any error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CommandGuard guard)
    {
        var history = new Argument<string>("history") { Description = "The Party's registry history as JSON Lines" };
        var article6 = new Argument<string>("article6") { Description = "The Party's Article 6 file" };
        var year = new Option<int>("--year") { Description = "The reporting year the report covers", Required = true };
        var zone = ReportCommand.ZoneOption();
        var workbook = new Option<string?>("--workbook") { Description = "The AEF workbook (.xlsx) to check, as it will be submitted" };
        var submission = new Option<string?>("--submission") { Description = "Without --workbook: build the report from this submission file and check it" };
        var check = new Command("check", "Pre-submission checks of an AEF workbook against the Party's ledger: errors (exit 1) and warnings")
        {
            history,
            article6,
            year,
            zone,
            workbook,
            submission,
        };
        guard.Attach(check, (parse, context) => Check(context, parse.GetRequiredValue(history), parse.GetRequiredValue(article6), parse.GetValue(year),
            parse.GetValue(zone)!, parse.GetValue(workbook), parse.GetValue(submission)));
        return check;
    }

    internal static int Check(CliContext context, string historyFile, string article6File, int year, string zone, string? workbook, string? submissionFile)
    {
        if ((workbook is null) == (submissionFile is null))
        {
            throw InputException.At("--workbook", null, null, "give either --workbook FILE.xlsx (check a workbook) or --submission FILE.json (check the report built afresh)");
        }
        Article6Registry registry = ReportCommand.Load(context, historyFile, article6File, year, zone);
        IReadOnlyList<AefTable> tables;
        if (workbook is not null)
        {
            if (!System.IO.File.Exists(workbook))
            {
                throw InputException.At(workbook, null, null, "file not found");
            }
            try
            {
                tables = AefWorkbook.Read(workbook);
            }
            catch (FormatException ex)
            {
                throw InputException.At(workbook, null, null, ex.Message, ex);
            }
        }
        else
        {
            tables = AefReport.Create(registry, SubmissionFile.Load(submissionFile!, year)).Tables;
        }
        AefCheckResult result;
        try
        {
            result = AefChecks.Run(tables, registry, year);
        }
        catch (FormatException ex)
        {
            throw InputException.At(workbook ?? submissionFile!, null, null, ex.Message, ex);
        }
        foreach (AefFinding error in result.Errors)
        {
            context.Line(error.ToString());
        }
        if (result.Warnings.Count > 0)
        {
            context.Line("Warnings:");
            foreach (AefFinding warning in result.Warnings)
            {
                context.Line(warning.ToString());
            }
        }
        context.Line(string.Create(CultureInfo.InvariantCulture, $"{result.Errors.Count} errors, {result.Warnings.Count} warnings"));
        return result.HasErrors ? ExitCodes.CheckFailed : ExitCodes.Success;
    }
}
