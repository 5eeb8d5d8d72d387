using System.IO;
using System.Linq;
using CarbonLedger.Import.Registries;
using CarbonLedger.Serials;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Import.Registries;

public class AcrExportTest
{
    private static RegistryImport Read(string text, string file) => AcrExport.Read(new StringReader(text), file);

    private static RegistryImport All() => RegistryImport.Combine(
    [
        Read(ExportFiles.AcrIssuances, "acr-issuances.csv"),
        Read(ExportFiles.AcrRetirements, "acr-retirements.csv"),
        Read(ExportFiles.AcrCancellations, "acr-cancellations.csv"),
    ]);

    [Fact]
    public void Read_Issuances_MonthFirstDatesAndBufferRollup()
    {
        RegistryImport import = Read(ExportFiles.AcrIssuances, "acr-issuances.csv");

        Assert.Equal([new LocalDate(2025, 11, 3), new LocalDate(2026, 3, 24)], import.Records.Select(r => r.Date).ToArray());
        Assert.Equal(["ACR1185", "ACR731"], import.Records.Select(r => r.Project).ToArray());
        RollupCheck unbalanced = Assert.Single(import.RollupChecks, c => !c.IsBalanced);
        Assert.Equal(("ACR731", 90_000L, 89_000L), (unbalanced.Project, unbalanced.Stated, unbalanced.Summed));
    }

    [Fact]
    public void Read_RetirementsOlderHeader_ReadsStatusEffectiveAndToRange()
    {
        RegistryImport import = Read(ExportFiles.AcrRetirements, "acr-retirements.csv");

        CreditRecord record = Assert.Single(import.Records);
        Assert.Equal(CreditTransactionType.Retirement, record.Type);
        Assert.Equal(new LocalDate(2026, 4, 13), record.Date);
        Assert.Equal(SerialBlock.FromRange(1, 4_212), record.Serial!.Block);
        Assert.Equal("ACR-US-1185-2025-3078", record.Serial.Space);
        Assert.Equal(("Example Cloud", "Environmental Benefit", "Retirement for 2025 emissions", "1423"),
            (record.Beneficiary, record.Reason, record.Note, record.Account));
        Assert.Equal(new DateInterval(new LocalDate(2024, 12, 9), new LocalDate(2025, 6, 3)), record.VintagePeriod);
    }

    [Fact]
    public void Read_CancellationsTwoSpaceHeader_ReadsCancellation()
    {
        RegistryImport import = Read(ExportFiles.AcrCancellations, "acr-cancellations.csv");

        CreditRecord record = Assert.Single(import.Records);
        Assert.Equal((CreditTransactionType.Cancellation, new LocalDate(2026, 1, 22), "Convert to Ecology offset credits"),
            (record.Type, record.Date, record.Reason));
    }

    [Fact]
    public void Totals_PerProjectAndVintage_SumEachKind()
    {
        CreditTotal total = All().Totals().Single(t => t.Project == "ACR1185");

        Assert.Equal((85_847L, 4_212L, 6_000L, 75_635L), (total.Issued, total.Retired, total.Cancelled, total.Remaining));
    }

    [Fact]
    public void FindOverlaps_CancelledAfterRetired_ReportsTheSharedSerials()
    {
        SerialOverlap overlap = Assert.Single(All().FindOverlaps());

        Assert.Equal(OverlapKind.DoubleRetirement, overlap.Kind);
        Assert.Equal(SerialBlock.FromRange(4_001, 4_212), overlap.Shared);
        Assert.Equal("acr-cancellations.csv", overlap.First.File);
    }

    [Fact]
    public void Reconcile_ProjectList_ComparesRegisteredTotalWithIssuances()
    {
        var rollups = AcrExport.ReadProjects(new StringReader(ExportFiles.AcrProjects), "acr-projects.csv");

        RollupCheck[] checks = [.. All().Reconcile(rollups)];

        Assert.Equal(2, checks.Length);   // ACR586 states no total
        Assert.True(checks[0].IsBalanced);
        Assert.Equal(("ACR731", 120_000L, 90_000L, 30_000L), (checks[1].Project, checks[1].Stated, checks[1].Summed, checks[1].Difference));
    }

    [Fact]
    public void Read_SerialRangeNotMatchingQuantity_IsRefused()
    {
        string text = ExportFiles.AcrRetirementsHeader + "\n" +
            "1185,ACR-US-1185-2025-3078-1 to 4000,11/3/2025 7:10:41 PM,2025,12/9/2024,6/3/2025,4212,1423,4/13/2026 7:17:56 PM,X,R,P,ACR1185,N,T,M,V,L,S,US,No,No,No,Yes,,13,,View,8.0,\n";

        ImportProblem problem = Assert.Single(Read(text, "r.csv").Problems);

        Assert.Equal("r.csv: line 2, column 'Credit Serial Numbers': the serial block 1-4000 holds 4,000 credits; Quantity of Credits says 4,212", problem.ToString());
    }

    [Fact]
    public void Read_UnknownHeader_Throws()
    {
        var ex = Assert.Throws<RegistryImportException>(() => Read("a,b\n1,2\n", "x.csv"));

        Assert.StartsWith("x.csv: line 1: the header is of no ACR credit export", ex.Message, System.StringComparison.Ordinal);
    }
}
