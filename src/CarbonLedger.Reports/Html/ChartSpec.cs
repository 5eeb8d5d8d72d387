using System.Collections.Generic;

namespace CarbonLedger.Reports.Html;

/// <summary>One series of a chart: a name and one value per label.</summary>
internal sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>
/// A chart as the page's script draws it with Chart.js: its canvas id, kind (<c>bar</c>, <c>doughnut</c>),
/// labels, series and axis title. Serialized to JSON into the page; the same figures fill the table beside it.
/// </summary>
internal sealed record ChartSpec(string Id, string Kind, string Title, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series,
    bool Stacked, string AxisTitle);
