using System.IO;
using System.Linq;
using CarbonLedger.Import.Registries;
using CarbonLedger.Serials;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Import.Registries;

public class GoldStandardExportTest
{
    private static RegistryImport Read(string text, string file) => GoldStandardExport.Read(new StringReader(text), file);

    [Fact]
    public void Read_Issuances_OneIssuancePerRowWithItsBlock()
    {
        RegistryImport import = Read(ExportFiles.GoldStandardIssuances, "gs-issuances.csv");

        CreditRecord first = import.Records[0];
        Assert.Equal(("11236", 2024, 19_149L, CreditTransactionType.Issuance, new LocalDate(2026, 4, 13)),
            (first.Project, first.VintageYear, first.Quantity, first.Type, first.Date));
        Assert.Equal(SerialBlock.FromRange(1, 19_149), first.Serial!.Block);
        Assert.Equal("GS1-1-UG-GS11236-16-2024-30307", first.Serial.Space);
        Assert.Equal((2L, 2L), (import.RowsRead, import.RowsKept));
    }

    [Fact]
    public void Read_Retirements_KeepMultiLineNoteAndUsingEntity()
    {
        RegistryImport import = Read(ExportFiles.GoldStandardRetirements, "gs-retirements.csv");

        CreditRecord first = import.Records[0];
        Assert.Equal(CreditTransactionType.Retirement, first.Type);
        Assert.Equal(new LocalDate(2026, 5, 2), first.Date);
        Assert.Equal(new LocalDate(2026, 4, 13), first.IssuanceDate);
        Assert.Equal("Example Ltd", first.Beneficiary);
        Assert.Equal("Voluntary", first.Reason);
        Assert.Equal("Retirement on behalf of Example Ltd\nfor its 2025 emissions.", first.Note);
        Assert.Equal(5, import.Records[1].Line);   // the note ran over lines 2 to 4
    }

    [Fact]
    public void FindOverlaps_SerialsRetiredTwice_ReportsTheSharedBlock()
    {
        RegistryImport import = RegistryImport.Combine(
        [
            Read(ExportFiles.GoldStandardIssuances, "gs-issuances.csv"),
            Read(ExportFiles.GoldStandardRetirements, "gs-retirements.csv"),
        ]);

        SerialOverlap overlap = Assert.Single(import.FindOverlaps());

        Assert.Equal(OverlapKind.DoubleRetirement, overlap.Kind);
        Assert.Equal(SerialBlock.FromRange(5_001, 6_000), overlap.Shared);
        Assert.Equal((2L, 5L), (overlap.First.Line, overlap.Second.Line));
    }

    [Fact]
    public void Read_BadRows_ReportsEachAndKeepsTheRest()
    {
        string text = ExportFiles.GoldStandardIssuancesHeader + "\n" +
            "2024,Pending,19149,11236,N,D,UG,T,,VPA,,VER,2026-04-13T12:35:58,2024-01-01,2024-12-08,GS1-1-UG-GS11236-16-2024-30307-1-19149,ER,NA\n" +
            "2023,Issued,19149,11236,N,D,UG,T,,VPA,,VER,2026-04-13T12:35:58,2024-01-01,2024-12-08,GS1-1-UG-GS11236-16-2024-30307-1-19149,ER,NA\n" +
            "2024,Issued,19149,11999,N,D,UG,T,,VPA,,VER,2026-04-13T12:35:58,2024-01-01,2024-12-08,GS1-1-UG-GS11236-16-2024-30307-1-19149,ER,NA\n" +
            "2024,Issued,2497,11235,N,D,UG,T,,VPA,,VER,2026-04-13T12:34:05,2024-01-01,2024-12-08,GS1-1-UG-GS11235-16-2024-30306-1-2497,ER,NA\n";

        RegistryImport import = Read(text, "gs.csv");

        Assert.Equal(
        [
            "gs.csv: line 2, column 'Credit Status': unknown credit status 'Pending'; expected Issued, Retired or Cancelled",
            "gs.csv: line 3, column 'Serial Number': the serial number is of vintage 2024; the row's Vintage is 2023",
            "gs.csv: line 4, column 'Serial Number': the serial number is of project GS11236; the row's GSID is 11999",
        ], import.Problems.Select(p => p.ToString()).ToArray());
        Assert.Equal((4L, 1L), (import.RowsRead, import.RowsKept));
    }

    [Fact]
    public void Read_OlderApiLayout_ReadsRenamedColumns()
    {
        string text = "vintage,number_of_credits,GSID,created_at,Serial Number\n2019,10,500,2020-02-01T08:00:00,GS1-1-IN-GS500-2-2019-100-1-10\n";

        RegistryImport import = Read(text, "gs-old.csv");

        CreditRecord record = Assert.Single(import.Records);
        Assert.Equal(("500", 2019, 10L, CreditTransactionType.Issuance, new LocalDate(2020, 2, 1)),
            (record.Project, record.VintageYear, record.Quantity, record.Type, record.Date));
    }
}
