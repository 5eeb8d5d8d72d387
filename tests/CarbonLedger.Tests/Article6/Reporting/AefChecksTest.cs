using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Reporting;
using Xunit;

namespace CarbonLedger.Tests.Article6.Reporting;

public class AefChecksTest
{
    private static readonly Article6Fixture Scenario = AefTablesTest.Scenario();

    /// <summary>The scenario's five tables as text, with one edit applied to one table.</summary>
    private static List<AefTable> Edited(Article6Registry registry, AefTableKind kind, Func<List<string[]>, List<string[]>> edit)
    {
        AefReport report = AefReport.Create(registry, AefReportTest.Submission());
        return report.Tables.Select(t =>
        {
            List<string[]> rows = t.EnumerateTextRows().Select(r => r.ToArray()).ToList();
            return AefTable.FromText(t.Kind, t.Kind == kind ? edit(rows) : rows);
        }).ToList();
    }

    private static List<AefTable> SetCell(Article6Registry registry, AefTableKind kind, int row, string column, string value) =>
        Edited(registry, kind, rows =>
        {
            rows[row - 1][AefTable.ColumnsOf(kind).ToList().IndexOf(column)] = value;
            return rows;
        });

    private static AefFinding Single(AefCheckResult result, string rule) =>
        Assert.Single(result.Findings, f => f.Rule == rule);

    [Fact]
    public void Run_ScenarioReports_PassWithoutFindings()
    {
        Assert.Empty(AefChecks.Run(AefReportTest.Report(Scenario), Scenario.Tha).Findings);
        Assert.Empty(AefChecks.Run(AefReport.Create(Scenario.Jpn, AefReportTest.Submission()), Scenario.Jpn).Findings);
    }

