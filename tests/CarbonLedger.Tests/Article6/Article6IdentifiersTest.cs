using System;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Tests.Contracts;
using CsCheck;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Article6;

public class Article6IdentifiersTest
{
    [Fact]
    public void CooperativeApproachId_ParseAndFormat_RoundTrip()
    {
        Assert.Equal("CA0001", CooperativeApproachId.FromNumber(1).ToString());
        Assert.Equal(42, CooperativeApproachId.Parse("CA0042").Number);
        Assert.Equal(string.Empty, default(CooperativeApproachId).ToString());
        foreach (string bad in new[] { "CA0000", "ca0001", "CA001", "CA00001", "CB0001", "CA00a1" })
        {
            Assert.False(CooperativeApproachId.TryParse(bad, out _), bad);
        }
        Assert.Throws<FormatException>(() => CooperativeApproachId.Parse("CA0000"));
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => CooperativeApproachId.FromNumber(10_000)).ParamName);
        ValueContract.AssertEquality(CooperativeApproachId.Parse("CA0001"), CooperativeApproachId.FromNumber(1), CooperativeApproachId.FromNumber(2));
        ValueContract.AssertOrdering(CooperativeApproachId.FromNumber(1), CooperativeApproachId.FromNumber(2), CooperativeApproachId.FromNumber(9999));
    }

    [Fact]
    public void AuthorizationId_Create_ValidatesToken()
    {
        Assert.Equal("THA-2025-001", AuthorizationId.Create("THA-2025-001").Value);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => AuthorizationId.Create("with space")).ParamName);
        Assert.False(AuthorizationId.TryParse(new string('a', 65), out _));
        ValueContract.AssertEquality(AuthorizationId.Create("A"), AuthorizationId.Create("A"), AuthorizationId.Create("a"));
        ValueContract.AssertOrdering(AuthorizationId.Create("A"), AuthorizationId.Create("B"), AuthorizationId.Create("a"));
    }

    [Fact]
    public void ItmoId_Format_DocumentedLayout()
    {
        ItmoId id = ItmoId.Create(CooperativeApproachId.FromNumber(1), RegistryId.Parse("THA01"), ProjectId.Parse("TH001"), 2025, SerialBlock.FromRange(101, 200));
        Assert.Equal("CA0001-THA01-TH001-2025-101-200", id.ToString());
        Assert.Equal(100, id.Count);
        Assert.Equal(id, ItmoId.Parse("CA0001-THA01-TH001-2025-101-200"));
        Assert.Equal(SerialRange.Create(RegistryId.Parse("THA01"), ProjectId.Parse("TH001"), SerialBlock.FromRange(101, 200)), id.Range);
        foreach (string bad in new[] { "CA0001-THA01-TH001-2025-200-101", "CA0001-THA01-TH001-2025-0101-200", "CA0001-tha01-TH001-2025-1-2",
            "CA0001-THA01-TH001-25-1-2", "CA0001-THA01-TH001-2025-1", "CA0001-THA01-th001-2025-1-2", "X-THA01-TH001-2025-1-2" })
        {
            Assert.False(ItmoId.TryParse(bad, out _), bad);
        }
        ValueContract.AssertEquality(id, ItmoId.Parse(id.ToString()), ItmoId.Parse("CA0002-THA01-TH001-2025-101-200"), ItmoId.Parse("CA0001-THA01-TH001-2026-101-200"));
    }

    [Fact]
    public void ItmoId_FormatParse_RoundTripsForRandomIds()
    {
        Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 99], Gen.Int[1, 999_999], Gen.Int[1990, 9999], Gen.Long[1, long.MaxValue / 2], Gen.Long[0, 1_000_000])
            .Sample((ca, reg, project, vintage, start, size) =>
            {
                ItmoId id = ItmoId.Create(CooperativeApproachId.FromNumber(ca), RegistryId.Create("KAZ", reg), ProjectId.Create("KZ", project), vintage,
                    SerialBlock.FromRange(start, start + size));
                Assert.Equal(id, ItmoId.Parse(id.ToString()));
            });
    }

    [Fact]
    public void Authorization_Create_ChecksFirstTransferAgainstPurpose()
    {
        var id = AuthorizationId.Create("A-1");
        var ca = CooperativeApproachId.FromNumber(1);
        var date = new LocalDate(2025, 3, 31);
        Assert.Equal("firstTransfer", Assert.Throws<ArgumentException>(() =>
            Authorization.Create(id, ca, Country.Japan, date, 10, 2021, 2030, AuthorizedPurpose.Ndc, FirstTransferDefinition.UseOrCancellation)).ParamName);
        Assert.Equal("firstTransfer", Assert.Throws<ArgumentException>(() =>
            Authorization.Create(id, ca, Country.Japan, date, 10, 2021, 2030, AuthorizedPurpose.NdcAndOp, FirstTransferDefinition.InternationalTransfer)).ParamName);
        Assert.Equal("lastVintage", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Authorization.Create(id, ca, Country.Japan, date, 10, 2030, 2021, AuthorizedPurpose.Ndc, FirstTransferDefinition.InternationalTransfer)).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Authorization.Create(id, ca, Country.Japan, date, 0, 2021, 2030, AuthorizedPurpose.Ndc, FirstTransferDefinition.InternationalTransfer)).ParamName);
        Authorization a = Authorization.Create(id, ca, Country.Japan, date, 10, 2021, 2030, AuthorizedPurpose.Ndc, FirstTransferDefinition.InternationalTransfer)
            .WithMitigationType(MitigationType.Removals).WithAuthorizedEntities([ActorId.Create("Mayekawa")]);
        Assert.Equal(MitigationType.Removals, a.MitigationType);
        Assert.Equal(ItmoMetric.Ghg, a.Metric);
        Assert.True(a.CoversVintage(2030));
        Assert.False(a.CoversVintage(2031));
        Assert.Equal(a, Authorization.Create(id, ca, Country.Japan, date, 10, 2021, 2030, AuthorizedPurpose.Ndc, FirstTransferDefinition.InternationalTransfer)
            .WithMitigationType(MitigationType.Removals).WithAuthorizedEntities([ActorId.Create("Mayekawa")]));
    }

    [Fact]
    public void CooperativeApproach_Create_NeedsTwoDistinctParties()
    {
        var ca = CooperativeApproachId.FromNumber(1);
        Assert.Equal("participants", Assert.Throws<ArgumentException>(() => CooperativeApproach.Create(ca, "JCM", [Country.Japan])).ParamName);
        Assert.Equal("participants", Assert.Throws<ArgumentException>(() => CooperativeApproach.Create(ca, "JCM", [Country.Japan, Country.Japan])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => CooperativeApproach.Create(ca, " JCM", [Country.Japan, Country.FromAlpha3("THA")])).ParamName);
        Assert.Equal("CA0001 JCM (JPN, THA)", CooperativeApproach.Create(ca, "JCM", [Country.Japan, Country.FromAlpha3("THA")]).ToString());
    }

    [Theory]
    [InlineData(AuthorizedPurpose.Ndc, "NDC", true, false, false, false)]
    [InlineData(AuthorizedPurpose.Oimp, "OIMP", false, true, true, true)]
    [InlineData(AuthorizedPurpose.Imp, "IMP", false, false, true, false)]
    [InlineData(AuthorizedPurpose.Op, "OP", false, false, false, true)]
    [InlineData(AuthorizedPurpose.NdcAndOimp, "NDC and OIMP", true, true, true, true)]
    [InlineData(AuthorizedPurpose.NdcAndImp, "NDC and IMP", true, false, true, false)]
    [InlineData(AuthorizedPurpose.NdcAndOp, "NDC and OP", true, false, false, true)]
    public void AuthorizedPurpose_PermitsAndAefText(AuthorizedPurpose purpose, string text, bool ndc, bool oimp, bool imp, bool op)
    {
        Assert.Equal(text, purpose.ToAefText());
        Assert.Equal(purpose, AefVocabulary.ParseAuthorizedPurpose(text));
        Assert.Equal(ndc, purpose.Permits(UsePurpose.Ndc));
        Assert.Equal(oimp, purpose.Permits(UsePurpose.Oimp));
        Assert.Equal(imp, purpose.Permits(UsePurpose.Imp));
        Assert.Equal(op, purpose.Permits(UsePurpose.Op));
        Assert.Equal(ndc, purpose.IncludesNdc());
    }

    [Fact]
    public void AefVocabulary_Texts_MatchNomenclature()
    {
        Assert.Equal(["Authorization", "First transfer", "Transfer", "Acquisition", "Use", "Cancellation", "Voluntary Cancellation"],
            Enum.GetValues<ItmoActionType>().Select(t => t.ToAefText()));
        Assert.Equal(ItmoActionType.VoluntaryCancellation, AefVocabulary.ParseActionType("Voluntary Cancellation"));
        Assert.Equal("Use or cancellation", FirstTransferDefinition.UseOrCancellation.ToAefText());
        Assert.Equal("First transfer to another Party", FirstTransferDefinition.InternationalTransfer.ToAefText());
        Assert.Equal("non-GHG", ItmoMetric.NonGhg.ToAefText());
        Assert.Equal("Emission reductions and removals", MitigationType.EmissionReductionsAndRemovals.ToAefText());
        Assert.Throws<FormatException>(() => AefVocabulary.ParseAuthorizedPurpose("ndc"));
        Assert.Equal(AuthorizationStatus.AuthorizedForOimp, AuthorizedPurpose.Op.ToAuthorizationStatus());
        Assert.Equal(AuthorizationStatus.AuthorizedForNdcAndOimp, AuthorizedPurpose.NdcAndImp.ToAuthorizationStatus());
    }
}
