using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Registry;
using CarbonLedger.Reports.Formatting;

namespace CarbonLedger.Reports.Html;

/// <summary>
/// A self-contained HTML report of a registry or a whole scenario: one file that opens offline and makes no network
/// request. Sections: the project and its monitoring period, the quantification with its collapsible trace, the
/// issuance per vintage with serial blocks, the allocation, the account balances, the Article 6.2 actions, the
/// corresponding adjustments per Party and year, and the reconciliation checks.
/// </summary>
/// <remarks>
/// <para>
/// Charts (credits per vintage, each party's share, monthly activity from the readings, corresponding adjustments per
/// year for each Party, balances by account type) are drawn by Chart.js 4.6.1 (MIT), whose minified file is inlined
/// into the page; each chart has its numbers in a table beside it. A print stylesheet lays the page out for paper and
/// opens the collapsed trace.
/// </para>
/// <para>
/// Every figure comes from the library's own results (the same objects the CSV and JSON outputs are made from) and is
/// shown exactly: tonnes with every decimal they have, credits as whole numbers. Numbers, dates and labels follow the
/// <see cref="ReportOptions"/>; nothing depends on the machine's culture, time zone or clock, so the same content and
/// options always give the same bytes.
/// </para>
/// </remarks>
public static class HtmlReport
{
    private static readonly Lazy<string> ChartLibrary = new(() => StripSourceMap(Resource("chart.umd.min.js")));
    private static readonly Lazy<string> Style = new(() => Resource("report.css"));
    private static readonly Lazy<string> Script = new(() => Resource("report.js"));

    /// <summary>The version of Chart.js inlined into every report.</summary>
    public const string ChartLibraryVersion = "4.6.1";

    /// <summary>Renders the report as one HTML document.</summary>
    /// <param name="content">What the report shows.</param>
    /// <param name="options">Culture and time zone; <see cref="ReportOptions.Default"/> when null.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static string Render(ReportContent content, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var format = new ReportFormatter(options ?? ReportOptions.Default);
        var body = new HtmlBuilder(format);
        ScenarioSections.Project(body, content);
        ScenarioSections.Quantification(body, content);
        ScenarioSections.Issuance(body, content);
        ScenarioSections.Allocation(body, content);
        RegistrySections.Balances(body, content);
        RegistrySections.Actions(body, content);
        RegistrySections.Adjustments(body, content);
        RegistrySections.Checks(body, content);

        var page = new HtmlBuilder(format);
        page.Raw("<!DOCTYPE html>\n<html lang=\"").Text(format.Culture.Name.Length == 0 ? "en" : format.Culture.Name).Raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<link rel=\"icon\" href=\"data:,\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Raw("<title>").Text(content.Title).Raw("</title>\n<style>\n").Raw(Style.Value).Raw("</style>\n</head>\n<body>\n<header>\n")
            .Element("h1", content.Title);
        if (content.Registries.Count > 0)
        {
            page.Element("p", format.Label("AsOf", format.Instant(content.Registries.Max(r => r.LastEventInstant))), "as-of");
        }
        page.Raw("<nav aria-label=\"").Text(format.Label("Contents")).Raw("\"><ul>\n");
        foreach ((string id, string label) in Sections(body.ToString(), format))
        {
            page.Raw("<li><a href=\"#").Raw(id).Raw("\">").Text(label).Raw("</a></li>\n");
        }
        page.Raw("</ul></nav>\n</header>\n<main>\n").Raw(body.ToString()).Raw("</main>\n<footer>\n")
            .Element("p", format.Label("Footer", ChartLibraryVersion))
            .Raw("</footer>\n<script type=\"application/json\" id=\"report-charts\">")
            .Raw(JsonSerializer.Serialize(body.Charts, ChartJson.Options))
            .Raw("</script>\n<script>\n").Raw(ChartLibrary.Value).Raw("\n</script>\n<script>\n").Raw(Script.Value).Raw("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Writes the report to a writer.</summary>
    /// <param name="writer">Where to write the HTML text.</param>
    /// <param name="content">What the report shows.</param>
    /// <param name="options">Culture and time zone; <see cref="ReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="content"/> is null.</exception>
    public static void Write(TextWriter writer, ReportContent content, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(content, options));
    }

    /// <summary>A report of one registry as it stands: its balances and the standard checks (conservation, hash chain).</summary>
    /// <param name="registry">The registry's snapshot.</param>
    /// <param name="options">Culture and time zone; <see cref="ReportOptions.Default"/> when null.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public static string RenderRegistry(LedgerSnapshot registry, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return Render(ReportContent.Create($"Registry {registry.Registry}").WithRegistry(registry).WithStandardChecks(), options);
    }

    private static (string Id, string Label)[] Sections(string body, ReportFormatter format) =>
        new[]
        {
            ("project", "SectionProject"), ("quantification", "SectionQuantification"), ("issuance", "SectionIssuance"),
            ("allocation", "SectionAllocation"), ("balances", "SectionBalances"), ("actions", "SectionActions"),
            ("adjustments", "SectionAdjustments"), ("checks", "SectionChecks"),
        }
        .Where(s => body.Contains("<section id=\"" + s.Item1 + "\"", StringComparison.Ordinal))
        .Select(s => (s.Item1, format.Label(s.Item2)))
        .ToArray();

    private static string Resource(string name)
    {
        using Stream stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("CarbonLedger.Reports." + name)
            ?? throw new InvalidOperationException($"The assembly lacks its resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Drops the trailing <c>sourceMappingURL</c> comment, so that a browser's developer tools ask for no map file.</summary>
    private static string StripSourceMap(string script)
    {
        int at = script.LastIndexOf("//# sourceMappingURL=", StringComparison.Ordinal);
        string kept = at >= 0 ? script[..at] : script;
        if (kept.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("The chart library contains '</script' and cannot be inlined");
        }
        return kept;
    }
}
