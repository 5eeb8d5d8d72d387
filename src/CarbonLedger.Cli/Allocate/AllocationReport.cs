using System;
using System.Globalization;
using CarbonLedger.Allocation;
using CarbonLedger.Cli.Terminal;
using Spectre.Console;

namespace CarbonLedger.Cli.Allocate;

/// <summary>Prints an apportionment with each part's exact share, its whole credits and how it was rounded.</summary>
internal static class AllocationReport
{
    public static Table Table(string title, Apportionment apportionment)
    {
        Table table = Tables.Create(title, "Recipient", "Group", ">Share of total", ">Exact (total × share)", ">Credits", "Rounding");
        foreach (ApportionedPart part in apportionment.Parts)
        {
            Tables.Row(table, part.Recipient, part.Group ?? "-", part.ShareOfTotal.ToString(),
                ExactText(apportionment.Total, part.ShareOfTotal), Numbers.Whole(part.Credits), RoundingOf(apportionment.Total, part));
        }
        Tables.Row(table, "Total", string.Empty, "1", Numbers.Whole(apportionment.Total), Numbers.Whole(apportionment.Total), "parts sum exactly to the total");
        return table;
    }

    /// <summary><c>total × n/d</c> as an exact decimal, or to 6 places with <c>≈</c> when it does not terminate.</summary>
    public static string ExactText(long total, Share share)
    {
        decimal product = (decimal)total * share.Numerator;
        decimal exact = product / share.Denominator;
        return exact * share.Denominator == product ? Numbers.Exact(exact) : "≈ " + Numbers.Exact(decimal.Round(exact, 6, System.MidpointRounding.ToEven));
    }

    private static string RoundingOf(long total, ApportionedPart part)
    {
        Int128 scaled = (Int128)total * part.ShareOfTotal.Numerator;
        Int128 floor = scaled / part.ShareOfTotal.Denominator;
        bool whole = scaled % part.ShareOfTotal.Denominator == 0;
        if (whole && part.Credits == floor)
        {
            return "exact";
        }
        return part.Credits > floor
            ? "up (+" + (part.Credits - (long)floor).ToString(CultureInfo.InvariantCulture) + ")"
            : part.Credits == floor ? "down" : "down (" + (part.Credits - (long)floor).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
