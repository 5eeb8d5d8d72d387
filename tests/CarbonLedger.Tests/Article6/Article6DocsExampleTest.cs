using System;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Serialization;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace CarbonLedger.Tests.Article6;

/// <summary>Runs the tour in <c>docs/article6.md</c>, statement for statement.</summary>
public class Article6DocsExampleTest
{
    [Fact]
    public void DocsTour_RunsAsWritten()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 5, 0, 0), Duration.FromMinutes(1));

        var thaAdmin = ActorId.Create("THA01 administrator");
        var jpnAdmin = ActorId.Create("JPN01 administrator");
        var tha = Article6Registry.Create(Ledger.Create(RegistryId.Parse("THA01"), thaAdmin, clock), DateTimeZoneProviders.Tzdb["Asia/Bangkok"]);
        var jpn = Article6Registry.Create(Ledger.Create(RegistryId.Parse("JPN01"), jpnAdmin, clock), DateTimeZoneProviders.Tzdb["Asia/Tokyo"]);

        var thailand = Country.FromAlpha3("THA");
        var jcm = CooperativeApproach.Create(CooperativeApproachId.Parse("CA0001"), "JCM Japan-Thailand", [Country.Japan, thailand]);
        tha.RegisterApproach(jcm);
        jpn.RegisterApproach(jcm);

        var govTha = ActorId.Create("Government of Thailand");
        var govJpn = ActorId.Create("Government of Japan");
        var thaHolding = AccountId.Create(tha.Ledger.Registry, 1);
        var jpnHolding = AccountId.Create(jpn.Ledger.Registry, 1);
        var jpnRetirement = AccountId.Create(jpn.Ledger.Registry, 2);
        tha.Ledger.OpenAccount(OperationId.Create("open-1"), thaAdmin, Account.Create(thaHolding, govTha, AccountType.GovernmentHolding));
        jpn.Ledger.OpenAccount(OperationId.Create("open-1"), jpnAdmin, Account.Create(jpnHolding, govJpn, AccountType.GovernmentHolding));
        jpn.Ledger.OpenAccount(OperationId.Create("open-2"), jpnAdmin, Account.Create(jpnRetirement, jpnAdmin, AccountType.Retirement));
        tha.Ledger.Issue(OperationId.Create("JC-1"), thaAdmin, thaHolding,
            [CreditBlock.Create(SerialBlock.FromRange(1, 100), CreditAttributes.Create(tha.Ledger.Registry, ProjectId.Parse("TH001"), 2025))]);

        var authorization = Authorization.Create(AuthorizationId.Create("THA-2025-001"), jcm.Id, thailand, new LocalDate(2025, 10, 1),
            1_000, 2021, 2030, AuthorizedPurpose.Ndc, FirstTransferDefinition.InternationalTransfer);
        tha.RegisterAuthorization(authorization);
        tha.Authorize(OperationId.Create("A-1"), thaAdmin, authorization.Id, thaHolding, CreditSelection.ByQuantity(100));

        tha.TransferInternationally(OperationId.Create("T-1"), govTha, thaHolding, jpn, jpnHolding, CreditSelection.ByQuantity(30));

        jpn.Use(OperationId.Create("U-1"), govJpn, jpnHolding, jpnRetirement, CreditSelection.ByQuantity(12), UsePurpose.Ndc, 2030);

        var period = NdcPeriod.Create(2021, 2030);
        CorrespondingAdjustmentResult thaCa = CorrespondingAdjustments.Calculate(tha.Actions, thailand, AdjustmentMethod.SingleYearAveraging, period, 0, MidpointRounding.ToEven);
        CorrespondingAdjustmentResult jpnCa = CorrespondingAdjustments.Calculate(jpn.Actions, Country.Japan, AdjustmentMethod.SingleYearTrajectory, period, 0, MidpointRounding.ToEven);
        string actionsCsv = AefExport.ToCsv(AefTables.Actions(tha, 2026));
        string holdingsJson = AefExport.ToJson(AefTables.Holdings(jpn, 2026));
        var progress = NdcProgressReport.Create(jpn, Co2e.FromTonnes(100_000_000), 2030, 6, MidpointRounding.ToZero);
        string json = CarbonLedgerJson.Serialize(progress);

        Assert.Equal(Co2e.FromTonnes(3), thaCa.AppliedInLastYear);
        Assert.Equal(Co2e.FromTonnes(-12), jpnCa.AppliedInLastYear);
        Assert.Equal(3, actionsCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"itmo\":\"CA0001-THA01-TH001-2025-71-88\"", holdingsJson, StringComparison.Ordinal);
        Assert.Equal(0.000012m, progress.PercentOfTarget);
        Assert.Contains("\"used\":12", json, StringComparison.Ordinal);
    }
}