    [Fact]
    public void Run_UnknownAuthorization_ActionAuthorizationNamesRowAndColumn()
    {
        AefCheckResult result = AefChecks.Run(SetCell(Scenario.Tha, AefTableKind.Actions, 2, "Authorization ID", "THA-2025-999"), Scenario.Tha, 2026);

        AefFinding finding = Single(result, "action-authorization");
        Assert.Equal((AefTableKind.Actions, 2L, "Authorization ID"), (finding.Table, finding.Row!.Value, finding.Column));
        Assert.Equal("error Actions row 2 'Authorization ID' [action-authorization]: 'THA-2025-999' is not in the Authorizations table", finding.ToString());
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Run_VintageOutsideAuthorization_ActionAuthorization()
    {
        AefCheckResult result = AefChecks.Run(SetCell(Scenario.Tha, AefTableKind.Authorizations, 1, "Last vintage", "2024"), Scenario.Tha, 2026);

        Assert.Contains(result.Errors, f => f.Rule == "action-authorization" && f.Column == "Vintage" && f.Message == "vintage 2025 is outside THA-2025-001's vintages 2021-2024");
        Assert.Contains(result.Errors, f => f.Rule == "ledger-agreement" && f.Column == "Last vintage");
    }

    [Fact]
    public void Run_UseBeyondAuthorizedPurpose_ActionAuthorization()
    {
        AefCheckResult result = AefChecks.Run(SetCell(Scenario.Jpn, AefTableKind.Actions, 2, "Purpose of use", "OIMP"), Scenario.Jpn, 2026);

        AefFinding finding = Single(result, "action-authorization");
        Assert.Equal("Purpose of use", finding.Column);
        Assert.Equal("use for OIMP is not permitted by THA-2025-001, which authorises 'NDC'", finding.Message);
    }

    [Fact]
    public void Run_FirstTransfersBeyondQuantity_ActionAuthorization()
    {
        AefCheckResult result = AefChecks.Run(SetCell(Scenario.Tha, AefTableKind.Authorizations, 1, "Authorized quantity", "20"), Scenario.Tha, 2026);

        Assert.Contains(result.Errors, f => f.Rule == "action-authorization" && f.Table == AefTableKind.Actions && f.Row == 2 && f.Column == "Quantity"
            && f.Message == "first transfers under THA-2025-001 reach 30 units with this row, beyond the authorised quantity 20");
    }

    [Fact]
    public void Run_SameUnitsFirstTransferredTwice_FirstTransferOnce()
    {
        List<AefTable> tables = Edited(Scenario.Tha, AefTableKind.Actions, rows => [.. rows, rows[1]]);

        AefFinding finding = Single(AefChecks.Run(tables, Scenario.Tha, 2026), "first-transfer-once");

        Assert.Equal((AefTableKind.Actions, 4L, "First serial"), (finding.Table, finding.Row!.Value, finding.Column));
        Assert.Equal("THA01/TH001 serials 71-100 overlap 71-100 of row 2: a unit is first-transferred at most once", finding.Message);
    }

    [Fact]
    public void Run_UseBeyondAcquisitionsAndHoldings_UseWithinHoldings()
    {
        AefCheckResult result = AefChecks.Run(SetCell(Scenario.Jpn, AefTableKind.Actions, 2, "Quantity", "40"), Scenario.Jpn, 2026);

        AefFinding finding = Single(result, "use-within-holdings");
        Assert.Equal("THA-2025-001 (THA): 40 units used or cancelled in 2026, more than the 0 held at the end of 2025 plus 30 authorised or acquired", finding.Message);
        Assert.Contains(result.Errors, f => f.Rule == "identifier-format" && f.Row == 2 && f.Column == "Quantity");
    }

    [Fact]
    public void Run_HoldingsOffTheYearsActions_HoldingsBalance()
    {
        AefCheckResult result = AefChecks.Run(Edited(Scenario.Tha, AefTableKind.Holdings, rows => rows.Take(1).ToList()), Scenario.Tha, 2026);

        AefFinding finding = Single(result, "holdings-balance");
        Assert.Equal((AefTableKind.Holdings, (long?)null, "Quantity"), (finding.Table, finding.Row, finding.Column));
        Assert.Equal("THA-2025-001 (THA): holdings at 31 December 2026 are 68, but 2025's 0 + authorised and acquired 100 − transferred out 30 = 70", finding.Message);
        Assert.Contains(result.Errors, f => f.Rule == "ledger-agreement" && f.Message == "1 of the ledger's holding blocks as of 2026-12-31 are missing from the table");
    }

    [Theory]
    [InlineData(AefTableKind.Authorizations, "Cooperative approach ID", "CA00A1", "'CA00A1' is not a cooperative approach id (CA and four digits, not CA0000)")]
    [InlineData(AefTableKind.Actions, "Originating registry ID", "THA1", "'THA1' is not a registry id (alpha-3 and two digits)")]
    [InlineData(AefTableKind.Actions, "Unique identifier", "CA0001-THA01-TH001-2025-71", "'CA0001-THA01-TH001-2025-71' is not an ITMO unique identifier ({approach}-{registry}-{project}-{vintage}-{first}-{last})")]
    [InlineData(AefTableKind.Actions, "Acquiring Party", "JP", "'JP' is not an ISO 3166-1 alpha-3 Party code")]
    [InlineData(AefTableKind.Actions, "Last serial", "99", "'99' does not agree with the unique identifier CA0001-THA01-TH001-2025-71-100, which says 100")]
    public void Run_MalformedIdentifier_IdentifierFormat(AefTableKind kind, string column, string value, string message)
    {
        AefCheckResult result = AefChecks.Run(SetCell(Scenario.Tha, kind, kind == AefTableKind.Actions ? 2 : 1, column, value), Scenario.Tha, 2026);

        Assert.Contains(result.Errors, f => f.Rule == "identifier-format" && f.Table == kind && f.Column == column && f.Message == message);
    }

    [Theory]
    [InlineData(AefTableKind.Actions, "Action type", "Transferred")]
    [InlineData(AefTableKind.Actions, "Action subtype", "First transfer")]
    [InlineData(AefTableKind.Authorizations, "Purposes for authorization", "NDC+OIMP")]
    [InlineData(AefTableKind.Holdings, "First transferred", "yes")]
    public void Run_WordNotInNomenclature_Vocabulary(AefTableKind kind, string column, string value)
    {
        AefFinding finding = Single(AefChecks.Run(SetCell(Scenario.Tha, kind, 1, column, value), Scenario.Tha, 2026), "vocabulary");

        Assert.Equal((kind, 1L, column), (finding.Table, finding.Row!.Value, finding.Column));
        Assert.StartsWith($"'{value}' is not in the nomenclature; expected one of ", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AefTableKind.Actions, 1, "Registry event hash", "0000000000000000000000000000000000000000000000000000000000000000", "ledger-agreement")]
    [InlineData(AefTableKind.Actions, 1, "Action date", "2025-12-31", "action-year")]
    [InlineData(AefTableKind.Actions, 1, "First serial", "one", "cell-type")]
    [InlineData(AefTableKind.Actions, 1, "Metric", "", "cell-required")]
    [InlineData(AefTableKind.Submission, 1, "Actions reported", "4", "submission-counts")]
    [InlineData(AefTableKind.Submission, 1, "Reporting year", "2025", "submission-year")]
    [InlineData(AefTableKind.Submission, 1, "Reporting Party", "JPN", "ledger-agreement")]
    [InlineData(AefTableKind.AuthorizedEntities, 1, "Entity ID", "Someone else", "action-authorization")]
    public void Run_CellBroken_RuleNamesTableRowAndColumn(AefTableKind kind, int row, string column, string value, string rule)
    {
        AefCheckResult result = AefChecks.Run(SetCell(Scenario.Tha, kind, row, column, value), Scenario.Tha, 2026);

        Assert.Contains(result.Errors, f => f.Rule == rule && f.Table == kind && f.Row == row && f.Column == column);
    }

    [Fact]
    public void Run_WarningsOnly_NoErrors()
    {
        List<AefTable> tables = SetCell(Scenario.Tha, AefTableKind.Submission, 1, "Contact e-mail", "focal point");
        tables[(int)AefTableKind.AuthorizedEntities] = AefTable.FromText(AefTableKind.AuthorizedEntities,
            tables[(int)AefTableKind.AuthorizedEntities].EnumerateTextRows().Take(1).ToList());

        AefCheckResult result = AefChecks.Run(tables, Scenario.Tha, 2026);

        Assert.False(result.HasErrors);
        Assert.Equal(["contact-email", "entity-described"], result.Warnings.Select(w => w.Rule).Order());
        Assert.Contains(result.Warnings, w => w.Message == "'PTT' of THA-2025-001 has no row in the Authorized entities table");
    }

    [Fact]
    public void Run_TableMissingOrSubmissionRowsWrong_Errors()
    {
        List<AefTable> tables = Edited(Scenario.Tha, AefTableKind.Submission, rows => [.. rows, rows[0]]);
        tables.RemoveAt((int)AefTableKind.Holdings);

        AefCheckResult result = AefChecks.Run(tables, Scenario.Tha, 2026);

        Assert.Contains(result.Errors, f => f.Rule == "table-missing" && f.Table == AefTableKind.Holdings);
        Assert.Contains(result.Errors, f => f.Rule == "submission-row" && f.Message == "the table has 2 rows; a submission has exactly one");
    }

    [Fact]
    public void Run_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AefChecks.Run(null!, Scenario.Tha, 2026));
        Assert.Throws<ArgumentOutOfRangeException>(() => AefChecks.Run([], Scenario.Tha, 1990));
        Assert.Throws<ArgumentException>(() => AefChecks.Run([null!], Scenario.Tha, 2026));
    }
}
