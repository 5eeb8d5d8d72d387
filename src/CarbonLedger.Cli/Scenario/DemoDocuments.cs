using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Cli.Input;
using CarbonLedger.Registry;
using CarbonLedger.Reports.Documents;
using CarbonLedger.Reports.Html;
using NodaTime;

namespace CarbonLedger.Cli.Scenario;

/// <summary>
/// The documents for people that the demo writes with <c>--out</c>: the HTML report of the whole scenario, a PDF
/// certificate for each retirement in Japan's registry, and the PDF statement of the Government of Japan's holding
/// account over the scenario's registry operations.
/// </summary>
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

    /// <summary>The statement of the Government of Japan's holding account in JPN01, over the UTC dates of the registry operations.</summary>
    public static AccountStatement Statement(ScenarioOutcome o)
    {
        LedgerSnapshot japan = o.Japan.Current;
        var dates = new DateInterval(japan.Events[0].Instant.InUtc().Date, japan.LastEventInstant.InUtc().Date);
        return AccountStatement.Create(japan, JapanKazakhstanScenario.JapanHolding, dates, DateTimeZone.Utc);
    }

    /// <summary>Writes the documents; returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string directory, ScenarioOutcome o)
    {
        TextFiles.Write(directory, ReportFileName, HtmlReport.Render(Content(o)));
        var written = new List<string> { ReportFileName };
        foreach (RetirementCertificate certificate in RetirementCertificate.All(o.Japan.Current))
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"certificate-{certificate.Registry}-{certificate.Sequence}.pdf");
            File.WriteAllBytes(Path.Combine(directory, name), certificate.ToPdf());
            written.Add(name);
        }
        AccountStatement statement = Statement(o);
        string statementName = $"statement-{statement.Account.Id}.pdf";
        File.WriteAllBytes(Path.Combine(directory, statementName), statement.ToPdf());
        written.Add(statementName);
        return written;
    }
}
