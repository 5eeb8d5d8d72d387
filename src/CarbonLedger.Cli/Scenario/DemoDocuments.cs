using System.Collections.Generic;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Cli.Input;
using CarbonLedger.Reports.Html;

namespace CarbonLedger.Cli.Scenario;

/// <summary>The documents for people that the demo writes with <c>--out</c>: the HTML report of the whole scenario.</summary>
internal static class DemoDocuments
{
    public const string ReportFileName = "report.html";

    /// <summary>The scenario as report content: every part of it, and the same reconciliation checks the terminal prints.</summary>
    public static ReportContent Content(ScenarioOutcome o)
    {
        ReportContent content = ReportContent.Create($"CarbonLedger: {o.Partnership.JointCommitteeName}, project {o.Project.Id}")
            .WithProject(o.Project)
            .WithQuantification(o.Quantification)
            .WithReadings(o.Readings)
            .WithIssuance(o.Issuance)
            .WithArticle6(o.KazakhstanArticle6)
            .WithArticle6(o.JapanArticle6);
        foreach (CorrespondingAdjustmentResult adjustments in o.Adjustments)
        {
            content = content.WithAdjustments(adjustments);
        }
        return content.WithChecks(DemoReport.Reconciliation(o));
    }

    /// <summary>Writes the documents; returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string directory, ScenarioOutcome o)
    {
        TextFiles.Write(directory, ReportFileName, HtmlReport.Render(Content(o)));
        return [ReportFileName];
    }
}
