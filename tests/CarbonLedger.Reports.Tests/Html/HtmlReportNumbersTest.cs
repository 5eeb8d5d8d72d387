using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Cli.Scenario;
using CarbonLedger.Issuance;
using CarbonLedger.Quantification;
using CarbonLedger.Registry;
using CarbonLedger.Reports.Html;
using Xunit;

namespace CarbonLedger.Reports.Tests.Html;

/// <summary>
/// Parses the demo's HTML report and checks that every number in every table equals the library's own result for
/// it (issuance lots, ledger balances, ITMO actions, adjustments, checks), and that no numeric cell goes unchecked.
/// </summary>
public sealed class HtmlReportNumbersTest
{
    private static readonly ScenarioOutcome O = DemoScenario.Outcome;

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The numeric cells of a table, row by row, parsed as invariant numbers with thousands separators.</summary>
    private static decimal[] Numbers(IHtmlDocument doc, string tableId)
    {
        IElement table = doc.GetElementById(tableId) ?? throw new Xunit.Sdk.XunitException($"No table #{tableId} in the report");
        return table.QuerySelectorAll("tbody td.num").Select(td => decimal.Parse(td.TextContent, NumberStyles.Number, CultureInfo.InvariantCulture)).ToArray();
    }

    private static Dictionary<string, decimal[]> Expected()
    {
        var expected = new Dictionary<string, decimal[]>();
        QuantificationResult q = O.Quantification;
        expected["project-fields"] = [O.Period.Length];
        expected["quantification-totals"] = q.Vintages
            .SelectMany(v => new[] { v.ReferenceEmissions.Tonnes, v.ProjectEmissions.Tonnes, v.EmissionReductions.Tonnes, v.Credits })
            .Concat([q.ReferenceEmissions.Tonnes, q.ProjectEmissions.Tonnes, q.EmissionReductions.Tonnes, q.Credits]).ToArray();
        expected["table-monthly"] = O.Readings.GroupBy(r => r.Start.InZone(O.Site.Zone).Date.ToYearMonth()).OrderBy(g => g.Key)
            .Select(g => g.Sum(r => r.Amount)).ToArray();
        CreditIssuance issuance = O.Issuance;
        expected["issuance-lots"] = issuance.Vintages.SelectMany(v => v.Lots.Select(l => (decimal)l.Credits).Append(v.Net)).Append(issuance.Net).ToArray();
        expected["table-vintages"] = issuance.Vintages.Select(v => (decimal)v.Net).ToArray();
        expected["table-shares"] = issuance.Lots.Select(l => l.Holder).Distinct().Select(h => (decimal)issuance.CreditsOf(h)).ToArray();
        LedgerSnapshot[] registries = [O.Kazakhstan.Current, O.Japan.Current];
        foreach (LedgerSnapshot r in registries)
        {
            expected["balances-" + r.Registry.ToString().ToLowerInvariant()] =
                r.Accounts.SelectMany(a => new decimal[] { r.GetBalance(a.Id), r.GetReservedBalance(a.Id) }).ToArray();
        }
        AccountType[] types = registries.SelectMany(r => r.Accounts).Select(a => a.Type).Distinct().Order().ToArray();
        expected["table-balances-by-type"] = types.SelectMany(t => registries.Select(r =>
            (decimal)r.Accounts.Where(a => a.Type == t).Sum(a => r.GetBalance(a.Id) + r.GetReservedBalance(a.Id)))).ToArray();
        foreach (Article6Registry a6 in new[] { O.KazakhstanArticle6, O.JapanArticle6 })
        {
            expected["actions-" + a6.Ledger.Registry.ToString().ToLowerInvariant()] =
                a6.Actions.SelectMany(a => new decimal[] { a.Sequence, a.Quantity }).ToArray();
        }
        foreach (CorrespondingAdjustmentResult result in O.Adjustments)
        {
            expected["adjustments-" + result.Party.Alpha3.ToLowerInvariant()] = result.Years
                .Where(y => y.Added.Tonnes != 0 || y.Subtracted.Tonnes != 0)
                .SelectMany(y => new[] { y.Added.Tonnes, y.Subtracted.Tonnes, y.Net.Tonnes }).ToArray();
        }
        int[] years = O.Adjustments.SelectMany(r => r.Years).Select(y => y.Year).Distinct().Order().ToArray();
        expected["table-adjustments-by-year"] = years.SelectMany(y => O.Adjustments.Select(r =>
            r.Years.FirstOrDefault(a => a.Year == y)?.Net.Tonnes ?? 0m)).ToArray();
        expected["checks-table"] = DemoReport.Reconciliation(O).Where(c => c.Expected is not null)
            .SelectMany(c => new decimal[] { c.Expected!.Value, c.Actual!.Value }).ToArray();
        return expected;
    }

