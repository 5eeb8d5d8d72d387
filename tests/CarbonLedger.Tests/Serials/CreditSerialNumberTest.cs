using System;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Serials;

public partial class CreditSerialNumberTest
{
    private const string VerraExample = "0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1";

    [Fact]
    public void Parse_VerraExample_100Vcus()
    {
        var serial = (VerraSerialNumber)CreditSerialNumber.Parse(VerraExample);

        Assert.Equal(SerialScheme.Verra, serial.Scheme);
        Assert.Equal(100, serial.Count);
        Assert.Equal(SerialBlock.FromRange(1, 100), serial.Block);
        Assert.Equal(6, serial.BlockDigits);
        Assert.Equal("0001", serial.Batch);
        Assert.Equal("VCU", serial.UnitType);
        Assert.Equal("003", serial.ProgrammeCode);
        Assert.Equal("VER", serial.VerificationType);
        Assert.Equal("USA", serial.Country.Alpha3);
        Assert.Null(serial.SectoralScope);
        Assert.Equal("0003", serial.Project);
        Assert.Equal(new LocalDate(2020, 1, 1), serial.Vintage.Start);
        Assert.Equal(new LocalDate(2020, 12, 31), serial.Vintage.End);
        Assert.True(serial.Vintage.IsCalendarYear);
        Assert.True(serial.AdditionalCertification);
        Assert.Equal(VerraExample, serial.ToString());
    }

    [Fact]
    public void Parse_VerraThirteenFields_KeepsSectoralScope()
    {
        const string text = "9660-115597313-115618057-VCS-VCU-261-VER-US-14-1060-01012019-31122019-0";

        var serial = VerraSerialNumber.Parse(text);

        Assert.Equal("14", serial.SectoralScope);
        Assert.Equal("1060", serial.Project);
        Assert.Equal(20_745, serial.Count);
        Assert.Equal(0, serial.BlockDigits);
        Assert.False(serial.AdditionalCertification);
        Assert.Equal(text, serial.ToString());
    }

    [Fact]
    public void Parse_GoldStandard_SixCredits()
    {
        const string text = "GS1-1-IN-GS4533-2-2020-22653-106-111";

        var serial = (GoldStandardSerialNumber)CreditSerialNumber.Parse(text);

        Assert.Equal("IND", serial.Country.Alpha3);
        Assert.Equal("GS4533", serial.Project);
        Assert.Equal("2", serial.IssuanceSequence);
        Assert.Equal(2020, serial.Vintage.Year);
        Assert.Equal("22653", serial.Batch);
        Assert.Equal(6, serial.Count);
        Assert.Equal(text, serial.ToString());
    }

    [Fact]
    public void Parse_Acr_5000Credits()
    {
        const string text = "ACR-US-192-2010-203-1-5000";

        var serial = (AcrSerialNumber)CreditSerialNumber.Parse(text);

        Assert.Equal("ACR192", serial.Project);
        Assert.Equal(2010, serial.Vintage.Year);
        Assert.Equal("203", serial.Batch);
        Assert.Equal(5_000, serial.Count);
        Assert.Equal("ERT", serial.UnitType);
        Assert.Equal(text, serial.ToString());
    }

    [Fact]
    public void Parse_UndpArticle6_NineItmos()
    {
        const string text = "VU-ITMO-11-356-2022-0-27-35";

        var serial = (UndpSerialNumber)CreditSerialNumber.Parse(text);

        Assert.Equal(9, serial.Count);
        Assert.Equal(SerialBlock.FromRange(27, 35), serial.Block);
        Assert.Equal("VUT", serial.Country.Alpha3);
        Assert.Equal("ITMO", serial.UnitType);
        Assert.Equal("11", serial.Scope);
        Assert.Equal("356", serial.Project);
        Assert.Equal(2022, serial.Vintage.Year);
        Assert.Equal("0", serial.Batch);
        Assert.Equal(text, serial.ToString());
    }

