using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Issuance;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Reports.Formatting;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Reports.Html;

/// <summary>The sections of a scenario: project and monitoring period, quantification, issuance and allocation.</summary>
internal static class ScenarioSections
{
    public static void Project(HtmlBuilder html, ReportContent content)
    {
        ReportFormatter f = html.Format;
        Project? project = content.Project;
        MonitoringPeriod? period = content.Quantification?.Period ?? content.Readings?.Period;
        MonitoringSite? site = content.Quantification?.Site ?? content.Readings?.Site;
        if (project is null && period is null)
        {
            return;
        }
        html.OpenSection("project", f.Label("SectionProject"));
        var rows = new List<IReadOnlyList<Cell>>();
        if (project is not null)
        {
            rows.Add([f.Label("FieldProject"), project.Id.ToString()]);
            rows.Add([f.Label("FieldPartnership"), project.Partnership.JointCommitteeName]);
            rows.Add([f.Label("FieldHostParty"), $"{project.Host.Name} ({project.Host.Alpha3})"]);
            rows.Add([f.Label("FieldMethodology"), project.Methodology]);
            rows.Add([f.Label("FieldCreditingPeriod"), $"{f.Date(project.CreditingPeriod.Start)} – {f.Date(project.CreditingPeriod.End)}"]);
            rows.Add([f.Label("FieldParticipants"), string.Join("; ", project.Agreement.Participants.Select(p => p.Name))]);
        }
        if (site is not null)
        {
            rows.Add([f.Label("FieldSite"), $"{site.Id} ({site.Zone.Id})"]);
        }
        if (period is not null)
        {
            rows.Add([f.Label("FieldMonitoringPeriod"), $"{f.Date(period.Start)} – {f.Date(period.End)}"]);
            rows.Add([f.Label("FieldMonitoringDays"), Cell.Number(f.Whole(period.Length))]);
        }
        html.Table("project-fields", f.Label("SectionProject"), [f.Label("ColField"), f.Label("ColValue")], rows);
        html.CloseSection();
    }

    public static void Quantification(HtmlBuilder html, ReportContent content)
    {
        ReportFormatter f = html.Format;
        QuantificationResult? q = content.Quantification;
        MeterReadingSeries? readings = content.Readings;
        if (q is null && readings is null)
        {
            return;
        }
        html.OpenSection("quantification", f.Label("SectionQuantification"));
        if (q is not null)
        {
            html.Paragraph($"{q.MethodologyId} {q.MethodologyVersion}; {f.Label("CreditRoundingNote")}");
            html.Table("quantification-totals", f.Label("CaptionQuantification"),
                [f.Label("ColVintage"), f.Label("ColFrom"), f.Label("ColTo"), f.Label("ColReference"), f.Label("ColProjectEmissions"),
                    f.Label("ColReductions"), f.Label("ColCredits")],
                q.Vintages.Select(v => (IReadOnlyList<Cell>)[f.Year(v.Year), f.Date(v.Dates.Start), f.Date(v.Dates.End),
                    Cell.Number(f.Tonnes(v.ReferenceEmissions)), Cell.Number(f.Tonnes(v.ProjectEmissions)),
                    Cell.Number(f.Tonnes(v.EmissionReductions)), Cell.Number(f.Whole(v.Credits))])
                .Append([f.Label("RowPeriod"), f.Date(q.Period.Start), f.Date(q.Period.End), Cell.Number(f.Tonnes(q.ReferenceEmissions)),
                    Cell.Number(f.Tonnes(q.ProjectEmissions)), Cell.Number(f.Tonnes(q.EmissionReductions)), Cell.Number(f.Whole(q.Credits))]));
            html.Details(f.Label("TraceSummary"), q.Trace.ToString());
        }
        if (readings is not null)
        {
            IReadOnlyList<(YearMonth Month, decimal Amount)> months = Monthly(readings);
            string unit = readings.Unit.Symbol;
            string[] labels = months.Select(m => YearMonthPattern.Iso.Format(m.Month)).ToArray();
            var chart = new ChartSpec("chart-monthly", "bar", f.Label("ChartMonthly", unit), labels,
                [new ChartSeries(f.Label("SeriesActivity", unit), months.Select(m => m.Amount).ToArray())], false, unit);
            html.Chart(chart, "table-monthly", [f.Label("ColMonth"), f.Label("ColActivity", unit)],
                months.Select((m, i) => (IReadOnlyList<Cell>)[labels[i], Cell.Number(f.Exact(m.Amount))]));
        }
        html.CloseSection();
    }