    [Fact]
    public void Render_Demo_EveryNumberInEveryTableEqualsTheLibrarysResult()
    {
        IHtmlDocument doc = Parse(HtmlReport.Render(DemoDocuments.Content(O)));
        Dictionary<string, decimal[]> expected = Expected();
        foreach ((string table, decimal[] numbers) in expected)
        {
            Assert.True(numbers.Length > 0, $"the expectation of #{table} is empty");
            Assert.Equal(numbers, Numbers(doc, table));
        }
        // No numeric cell is left unchecked: every table holding numbers is one of those above.
        string[] withNumbers = doc.QuerySelectorAll("table").Where(t => t.QuerySelector("td.num") is not null).Select(t => t.Id!).ToArray();
        Assert.Equal(expected.Keys.Order(), withNumbers.Order());
    }

    [Fact]
    public void Render_Demo_SerialBlocksEqualTheIssuedLots()
    {
        IHtmlDocument doc = Parse(HtmlReport.Render(DemoDocuments.Content(O)));
        string[] blocks = doc.GetElementById("issuance-lots")!.QuerySelectorAll("tbody tr").Select(tr => tr.Children[3].TextContent)
            .Where(t => t.Length > 0).ToArray();
        string[] expected = O.Issuance.Vintages.SelectMany(v => v.Lots.Select(l => l.Block!.Value.ToString()).Append(v.Block.ToString())).ToArray();
        Assert.Equal(expected, blocks);
        Assert.Equal(new[] { "1-2456", "2457-2947" }, blocks.Take(2));
    }

    [Fact]
    public void Render_Demo_HasEverySectionAndAChartWithATableBesideIt()
    {
        IHtmlDocument doc = Parse(HtmlReport.Render(DemoDocuments.Content(O)));
        string[] sections = doc.QuerySelectorAll("main > section").Select(s => s.Id!).ToArray();
        Assert.Equal(new[] { "project", "quantification", "issuance", "allocation", "balances", "actions", "adjustments", "checks" }, sections);
        string[] charts = doc.QuerySelectorAll("canvas").Select(c => c.Id!).ToArray();
        Assert.Equal(new[] { "chart-monthly", "chart-vintages", "chart-shares", "chart-balances", "chart-adjustments" }, charts);
        foreach (IElement canvas in doc.QuerySelectorAll("canvas"))
        {
            string table = canvas.GetAttribute("aria-describedby")!;
            Assert.Equal("TABLE", doc.GetElementById(table)!.TagName);
            Assert.Same(canvas.Closest(".chart-block"), doc.GetElementById(table)!.Closest(".chart-block"));
        }
        Assert.NotNull(doc.QuerySelector("details.trace pre"));
        Assert.Contains("RE_p", doc.QuerySelector("details.trace pre")!.TextContent, System.StringComparison.Ordinal);
        Assert.Contains("@media print", doc.QuerySelector("style")!.TextContent, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Demo_LoadsNothingFromOutside()
    {
        IHtmlDocument doc = Parse(HtmlReport.Render(DemoDocuments.Content(O)));
        Assert.Empty(doc.QuerySelectorAll("script[src], link[rel=stylesheet], img[src]:not([src^='data:']), iframe"));
        Assert.All(doc.QuerySelectorAll("link[href]"), l => Assert.StartsWith("data:", l.GetAttribute("href"), System.StringComparison.Ordinal));
        Assert.Contains("Chart.js v4.6.1", doc.DocumentElement.OuterHtml, System.StringComparison.Ordinal);
        Assert.DoesNotContain("sourceMappingURL", doc.DocumentElement.OuterHtml, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Demo_AllChecksPassAndTheVerdictSaysSo()
    {
        IHtmlDocument doc = Parse(HtmlReport.Render(DemoDocuments.Content(O)));
        Assert.Equal("All 12 checks passed.", doc.QuerySelector(".verdict")!.TextContent);
        Assert.All(doc.QuerySelectorAll("#checks-table tbody tr"), tr => Assert.Equal("passed", tr.Children[3].TextContent));
    }
}
