using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CarbonLedger.Cli.Scenario;
using CarbonLedger.Reports.Html;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit;

namespace CarbonLedger.Reports.Tests.Browser;

/// <summary>
/// Opens the demo's HTML report in a real headless Chromium (Debian's, driven by Playwright) and checks that it loads
/// with no console error and no network request, that every chart drew something, and that it prints to a sensible
/// number of A4 pages. The screenshot and the printed PDF are kept under <c>artifacts/browser/</c>.
/// </summary>
public sealed class BrowserReportTest
{
    private const int Charts = 5;

    [SkippableFact]
    public async Task DemoReport_InChromium_LoadsOfflineDrawsEveryChartAndPrints()
    {
        string chromium = SystemChromium.Require();
        string artifacts = SystemChromium.ArtifactsDirectory("browser");
        string file = Path.Combine(artifacts, "report.html");
        await File.WriteAllTextAsync(file, HtmlReport.Render(DemoDocuments.Content(DemoScenario.Outcome)));
        string url = new Uri(file).AbsoluteUri;

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForSelectorAsync($"html[data-charts-drawn='{Charts}']", new PageWaitForSelectorOptions { Timeout = 15_000 });

        Assert.Empty(problems);
        Assert.Equal(new[] { url }, requests);

        // Every chart drew something: count the canvas pixels that are not transparent.
        foreach (string id in new[] { "chart-monthly", "chart-vintages", "chart-shares", "chart-balances", "chart-adjustments" })
        {
            int painted = await page.EvaluateAsync<int>(@"id => {
                const c = document.getElementById(id);
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) n++; }
                return n;
            }", id);
            Assert.True(painted > 2_000, $"chart {id} painted only {painted} pixels");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "report.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 720);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "report-top.png") });

        byte[] pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = Path.Combine(artifacts, "report.pdf") });
        using PdfDocument printed = PdfDocument.Open(pdf);
        Assert.InRange(printed.NumberOfPages, 6, 14);
        string firstPage = string.Join(" ", printed.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("KZ001", firstPage, StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
