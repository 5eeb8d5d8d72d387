using System;
using CarbonLedger.Parties;
using CarbonLedger.Serials;
using Xunit;

namespace CarbonLedger.Tests.Serials;

/// <summary>
/// Issue #15, defect 7: a parsed serial's project reads as the registry itself writes it. The serials and project ids
/// are public registry records (the registries' exports as kept in CarbonPlan's OffsetsDB test data,
/// carbonplan/offsets-db-data, and an ACR registry holding).
/// </summary>
public class SerialSchemeSpellingTest
{
    [Theory]
    // Gold Standard: the serial and the registry's project titles write GS11236, GS5304 …
    [InlineData("GS1-1-UG-GS11236-16-2024-30307-1-19149", "GS11236", 19_149)]
    [InlineData("GS1-1-KH-GS751-4-2024-30297-1-29396", "GS751", 29_396)]
    // ACR: the registry lists projects as ACR731, ACR1185; the serial holds the number alone.
    [InlineData("ACR-US-934-2024-2891-58384-58673", "ACR934", 290)]
    // Verra: the registry's project ID column is the number alone (1340, 3005).
    [InlineData("19385-941467007-941467431-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1", "1340", 425)]
    [InlineData("19380-941382555-941382741-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0", "3005", 187)]
    public void Parse_RegistrySerial_ProjectAsTheRegistryWritesIt(string text, string project, long count)
    {
        CreditSerialNumber serial = CreditSerialNumber.Parse(text);

        Assert.Equal(project, serial.Project);
        Assert.Equal(count, serial.Count);
        Assert.Equal(text, serial.ToString());
    }

    [Fact]
    public void GoldStandardCreate_ProjectWithItsPrefix_WritesTheRegistrySerial()
    {
        var serial = GoldStandardSerialNumber.Create(Country.FromCode("UG"), "GS11236", "16", 2024, "30307", SerialBlock.FromRange(1, 19_149), 0);

        Assert.Equal("GS1-1-UG-GS11236-16-2024-30307-1-19149", serial.ToString());
        Assert.Equal("GS11236", serial.Project);
    }

    [Fact]
    public void AcrCreate_ProjectWithItsPrefix_WritesTheRegistrySerial()
    {
        var serial = AcrSerialNumber.Create(Country.FromCode("US"), "ACR934", 2024, "2891", SerialBlock.FromRange(58_384, 58_673), 0);

        Assert.Equal("ACR-US-934-2024-2891-58384-58673", serial.ToString());
    }

    [Theory]
    [InlineData("4533")]
    [InlineData("gs4533")]
    [InlineData("GS")]
    [InlineData("GS45a3")]
    public void GoldStandardCreate_ProjectNotGsAndDigits_Refused(string project) =>
        Assert.Equal("project", Assert.Throws<ArgumentException>(() =>
            GoldStandardSerialNumber.Create(Country.FromCode("IN"), project, "2", 2020, "22653", SerialBlock.FromRange(106, 111), 0)).ParamName);

    [Theory]
    [InlineData("192")]
    [InlineData("ACR")]
    [InlineData("acr192")]
    public void AcrCreate_ProjectNotAcrAndDigits_Refused(string project) =>
        Assert.Equal("project", Assert.Throws<ArgumentException>(() =>
            AcrSerialNumber.Create(Country.FromCode("US"), project, 2010, "203", SerialBlock.FromRange(1, 5000), 0)).ParamName);
}
