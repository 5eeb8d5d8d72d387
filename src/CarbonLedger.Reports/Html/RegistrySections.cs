using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Reports.Formatting;

namespace CarbonLedger.Reports.Html;

/// <summary>The sections of the registries: balances, Article 6.2 actions, corresponding adjustments and the checks.</summary>
internal static class RegistrySections
{
    public static void Balances(HtmlBuilder html, ReportContent content)
    {
        ReportFormatter f = html.Format;
        if (content.Registries.Count == 0)
        {
            return;
        }
        html.OpenSection("balances", f.Label("SectionBalances"));
        foreach (LedgerSnapshot registry in content.Registries)
        {
            html.Table(HtmlBuilder.Id("balances", registry.Registry), f.Label("CaptionBalances", registry.Registry, f.Instant(registry.LastEventInstant)),
                [f.Label("ColAccount"), f.Label("ColAccountType"), f.Label("ColHolder"), f.Label("ColAvailable"), f.Label("ColReserved")],
                registry.Accounts.Select(a => (IReadOnlyList<Cell>)[a.Id.ToString(), a.Type.ToString(), a.Holder.ToString(),
                    Cell.Number(f.Whole(registry.GetBalance(a.Id))), Cell.Number(f.Whole(registry.GetReservedBalance(a.Id)))]));
        }
        AccountType[] types = content.Registries.SelectMany(r => r.Accounts).Select(a => a.Type).Distinct().Order().ToArray();
        string[] labels = types.Select(t => t.ToString()).ToArray();
        var series = content.Registries.Select(r => new ChartSeries(r.Registry.ToString(),
            types.Select(t => (decimal)ByType(r, t)).ToArray())).ToArray();
        var chart = new ChartSpec("chart-balances", "bar", f.Label("ChartBalances"), labels, series, true, f.Label("AxisCredits"));
        html.Chart(chart, "table-balances-by-type", [f.Label("ColAccountType"), .. content.Registries.Select(r => r.Registry.ToString())],
            types.Select(t => (IReadOnlyList<Cell>)[t.ToString(), .. content.Registries.Select(r => Cell.Number(f.Whole(ByType(r, t))))]));
        html.CloseSection();
    }

    /// <summary>The credits held (available and reserved) in a registry's accounts of one type.</summary>
    public static long ByType(LedgerSnapshot registry, AccountType type) =>
        registry.Accounts.Where(a => a.Type == type).Sum(a => registry.GetBalance(a.Id) + registry.GetReservedBalance(a.Id));

    public static void Actions(HtmlBuilder html, ReportContent content)
    {
        ReportFormatter f = html.Format;
        if (content.Article6.Count == 0)
        {
            return;
        }
        html.OpenSection("actions", f.Label("SectionActions"));
        foreach (Article6Part part in content.Article6)
        {
            html.Table(HtmlBuilder.Id("actions", part.Registry), f.Label("CaptionActions", part.Party.Name, part.Registry),
                [f.Label("ColSequence"), f.Label("ColDate"), f.Label("ColActionType"), f.Label("ColSubtype"), f.Label("ColItmo"), f.Label("ColVintage"),
                    f.Label("ColQuantity"), f.Label("ColPurpose"), f.Label("ColUsingParty"), f.Label("ColYearOfUse")],
                part.Actions.Select(a => (IReadOnlyList<Cell>)[Cell.Number(f.Whole(a.Sequence)), f.Date(a.Date), a.Type.ToString(), a.Subtype.ToString(),
                    a.Itmo.Range.ToString(), f.Year(a.Vintage), Cell.Number(f.Whole(a.Quantity)), a.Purpose.ToString(),
                    a.UsingParty?.Alpha3 ?? "–", a.YearOfUse is int y ? f.Year(y) : "–"]));
        }
        html.CloseSection();
    }

    public static void Adjustments(HtmlBuilder html, ReportContent content)
    {
        ReportFormatter f = html.Format;
        if (content.Adjustments.Count == 0)
        {
            return;
        }
        html.OpenSection("adjustments", f.Label("SectionAdjustments"));
        html.Paragraph(f.Label("AdjustmentsNote"));
        foreach (CorrespondingAdjustmentResult result in content.Adjustments)
        {
            html.Table(HtmlBuilder.Id("adjustments", result.Party.Alpha3), f.Label("CaptionAdjustments", result.Party.Name, result.Method),
                [f.Label("ColYear"), f.Label("ColAdded"), f.Label("ColSubtracted"), f.Label("ColNet")],
                result.Years.Where(Active).Select(y => (IReadOnlyList<Cell>)[f.Year(y.Year), Cell.Number(f.Tonnes(y.Added)),
                    Cell.Number(f.Tonnes(y.Subtracted)), Cell.Number(f.Tonnes(y.Net))]));
        }
        int[] years = content.Adjustments.SelectMany(r => r.Years).Select(y => y.Year).Distinct().Order().ToArray();
        var series = content.Adjustments.Select(r => new ChartSeries(r.Party.Name,
            years.Select(y => NetIn(r, y).Tonnes).ToArray())).ToArray();
        var chart = new ChartSpec("chart-adjustments", "bar", f.Label("ChartAdjustments"), years.Select(f.Year).ToArray(), series, false, "tCO2e");
        html.Chart(chart, "table-adjustments-by-year", [f.Label("ColYear"), .. content.Adjustments.Select(r => r.Party.Name)],
            years.Select(y => (IReadOnlyList<Cell>)[f.Year(y), .. content.Adjustments.Select(r => Cell.Number(f.Tonnes(NetIn(r, y))))]));
        html.CloseSection();
    }

    /// <summary>A Party's net adjustment in a year (added − subtracted), zero for a year outside its result.</summary>
    public static Co2e NetIn(CorrespondingAdjustmentResult result, int year) =>
        result.Years.FirstOrDefault(a => a.Year == year)?.Net ?? Co2e.Zero;

    /// <summary>Whether a year has ITMO activity (something added or subtracted).</summary>
    public static bool Active(AnnualAdjustment year) => year.Added != Co2e.Zero || year.Subtracted != Co2e.Zero;

    public static void Checks(HtmlBuilder html, ReportContent content)
    {
        ReportFormatter f = html.Format;
        if (content.Checks.Count == 0)
        {
            return;
        }
        html.OpenSection("checks", f.Label("SectionChecks"));
        int failed = content.Checks.Count(c => !c.Passed);
        html.Element("p", failed == 0 ? f.Label("ChecksAllPassed", content.Checks.Count) : f.Label("ChecksFailed", failed, content.Checks.Count),
            failed == 0 ? "verdict ok" : "verdict failed");
        html.Table("checks-table", f.Label("SectionChecks"), [f.Label("ColCheck"), f.Label("ColExpected"), f.Label("ColFound"), f.Label("ColResult")],
            content.Checks.Select(c => (IReadOnlyList<Cell>)[c.Name,
                c.Expected is long e ? Cell.Number(f.Whole(e)) : c.ExpectedText,
                c.Actual is long a ? Cell.Number(f.Whole(a)) : c.ActualText,
                c.Passed ? f.Label("CheckPassed") : f.Label("CheckFailed")]));
        html.CloseSection();
    }
}
