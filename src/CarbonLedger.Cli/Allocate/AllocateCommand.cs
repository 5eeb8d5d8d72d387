using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using CarbonLedger.Allocation;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Cli.Allocate;

/// <summary>
/// <c>carbonledger allocate AGREEMENT.json --total N</c> or <c>--vintage 2025=5001 --vintage 2026=12672</c>: splits whole
/// credits by the agreement (largest remainder, round-up parties first), showing each part's exact share and rounding.
/// </summary>
internal static class AllocateCommand
{
    public static Command Create(CommandGuard guard)
    {
        var agreement = new Argument<string>("agreement") { Description = "The allocation agreement (JSON: recipients with exact shares; roundUp for the Government of Japan)" };
        var total = new Option<long?>("--total") { Description = "The whole credits to split" };
        var vintages = new Option<string[]>("--vintage")
        {
            Description = "Credits of one vintage as YEAR=CREDITS (repeat for several vintages; each vintage is split on its own)",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("allocate", "Split whole credits (a total or per-vintage totals) among the recipients of an agreement, with the rounding shown")
        {
            agreement,
            total,
            vintages,
        };
        guard.Attach(command, (parse, context) =>
            Run(context, parse.GetRequiredValue(agreement), parse.GetValue(total), parse.GetValue(vintages) ?? []));
        return command;
    }

    internal static int Run(CliContext context, string agreementFile, long? total, IReadOnlyList<string> vintageArgs)
    {
        if (total is null == (vintageArgs.Count == 0))
        {
            throw new InputException("allocate: give either --total N or one or more --vintage YEAR=CREDITS");
        }
        AllocationRule rule = AgreementFile.Load(agreementFile);
        if (total is long whole)
        {
            if (whole < 0)
            {
                throw InputException.At("--total", null, null, "the total must not be negative");
            }
            context.Console.Write(AllocationReport.Table($"Allocation of {Numbers.Whole(whole)} credits", rule.Apportion(whole)));
            return ExitCodes.Success;
        }
        var byVintage = new SortedDictionary<int, long>();
        foreach (string arg in vintageArgs)
        {
            (int year, long credits) = ParseVintage(arg);
            if (!byVintage.TryAdd(year, credits))
            {
                throw InputException.At("--vintage", null, null, $"vintage {year} is given twice");
            }
        }
        VintageApportionment split = rule.ApportionByVintage(byVintage);
        foreach (int year in split.Vintages)
        {
            context.Console.Write(AllocationReport.Table($"Vintage {year}: allocation of {Numbers.Whole(split.ByVintage[year].Total)} credits", split.ByVintage[year]));
        }
        Spectre.Console.Table totals = Tables.Create("Totals over all vintages", "Recipient", ">Credits");
        foreach (string recipient in split.Recipients)
        {
            Tables.Row(totals, recipient, Numbers.Whole(split.TotalOf(recipient)));
        }
        Tables.Row(totals, "Total", Numbers.Whole(split.Total));
        context.Console.Write(totals);
        return ExitCodes.Success;
    }

    private static (int Year, long Credits) ParseVintage(string arg)
    {
        string[] parts = arg.Split('=');
        if (parts.Length == 2
            && NumberText.TryParseDigits(parts[0], out int year)
            && NumberText.TryParseDigits(parts[1], out long credits))
        {
            return year is < Vintage.MinYear or > Vintage.MaxYear
                ? throw InputException.At("--vintage", null, null, string.Create(CultureInfo.InvariantCulture,
                    $"vintage {year} is out of range; a vintage year is {Vintage.MinYear} to {Vintage.MaxYear}"))
                : (year, credits);
        }
        throw InputException.At("--vintage", null, null, $"'{Echo.Text(arg)}' is not YEAR=CREDITS, for example 2025=5001");
    }
}