    [Fact]
    public void Create_Jcm_FormatsOwnLayout()
    {
        var serial = JcmSerialNumber.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), Vintage.FromYear(2025), 1, SerialBlock.FromRange(1, 8_837));

        Assert.Equal("JCM-JPN01-KZ001-2025-1-1-8837", serial.ToString());
        Assert.Equal("KAZ", serial.Country.Alpha3);
        Assert.Equal(8_837, serial.Count);
        Assert.Equal(serial, CreditSerialNumber.Parse("JCM-JPN01-KZ001-2025-1-1-8837"));
    }

    [Fact]
    public void Create_JcmPartialYear_WritesDates()
    {
        var vintage = Vintage.FromDates(new LocalDate(2025, 3, 1), new LocalDate(2025, 12, 31));

        var serial = JcmSerialNumber.Create(RegistryId.Parse("KAZ01"), ProjectId.Parse("KZ001"), vintage, 2, SerialBlock.FromRange(8_838, 9_000));

        Assert.Equal("JCM-KAZ01-KZ001-20250301_20251231-2-8838-9000", serial.ToString());
        Assert.Equal(vintage, JcmSerialNumber.Parse(serial.ToString()).Vintage);
    }

    [Fact]
    public void Create_JcmRegistryOfThirdCountry_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            JcmSerialNumber.Create(RegistryId.Parse("IDN01"), ProjectId.Parse("KZ001"), Vintage.FromYear(2025), 1, SerialBlock.FromRange(1, 2)));
        Assert.Equal("registry", ex.ParamName);
        Assert.Contains("host country KAZ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XXX01", "host country KAZ")]
    [InlineData("KAZ00", "numbered 01 to 99")]
    [InlineData("JPN00", "numbered 01 to 99")]
    public void Create_JcmRegistryBreaksJcmRule_NamesParameterAndRule(string registry, string rule)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            JcmSerialNumber.Create(RegistryId.Parse(registry), ProjectId.Parse("KZ001"), Vintage.FromYear(2025), 1, SerialBlock.FromRange(1, 2)));
        Assert.Equal("registry", ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains(registry, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_JcmDefaultRegistry_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            JcmSerialNumber.Create(default, ProjectId.Parse("KZ001"), Vintage.FromYear(2025), 1, SerialBlock.FromRange(1, 2)));
        Assert.Equal("registry", ex.ParamName);
    }

    [Fact]
    public void Create_JcmRegistryGivenInLowerCase_WritesCanonicalText()
    {
        var serial = JcmSerialNumber.Create(RegistryId.Parse("kaz99"), ProjectId.Parse("KZ001"), Vintage.FromYear(2025), 1, SerialBlock.FromRange(1, 2));

        Assert.Equal("JCM-KAZ99-KZ001-2025-1-1-2", serial.ToString());
        Assert.Same(Country.FromAlpha3("KAZ"), serial.Registry.Party);
    }

    [Fact]
    public void SplitTail_Verra_BothPartsInheritFieldsAndMergeBack()
    {
        CreditSerialNumber serial = CreditSerialNumber.Parse(VerraExample);

        (CreditSerialNumber kept, CreditSerialNumber moved) = serial.SplitTail(40);

        Assert.Equal("0001-000001-000060-VCS-VCU-003-VER-US-0003-01012020-31122020-1", kept.ToString());
        Assert.Equal("0001-000061-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1", moved.ToString());
        Assert.Equal(serial, kept.Merge(moved));
    }

    [Fact]
    public void Merge_DifferentVintage_Throws()
    {
        var a = JcmSerialNumber.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), Vintage.FromYear(2025), 1, SerialBlock.FromRange(1, 10));
        var b = JcmSerialNumber.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), Vintage.FromYear(2026), 1, SerialBlock.FromRange(11, 20));

        Assert.False(a.CanMerge(b));
        var ex = Assert.Throws<ArgumentException>(() => a.Merge(b));
        Assert.Equal("other", ex.ParamName);
    }

    [Theory]
    [InlineData("", "scheme")]
    [InlineData("XYZ-1-2", "scheme")]
    [InlineData("0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020", "layout")]
    [InlineData("0001-000001-00100-VCS-VCU-003-VER-US-0003-01012020-31122020-1", "block end")]
    [InlineData("0001-000100-000001-VCS-VCU-003-VER-US-0003-01012020-31122020-1", "block end")]
    [InlineData("0001-000000-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1", "block start")]
    [InlineData("0001-000001-000100-VCX-VCU-003-VER-US-0003-01012020-31122020-1", "programme")]
    [InlineData("0001-000001-000100-VCS-vcu-003-VER-US-0003-01012020-31122020-1", "unit type")]
    [InlineData("0001-000001-000100-VCS-VCU-003-VER-XX-0003-01012020-31122020-1", "country")]
    [InlineData("0001-000001-000100-VCS-VCU-003-VER-US-0003-31022020-31122020-1", "vintage start")]
    [InlineData("0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122019-1", "vintage end")]
    [InlineData("0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-2", "additional certification")]
    [InlineData("GS1-2-IN-GS4533-2-2020-22653-106-111", "prefix")]
    [InlineData("GS1-1-IN-4533-2-2020-22653-106-111", "project")]
    [InlineData("GS1-1-IN-GS4533-2-20-22653-106-111", "vintage")]
    [InlineData("ACR-US-192-2010-203-5000-1", "block end")]
    [InlineData("ACR-US-1x2-2010-203-1-5000", "project")]
    [InlineData("VU-ITMO-11-356-2022-0-27", "layout")]
    [InlineData("VU-IT1O-11-356-2022-0-27-35", "unit type")]
    [InlineData("JCM-JPN01-KZ001-2025-1-01-8837", "block start")]
    [InlineData("JCM-IDN01-KZ001-2025-1-1-8837", "registry")]
    [InlineData("JCM-JPN1-KZ001-2025-1-1-8837", "registry")]
    [InlineData("JCM-jpn01-KZ001-2025-1-1-8837", "registry")]
    [InlineData("JCM-JPN00-KZ001-2025-1-1-8837", "registry")]
    [InlineData("JCM-XXX01-KZ001-2025-1-1-8837", "registry")]
    [InlineData("JCM-JPN01-kz001-2025-1-1-8837", "project")]
    [InlineData("JCM-JPN01-XX001-2025-1-1-8837", "project")]
    [InlineData("JCM-JPN01-KZ001-20250101_20251231-1-1-8837", "vintage")]
    [InlineData("JCM-JPN01-KZ001-20251231_20260101-1-1-8837", "vintage end")]
    [InlineData("JCM-JPN01-KZ001-2025-0-1-8837", "batch")]
    public void Parse_Malformed_FormatExceptionNamesField(string text, string field)
    {
        var ex = Assert.Throws<FormatException>(() => CreditSerialNumber.Parse(text));
        Assert.Contains($"field '{field}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => CreditSerialNumber.Parse(null!));
        Assert.False(CreditSerialNumber.TryParse(null, out _));
        Assert.False(CreditSerialNumber.TryParse("nonsense", out _));
    }

    [Fact]
    public void Equality_SameTextEqual_DifferentBlockNot()
    {
        CreditSerialNumber a = CreditSerialNumber.Parse(VerraExample);
        CreditSerialNumber b = CreditSerialNumber.Parse(VerraExample);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.WithBlock(SerialBlock.FromRange(1, 99)));
    }
}
