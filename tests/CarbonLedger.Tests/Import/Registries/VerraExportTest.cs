using System.IO;
using System.Linq;
using CarbonLedger.Import.Registries;
using CarbonLedger.Serials;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Import.Registries;

public class VerraExportTest
{
    private static RegistryImport Read(string text, ImportErrorHandling handling = ImportErrorHandling.Continue) =>
        VerraExport.Read(new StringReader(text), "verra.csv", handling);

    [Fact]
    public void Read_RollingTranches_MakeOneIssuancePerTranche()
    {
        RegistryImport import = Read(ExportFiles.Verra);

        CreditRecord[] issuances = [.. import.Records.Where(r => r.Type == CreditTransactionType.Issuance)];
        Assert.Equal(3, issuances.Length);
        CreditRecord first = issuances[0];
        Assert.Equal(("1340", 2020, 1_000L, new LocalDate(2026, 4, 3), 2L), (first.Project, first.VintageYear, first.Quantity, first.Date, first.Line));
        Assert.Equal(SerialBlock.FromRange(941_467_001, 941_468_000), first.Serial!.Block);
        Assert.Equal("VCU", first.Serial.Space);
        Assert.Null(issuances[1].Serial);   // tranche B's blocks do not add up to its total
    }

    [Fact]
    public void Read_DatedRows_AreRetirementsOrCancellationsWithBeneficiaryAndReason()
    {
        RegistryImport import = Read(ExportFiles.Verra);

        CreditRecord[] retired = [.. import.Records.Where(r => r.Type == CreditTransactionType.RetirementOrCancellation)];
        Assert.Equal([425L, 75L, 187L], retired.Select(r => r.Quantity).ToArray());
        CreditRecord airline = retired[1];
        Assert.Equal("Example Airline", airline.Beneficiary);
        Assert.Equal("Environmental Benefit", airline.Reason);
        Assert.Equal("Retired for 2025 flights, on behalf of Example Airline", airline.Note);
        Assert.Equal(new LocalDate(2026, 4, 11), airline.Date);
        Assert.Equal(new LocalDate(2026, 4, 3), airline.IssuanceDate);
    }

    [Fact]
    public void Read_MultiYearVintageAndDayFirstDates_UsesTheYearTheVintageEnds()
    {
        RegistryImport import = Read(ExportFiles.Verra);

        CreditRecord older = import.Records.Single(r => r.Type == CreditTransactionType.Issuance && r.Quantity == 2_000);
        Assert.Equal(new DateInterval(new LocalDate(2021, 7, 1), new LocalDate(2022, 6, 30)), older.VintagePeriod);
        Assert.Equal(2022, older.VintageYear);
        Assert.Equal(new LocalDate(2023, 3, 15), older.Date);
    }

    [Fact]
    public void Read_TrancheMissingBlocks_RollupCheckShowsTheDifference()
    {
        RegistryImport import = Read(ExportFiles.Verra);

        Assert.Equal(3, import.RollupChecks.Count);
        RollupCheck b = import.RollupChecks.Single(c => !c.IsBalanced);
        Assert.Equal(("3005", 500L, 400L, 100L), (b.Project, b.Stated, b.Summed, b.Difference));
    }

    [Fact]
    public void Read_AllRowsGood_CountsEveryRowKept()
    {
        RegistryImport import = Read(ExportFiles.Verra);

        Assert.Equal((6L, 6L), (import.RowsRead, import.RowsKept));
        Assert.Empty(import.Problems);
    }

    [Fact]
    public void Read_BadRows_ReportsFileLineAndColumnAndKeepsTheRest()
    {
        string text = ExportFiles.VerraHeader + "\n" +
            "2026-04-03,,2020-01-01,2020-12-31,1340,P,ET,T,M,\"1,000\",abc,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,,,,\n" +
            "2026-04-03,,2020-01-01,2020-12-31,1340,P,ET,T,M,\"1,000\",400,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,,,,\n" +
            "2026-04-03,,2020-12-31,2020-01-01,1340,P,ET,T,M,\"1,000\",425,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,,,,\n" +
            "2026-04-03,,2020-01-01,2020-12-31,1340,P,ET\n" +
            "2026-04-03,,2020-01-01,2020-12-31,1340,P,ET,T,M,\"1,000\",425,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,31/02/2026,,,\n" +
            "2026-04-03,,2020-01-01,2020-12-31,1340,P,ET,T,M,\"1,000\",425,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,,,,\n";

        RegistryImport import = Read(text);

        Assert.Equal(
        [
            "verra.csv: line 2, column 'Quantity Issued': 'abc' is not a whole number of credits",
            "verra.csv: line 3, column 'Serial Number': the serial block 941467001-941467425 holds 425 VCUs; Quantity Issued says 400",
            "verra.csv: line 4, column 'Vintage End': the vintage ends (2020-01-01) before it starts (2020-12-31)",
            "verra.csv: line 5: the row has 7 fields; the header has 17",
            "verra.csv: line 6, column 'Retirement/Cancellation Date': '31/02/2026' is not a date such as 2026-04-03 or 03/04/2026 (day first)",
        ], import.Problems.Select(p => p.ToString()).ToArray());
        Assert.Equal((6L, 1L), (import.RowsRead, import.RowsKept));
        Assert.Equal(import.RowsRead, import.RowsKept + import.Problems.Count);
        Assert.Single(import.Records);
    }

    [Fact]
    public void Read_StopOnError_ThrowsNamingTheFirstBadRow()
    {
        string text = ExportFiles.VerraHeader + "\n" +
            "2026-04-03,,2020-01-01,2020-12-31,,P,ET,T,M,\"1,000\",425,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,,,,\n";

        var ex = Assert.Throws<RegistryImportException>(() => Read(text, ImportErrorHandling.Stop));

        Assert.Equal("verra.csv: line 2, column 'ID': the field is empty", ex.Message);
        Assert.Equal(2, ex.Problem.Line);
    }

    [Fact]
    public void Read_HeaderWithoutSerialNumber_ThrowsWhateverTheHandling()
    {
        string text = ExportFiles.VerraHeader.Replace("Serial Number,", "", System.StringComparison.Ordinal) + "\n";

        var ex = Assert.Throws<RegistryImportException>(() => Read(text));

        Assert.Equal("verra.csv: line 1, column 'Serial Number': the Verra VCU export header has no column 'Serial Number'", ex.Message);
    }

    [Fact]
    public void Read_SerialOfAnotherProject_IsRefused()
    {
        string text = ExportFiles.VerraHeader + "\n" +
            "2026-04-03,,2020-01-01,2020-12-31,9999,P,ET,T,M,\"1,000\",425,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,,,,,\n";

        RegistryImport import = Read(text);

        Assert.Equal("the serial number is of project 1340; the row's ID is 9999", Assert.Single(import.Problems).Message);
    }
}
