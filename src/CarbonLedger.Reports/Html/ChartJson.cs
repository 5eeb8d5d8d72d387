using System.Text.Json;

namespace CarbonLedger.Reports.Html;

/// <summary>The JSON form of the charts in the page: camelCase; the default encoder escapes &lt;, &gt; and &amp;, so the JSON cannot end its script element.</summary>
internal static class ChartJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
