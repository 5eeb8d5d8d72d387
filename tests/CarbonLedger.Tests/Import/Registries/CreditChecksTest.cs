using System.IO;
using CarbonLedger.Import.Registries;
using Xunit;

namespace CarbonLedger.Tests.Import.Registries;

public class CreditChecksTest
{
    [Fact]
    public void FindOverlaps_LinkedProjectsIssuedSameVintage_ReportsCrossRegistryIssuance()
    {
        RegistryImport verra = VerraExport.Read(new StringReader(ExportFiles.Verra), "verra.csv");
        RegistryImport gs = GoldStandardExport.Read(new StringReader(
            ExportFiles.GoldStandardIssuancesHeader + "\n" +
            "2020,Issued,100,11236,N,D,ET,T,,,,VER,2026-01-01T00:00:00,2020-01-01,2020-12-31,GS1-1-ET-GS11236-1-2020-1-1-100,ER,NA\n"), "gs.csv");

        var findings = CreditChecks.FindOverlaps([.. verra.Records, .. gs.Records],
            [new ProjectLink(CreditRegistry.Verra, "1340", CreditRegistry.GoldStandard, "11236")]);

        SerialOverlap finding = Assert.Single(findings);
        Assert.Equal(OverlapKind.CrossRegistryIssuance, finding.Kind);
        Assert.Null(finding.Shared);
        Assert.Equal("CrossRegistryIssuance: vintage 2020 issued at Verra 1340 (verra.csv line 2) and at GoldStandard 11236 (gs.csv line 2)", finding.ToString());
    }

    [Fact]
    public void FindOverlaps_WithoutLinks_FindsNothingAcrossRegistries()
    {
        RegistryImport verra = VerraExport.Read(new StringReader(ExportFiles.Verra), "verra.csv");

        Assert.Empty(CreditChecks.FindOverlaps(verra.Records, []));
    }

    [Fact]
    public void ProjectLink_SameRegistryTwice_Throws()
    {
        Assert.Throws<System.ArgumentException>(() => new ProjectLink(CreditRegistry.Acr, "ACR1", CreditRegistry.Acr, "ACR2"));
    }
}
