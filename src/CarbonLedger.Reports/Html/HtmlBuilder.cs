using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using CarbonLedger.Reports.Formatting;

namespace CarbonLedger.Reports.Html;

/// <summary>
/// Writes the report's HTML: escaped text, headings, tables (numbers in cells of class <c>num</c>) and charts (a
/// canvas with its numbers in an accessible table beside it). Collects the charts for the page's script.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder html = new(64 * 1024);
    private readonly List<ChartSpec> charts = [];

    public HtmlBuilder(ReportFormatter format) => Format = format;

    public ReportFormatter Format { get; }

    public IReadOnlyList<ChartSpec> Charts => charts;

    public HtmlBuilder Raw(string text)
    {
        html.Append(text);
        return this;
    }

    public HtmlBuilder Text(string text)
    {
        html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    public HtmlBuilder Element(string tag, string text, string? cssClass = null)
    {
        html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }
        html.Append('>');
        Text(text);
        html.Append("</").Append(tag).Append(">\n");
        return this;
    }

    public void OpenSection(string id, string title)
    {
        html.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-title\">\n<h2 id=\"")
            .Append(id).Append("-title\">");
        Text(title);
        html.Append("</h2>\n");
    }

    public void CloseSection() => html.Append("</section>\n");

    public void Paragraph(string text) => Element("p", text);

    /// <summary>A data table with a caption, column headers and rows; numeric columns are right-aligned.</summary>
    public void Table(string id, string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        html.Append("<div class=\"table-wrap\"><table id=\"").Append(id).Append("\" class=\"data\">\n<caption>");
        Text(caption);
        html.Append("</caption>\n<thead><tr>");
        foreach (string header in headers)
        {
            html.Append("<th scope=\"col\">");
            Text(header);
            html.Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (IReadOnlyList<Cell> row in rows)
        {
            html.Append("<tr>");
            foreach (Cell cell in row)
            {
                html.Append(cell.Numeric ? "<td class=\"num\">" : "<td>");
                Text(cell.Text);
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div>\n");
    }

    /// <summary>A chart and, beside it, the table of its numbers (the table is what screen readers and printers rely on).</summary>
    public void Chart(ChartSpec chart, string tableId, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Cell>> rows)
    {
        charts.Add(chart);
        html.Append("<div class=\"chart-block\">\n<figure class=\"chart\"><canvas id=\"").Append(chart.Id)
            .Append("\" width=\"640\" height=\"320\" role=\"img\" aria-label=\"");
        Text(chart.Title + ". " + Format.Label("ChartTableNote"));
        html.Append("\" aria-describedby=\"").Append(tableId).Append("\"></canvas><figcaption>");
        Text(chart.Title);
        html.Append("</figcaption></figure>\n");
        Table(tableId, chart.Title, headers, rows);
        html.Append("</div>\n");
    }

    public void Details(string summary, string preformatted)
    {
        html.Append("<details class=\"trace\"><summary>");
        Text(summary);
        html.Append("</summary>\n<pre>");
        Text(preformatted);
        html.Append("</pre></details>\n");
    }

    /// <summary>An element id: the prefix and the part, lower case, every character other than a-z and 0-9 made a hyphen.</summary>
    public static string Id(string prefix, object part)
    {
        var id = new StringBuilder(prefix).Append('-');
        foreach (char c in string.Create(CultureInfo.InvariantCulture, $"{part}").ToLowerInvariant())
        {
            id.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }
        return id.ToString();
    }

    public override string ToString() => html.ToString();
}