    /// <summary>The readings summed per calendar month of their start at the site (local time), exactly.</summary>
    public static IReadOnlyList<(YearMonth Month, decimal Amount)> Monthly(MeterReadingSeries readings)
    {
        var sums = new SortedDictionary<YearMonth, decimal>();
        DateTimeZone zone = readings.Site.Zone;
        foreach (MeterReading reading in readings)
        {
            YearMonth month = reading.Start.InZone(zone).Date.ToYearMonth();
            sums[month] = sums.GetValueOrDefault(month) + reading.Amount;
        }
        return sums.Select(p => (p.Key, p.Value)).ToArray();
    }

    public static void Issuance(HtmlBuilder html, ReportContent content)
    {
        ReportFormatter f = html.Format;
        CreditIssuance? issuance = content.Issuance;
        if (issuance is null)
        {
            return;
        }
        html.OpenSection("issuance", f.Label("SectionIssuance"));
        html.Paragraph(f.Label("IssuanceNote", issuance.BatchNumber, issuance.Decision.Reference, f.Date(issuance.Decision.DecidedOn)));
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (VintageIssuance vintage in issuance.Vintages)
        {
            foreach (IssuedLot lot in vintage.Lots)
            {
                rows.Add([f.Year(vintage.Year), lot.Holder, Cell.Number(f.Whole(lot.Credits)), lot.Block?.ToString() ?? "–",
                    lot.SerialNumber?.ToString() ?? "–", lot.Registry.ToString()]);
            }
            rows.Add([f.Year(vintage.Year), f.Label("RowVintageTotal"), Cell.Number(f.Whole(vintage.Net)), vintage.Block.ToString(), string.Empty, string.Empty]);
        }
        rows.Add([string.Empty, f.Label("RowIssuanceTotal"), Cell.Number(f.Whole(issuance.Net)), string.Empty, string.Empty, string.Empty]);
        html.Table("issuance-lots", f.Label("CaptionIssuance"),
            [f.Label("ColVintage"), f.Label("ColRecipient"), f.Label("ColCredits"), f.Label("ColSerialBlock"), f.Label("ColSerialNumber"), f.Label("ColRegistry")],
            rows);
        string[] years = issuance.Vintages.Select(v => f.Year(v.Year)).ToArray();
        var chart = new ChartSpec("chart-vintages", "bar", f.Label("ChartVintages"), years,
            [new ChartSeries(f.Label("SeriesCredits"), issuance.Vintages.Select(v => (decimal)v.Net).ToArray())], false, f.Label("AxisCredits"));
        html.Chart(chart, "table-vintages", [f.Label("ColVintage"), f.Label("ColCredits")],
            issuance.Vintages.Select(v => (IReadOnlyList<Cell>)[f.Year(v.Year), Cell.Number(f.Whole(v.Net))]));
        html.CloseSection();
    }

    public static void Allocation(HtmlBuilder html, ReportContent content)
    {
        ReportFormatter f = html.Format;
        CreditIssuance? issuance = content.Issuance;
        if (issuance is null)
        {
            return;
        }
        html.OpenSection("allocation", f.Label("SectionAllocation"));
        html.Paragraph(f.Label("AllocationNote"));
        string[] holders = issuance.Lots.Where(l => !l.IsDeduction).Select(l => l.Holder).Distinct().ToArray();
        var entries = content.Project?.Agreement.Rule.Entries.ToDictionary(e => e.Name, e => e.Share.ToString());
        var chart = new ChartSpec("chart-shares", "doughnut", f.Label("ChartShares"), holders,
            [new ChartSeries(f.Label("SeriesCredits"), holders.Select(h => (decimal)issuance.CreditsOf(h)).ToArray())], false, f.Label("AxisCredits"));
        html.Chart(chart, "table-shares", [f.Label("ColRecipient"), f.Label("ColAgreedShare"), f.Label("ColCredits")],
            holders.Select(h => (IReadOnlyList<Cell>)[h, entries?.GetValueOrDefault(h) ?? "–", Cell.Number(f.Whole(issuance.CreditsOf(h)))]));
        html.CloseSection();
    }
}
