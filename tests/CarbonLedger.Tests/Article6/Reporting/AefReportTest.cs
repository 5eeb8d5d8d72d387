using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Article6.Reporting;

public class AefReportTest
{
    internal static AefSubmission Submission(int year = 2026) => AefSubmission.Create(year, 1, new LocalDate(year + 1, 3, 31), "Climate Change Office, ONEP",
        "article6@onep.example", [
            AuthorizedEntity.Create(ActorId.Create("Mayekawa, Inc."), "Mayekawa Mfg. Co., Ltd.", Country.Japan),
            AuthorizedEntity.Create(ActorId.Create("PTT"), "PTT Public Company Limited", Country.FromAlpha3("THA")),
        ]);

    internal static AefReport Report(Article6Fixture f) => AefReport.Create(f.Tha, Submission());

    [Fact]
    public void Create_Scenario_FiveTablesInSheetOrder()
    {
        AefReport report = Report(AefTablesTest.Scenario());

        Assert.Equal(["Submission", "Authorizations", "Actions", "Holdings", "Authorized entities"], report.Tables.Select(t => t.Name));
        Assert.Equal(Enum.GetValues<AefTableKind>(), report.Tables.Select(t => t.Kind));
        Assert.Equal("Reporting Party,Reporting year,Version,Submission date,Contact name,Contact e-mail,Registry ID,Time zone,Cooperative approach IDs,"
            + "Authorizations reported,Actions reported", string.Join(",", report[AefTableKind.Submission].Columns));
        Assert.Equal(["THA", "2026", "1", "2027-03-31", "Climate Change Office, ONEP", "article6@onep.example", "THA01", "Asia/Bangkok", "CA0001", "1", "3"],
            Assert.Single(report[AefTableKind.Submission].EnumerateTextRows()));
        Assert.Equal(3, report[AefTableKind.Actions].EnumerateTextRows().Count());
        Assert.Equal(2, report[AefTableKind.Holdings].EnumerateTextRows().Count());
        Assert.Equal([
            ["THA", "THA-2025-001", "CA0001", "2025-10-01", "Mayekawa, Inc.", "Mayekawa Mfg. Co., Ltd.", "JPN"],
            ["THA", "THA-2025-001", "CA0001", "2025-10-01", "PTT", "PTT Public Company Limited", "THA"],
        ], report[AefTableKind.AuthorizedEntities].EnumerateTextRows().Select(r => r.ToArray()));
    }

    [Fact]
    public void TextRows_Actions_SameCellsAsCsv()
    {
        AefReport report = Report(AefTablesTest.Scenario());

        string[] csv = AefExport.ToCsv(report[AefTableKind.Actions]).Split("\r\n");

        Assert.Equal(string.Join(",", report[AefTableKind.Actions].Columns), csv[0]);
        Assert.Equal(report[AefTableKind.Actions].EnumerateTextRows().Select(r => string.Join(",", r)), csv[1..^1]);
        Assert.Equal(["", "", ""], report[AefTableKind.Actions].EnumerateTextRows().Select(r => r[14]));   // no using Party in Thailand's actions
    }

    [Fact]
    public void Create_EntityNotDescribed_ThrowsNamingIt()
    {
        var f = AefTablesTest.Scenario();
        var submission = AefSubmission.Create(2026, 1, new LocalDate(2027, 1, 10), "Office", "a@b.example",
            [AuthorizedEntity.Create(ActorId.Create("PTT"), "PTT Public Company Limited", Country.FromAlpha3("THA"))]);

        var ex = Assert.Throws<ArgumentException>(() => AefReport.Create(f.Tha, submission));

        Assert.Equal("submission", ex.ParamName);
        Assert.Contains("THA-2025-001 names entity 'Mayekawa, Inc.'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1999, 1, "2027-01-10", "Office", "a@b.example", "reportingYear")]
    [InlineData(2026, 0, "2027-01-10", "Office", "a@b.example", "version")]
    [InlineData(2026, 1, "2026-12-31", "Office", "a@b.example", "submissionDate")]
    [InlineData(2026, 1, "2027-01-10", " Office", "a@b.example", "contactName")]
    [InlineData(2026, 1, "2027-01-10", "Office", "a@@b.example", "contactEmail")]
    [InlineData(2026, 1, "2027-01-10", "Office", "a@example", "contactEmail")]
    [InlineData(2026, 1, "2027-01-10", "Office", "a b@x.example", "contactEmail")]
    public void Submission_BadValue_ThrowsNamingParameter(int year, int version, string date, string name, string email, string parameter)
    {
        LocalDate day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        var ex = Assert.ThrowsAny<ArgumentException>(() => AefSubmission.Create(year, version, day, name, email, []));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void Submission_EntityTwice_Throws()
    {
        AuthorizedEntity ptt = AuthorizedEntity.Create(ActorId.Create("PTT"), "PTT", Country.FromAlpha3("THA"));

        var ex = Assert.Throws<ArgumentException>(() => AefSubmission.Create(2026, 1, new LocalDate(2027, 1, 1), "Office", "a@b.example", [ptt, ptt]));

        Assert.Contains("'PTT' is described more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromText_WrongWidth_ThrowsNamingRow()
    {
        AefTable table = AefTable.FromText(AefTableKind.Submission, [new List<string> { "THA" }]);

        var ex = Assert.Throws<FormatException>(() => table.EnumerateTextRows().ToList());

        Assert.Equal("Submission row 1 has 1 cells; the table has 11 columns", ex.Message);
    }

    [Fact]
    public void KindOf_UnknownName_Throws()
    {
        Assert.Equal(AefTableKind.AuthorizedEntities, AefTable.KindOf("Authorized entities"));
        Assert.Throws<FormatException>(() => AefTable.KindOf("Sheet1"));
    }
}
