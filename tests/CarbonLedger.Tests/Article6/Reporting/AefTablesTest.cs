using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Registry;
using CarbonLedger.Serialization;
using Xunit;
using static CarbonLedger.Tests.Article6.Article6Fixture;

namespace CarbonLedger.Tests.Article6.Reporting;

public class AefTablesTest
{
    /// <summary>
    /// Thailand authorises TH001 1–100 (2025) for NDC, first transfers 71–100 to Japan and cancels 69–70 for OMGE;
    /// Japan uses 89–100 towards its NDC for 2030. Everything happens in January 2026.
    /// </summary>
    internal static Article6Fixture Scenario()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001").WithAuthorizedEntities([ActorId.Create("Mayekawa, Inc."), ActorId.Create("PTT")]));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 100)));
        f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(30));
        f.Tha.Cancel(f.NextId(), GovThailand, f.ThaGov, f.ThaOmge, CreditSelection.ByQuantity(2), CancellationPurpose.MandatoryOmge);
        f.Jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(12), UsePurpose.Ndc, 2030);
        return f;
    }

    [Fact]
    public void Actions_ReportingYear_OneRowPerActionWithEveryApplicableColumn()
    {
        var f = Scenario();

        IReadOnlyList<AefActionRow> tha = AefTables.Actions(f.Tha, 2026);
        IReadOnlyList<AefActionRow> jpn = AefTables.Actions(f.Jpn, 2026);

        Assert.Equal([ItmoActionType.Authorization, ItmoActionType.FirstTransfer, ItmoActionType.Cancellation], tha.Select(r => r.ActionType));
        Assert.Equal([ItmoActionType.Acquisition, ItmoActionType.Use], jpn.Select(r => r.ActionType));
        Assert.Empty(AefTables.Actions(f.Tha, 2025));
        string[] lines = AefExport.ToCsv(tha).Split("\r\n");
        Assert.Equal("Reporting Party,Cooperative approach ID,Unique identifier,First serial,Last serial,Originating registry ID,Underlying unit type,Project,Vintage,"
            + "Action date,Action type,Action subtype,Transferring Party,Acquiring Party,Using Party,Authorization ID,Purposes for authorization,"
            + "First transferring Party,Purpose of use,Year of use,Metric,Quantity,Quantity (tCO2e),Registry event,Registry event hash", lines[0]);
        string hash = f.Tha.Actions[1].LedgerEventHash.ToString();
        Assert.Equal($"THA,CA0001,CA0001-THA01-TH001-2025-71-100,71,100,THA01,JCM,TH001,2025,2026-01-05,First transfer,First transfer to another Party,"
            + $"THA,JPN,,THA-2025-001,NDC,THA,,,GHG,30,30,{f.Tha.Actions[1].LedgerSequence},{hash}", lines[2]);
        Assert.StartsWith("THA,CA0001,CA0001-THA01-TH001-2025-69-70,69,70,THA01,JCM,TH001,2025,2026-01-05,Cancellation,Mandatory cancellation to deliver OMGE,,,,THA-2025-001,NDC,THA,,,GHG,2,2,", lines[3], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1]);
        string use = AefExport.ToCsv(jpn).Split("\r\n")[2];
        Assert.StartsWith("JPN,CA0001,CA0001-THA01-TH001-2025-89-100,89,100,THA01,JCM,TH001,2025,2026-01-05,Use,,,,JPN,THA-2025-001,NDC,THA,NDC,2030,GHG,12,12,", use, StringComparison.Ordinal);
    }

    [Fact]
    public void Holdings_AsOf31December_AuthorisedBlocksPerAccount()
    {
        var f = Scenario();

        Assert.Equal(["THA01-1 GovernmentHolding CA0001-THA01-TH001-2025-1-68 No 68", "THA01-4 OmgeCancellation CA0001-THA01-TH001-2025-69-70 No 2"],
            AefTables.Holdings(f.Tha, 2026).Select(Describe));
        Assert.Equal(["JPN01-1 GovernmentHolding CA0001-THA01-TH001-2025-71-88 Yes 18", "JPN01-5 Retirement CA0001-THA01-TH001-2025-89-100 Yes 12"],
            AefTables.Holdings(f.Jpn, 2026).Select(Describe));
        Assert.Empty(AefTables.Holdings(f.Tha, 2025));
        string[] csv = AefExport.ToCsv(AefTables.Holdings(f.Jpn, 2026)).Split("\r\n");
        Assert.Equal("Reporting Party,Registry ID,As of,Account ID,Account type,Cooperative approach ID,Unique identifier,First serial,Last serial,"
            + "Originating registry ID,Underlying unit type,Project,Vintage,Authorization ID,First transferring Party,Purposes for authorization,"
            + "First transferred,Metric,Quantity", csv[0]);
        Assert.Equal("JPN,JPN01,2026-12-31,JPN01-1,GovernmentHolding,CA0001,CA0001-THA01-TH001-2025-71-88,71,88,THA01,JCM,TH001,2025,THA-2025-001,THA,NDC,Yes,GHG,18", csv[1]);
    }

    [Fact]
    public void Authorizations_OwnAuthorisations_WithLedgerProgressAndQuotedEntities()
    {
        var f = Scenario();

        IReadOnlyList<AefAuthorizationRow> rows = AefTables.Authorizations(f.Tha);

        AefAuthorizationRow row = Assert.Single(rows);
        Assert.Equal(100, row.QuantityAuthorizedOnLedger);
        Assert.Equal(30, row.QuantityFirstTransferred);
        Assert.Empty(AefTables.Authorizations(f.Jpn));
        string[] csv = AefExport.ToCsv(rows).Split("\r\n");
        Assert.Equal("Reporting Party,Authorization ID,Cooperative approach ID,Authorizing Party,Authorization date,Purposes for authorization,First transfer definition,"
            + "Metric,Mitigation type,First vintage,Last vintage,Authorized quantity,Quantity authorized on the registry,Quantity first transferred,Authorized entities", csv[0]);
        Assert.Equal("THA,THA-2025-001,CA0001,THA,2025-10-01,NDC,First transfer to another Party,GHG,Emission reductions,2021,2030,1000,100,30,\"Mayekawa, Inc.; PTT\"", csv[1]);
        Assert.Equal(AefTables.AuthorizationColumns, csv[0].Split(','));
    }

    [Fact]
    public void ToJson_Rows_RoundTripWithStableNames()
    {
        var f = Scenario();
        IReadOnlyList<AefActionRow> actions = AefTables.Actions(f.Jpn, 2026);
        IReadOnlyList<AefHoldingRow> holdings = AefTables.Holdings(f.Jpn, 2026);
        IReadOnlyList<AefAuthorizationRow> authorizations = AefTables.Authorizations(f.Tha);

        string json = AefExport.ToJson(actions);
        Assert.Contains("\"actionType\":\"use\"", json, StringComparison.Ordinal);
        Assert.Contains("\"itmo\":\"CA0001-THA01-TH001-2025-89-100\"", json, StringComparison.Ordinal);
        Assert.Contains("\"quantityInTonnes\":12", json, StringComparison.Ordinal);
        Assert.DoesNotContain("acquiringParty\":null", json, StringComparison.Ordinal);
        Assert.Equal(json, AefExport.ToJson(CarbonLedgerJson.Deserialize<List<AefActionRow>>(json)));
        string h = AefExport.ToJson(holdings);
        Assert.Equal(h, AefExport.ToJson(CarbonLedgerJson.Deserialize<List<AefHoldingRow>>(h)));
        string a = AefExport.ToJson(authorizations);
        Assert.Equal(a, AefExport.ToJson(CarbonLedgerJson.Deserialize<List<AefAuthorizationRow>>(a)));
    }

    [Fact]
    public void Tables_BadArguments_Throw()
    {
        var f = new Article6Fixture();
        Assert.Equal("reportingYear", Assert.Throws<ArgumentOutOfRangeException>(() => AefTables.Actions(f.Tha, 1800)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => AefTables.Holdings(f.Tha, 9999)).ParamName);
        Assert.Throws<ArgumentNullException>(() => AefTables.Authorizations(null!));
        Assert.Throws<ArgumentNullException>(() => AefExport.WriteCsv(AefTables.Authorizations(f.Tha), null!));
    }

    private static string Describe(AefHoldingRow r) => $"{r.Account} {r.AccountType} {r.Itmo} {(r.FirstTransferred ? "Yes" : "No")} {r.Quantity}";
}
