using System;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Tests.Contracts;
using Xunit;

namespace CarbonLedger.Tests.Registry;

public class IdentifierTest
{
    [Fact]
    public void RegistryId_ParseAndFormat_RoundTripsUpperCase()
    {
        RegistryId id = RegistryId.Parse("kaz01");
        Assert.Equal("KAZ01", id.ToString());
        Assert.Equal("KAZ", id.PartyAlpha3);
        Assert.Equal(1, id.Number);
        Assert.Equal(RegistryId.Create("JPN", 1), RegistryId.Parse("JPN01"));
        Assert.Equal(string.Empty, default(RegistryId).ToString());
    }

    [Fact]
    public void RegistryId_Contract_EqualityAndOrdering()
    {
        ValueContract.AssertEquality(RegistryId.Parse("JPN01"), RegistryId.Create("jpn", 1), RegistryId.Parse("JPN02"), RegistryId.Parse("KAZ01"));
        ValueContract.AssertOrdering(RegistryId.Parse("AAA00"), RegistryId.Parse("JPN01"), RegistryId.Parse("JPN02"), RegistryId.Parse("KAZ01"), RegistryId.Parse("ZZZ99"));
    }

    [Theory]
    [InlineData("JP01")]
    [InlineData("JPN1")]
    [InlineData("JPN001")]
    [InlineData("J1N01")]
    [InlineData("JPNAB")]
    [InlineData("")]
    public void RegistryId_Malformed_FormatException(string text)
    {
        var ex = Assert.Throws<FormatException>(() => RegistryId.Parse(text));
        Assert.Contains("alpha-3 code followed by two digits", ex.Message, StringComparison.Ordinal);
        Assert.False(RegistryId.TryParse(text, out _));
    }

    [Fact]
    public void RegistryId_CreateBadArguments_NamesParameter()
    {
        Assert.Equal("partyAlpha3", Assert.Throws<ArgumentException>(() => RegistryId.Create("JP", 1)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => RegistryId.Create("JPN", 100)).ParamName);
    }

    [Fact]
    public void RegistryId_CreateFromCountry_PadsNumberAndEqualsParsed()
    {
        RegistryId id = RegistryId.Create(Country.FromAlpha3("KAZ"), 3);
        Assert.Equal("KAZ03", id.ToString());
        Assert.Equal(3, id.Number);
        Assert.Equal(RegistryId.Parse("KAZ03"), id);
        Assert.Equal("JPN00", RegistryId.Create(Country.Japan, 0).ToString());
        Assert.Equal("JPN99", RegistryId.Create(Country.Japan, 99).ToString());
    }

    [Fact]
    public void RegistryId_CreateFromCountryBadArguments_NamesParameter()
    {
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => RegistryId.Create((Country)null!, 1)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => RegistryId.Create(Country.Japan, 100)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => RegistryId.Create(Country.Japan, -1)).ParamName);
    }

    [Theory]
    [InlineData("JPN01", "JPN")]
    [InlineData("kaz07", "KAZ")]
    [InlineData("IDN00", "IDN")]
    [InlineData("ZWE99", "ZWE")]
    [InlineData("ABW01", "ABW")]
    public void RegistryId_Party_KnownCode_IsThatCountry(string text, string alpha3)
    {
        Assert.Same(Country.FromAlpha3(alpha3), RegistryId.Parse(text).Party);
    }

    [Theory]
    [InlineData("XXX01")]
    [InlineData("AAA00")]
    [InlineData("ZZZ99")]
    public void RegistryId_Party_UnknownCode_IsNull(string text)
    {
        RegistryId id = RegistryId.Parse(text);
        Assert.Null(id.Party);
        Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void RegistryId_Party_Default_IsNull() => Assert.Null(default(RegistryId).Party);

    [Fact]
    public void RegistryId_Party_EveryCountry_RoundTripsThroughCreate()
    {
        foreach (Country country in Country.All)
        {
            Assert.Same(country, RegistryId.Create(country, 1).Party);
        }
    }

    [Fact]
    public void AccountId_ParseAndFormat_RoundTrips()
    {
        AccountId id = AccountId.Parse("JPN01-1001");
        Assert.Equal(RegistryId.Parse("JPN01"), id.Registry);
        Assert.Equal(1001L, id.Number);
        Assert.Equal("JPN01-1001", id.ToString());
        Assert.Equal("JPN01-4398046511103", AccountId.Create(RegistryId.Parse("JPN01"), AccountId.MaxNumber).ToString());
    }

    [Fact]
    public void AccountId_Contract_OrdersByRegistryThenNumber()
    {
        ValueContract.AssertEquality(AccountId.Parse("JPN01-7"), AccountId.Parse("JPN01-0007"), AccountId.Parse("JPN01-8"), AccountId.Parse("KAZ01-7"));
        ValueContract.AssertOrdering(AccountId.Parse("JPN01-2"), AccountId.Parse("JPN01-10"), AccountId.Parse("JPN02-1"), AccountId.Parse("KAZ01-1"));
    }

    [Theory]
    [InlineData("JPN01")]
    [InlineData("JPN01-")]
    [InlineData("JPN01-0")]
    [InlineData("JPN01--1")]
    [InlineData("JPN01-4398046511104")]
    [InlineData("JPN01_1")]
    public void AccountId_Malformed_FormatException(string text) => Assert.Throws<FormatException>(() => AccountId.Parse(text));

    [Fact]
    public void AccountId_CreateBadArguments_NamesParameter()
    {
        Assert.Equal("registry", Assert.Throws<ArgumentException>(() => AccountId.Create(default, 1)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => AccountId.Create(RegistryId.Parse("JPN01"), 0)).ParamName);
    }

    [Fact]
    public void OperationId_ClientAndAcquisitionForms()
    {
        var client = OperationId.Create("JC-2026.0042:a_b");
        Assert.False(client.IsAcquisition);
        OperationId derived = OperationId.ForAcquisition(RegistryId.Parse("KAZ01"), client);
        Assert.Equal("KAZ01/JC-2026.0042:a_b", derived.Value);
        Assert.True(derived.IsAcquisition);
        Assert.Equal(derived, OperationId.Parse("kaz01/JC-2026.0042:a_b"));
        Assert.Equal("sourceOperation", Assert.Throws<ArgumentException>(() => OperationId.ForAcquisition(RegistryId.Parse("JPN01"), derived)).ParamName);
        ValueContract.AssertEquality(client, OperationId.Parse("JC-2026.0042:a_b"), derived, OperationId.Create("jc-2026.0042:a_b"));
        ValueContract.AssertOrdering(OperationId.Create("A"), OperationId.Create("B"), OperationId.Create("a"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("ü")]
    public void OperationId_Malformed_Refused(string text)
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => OperationId.Create(text)).ParamName);
        Assert.Throws<FormatException>(() => OperationId.Parse(text));
    }

    [Fact]
    public void OperationId_TooLong_Refused() =>
        Assert.Throws<ArgumentException>(() => OperationId.Create(new string('x', OperationId.MaxLength + 1)));

    [Fact]
    public void ActorId_TextRules()
    {
        Assert.Equal("Government of Japan", ActorId.Create("Government of Japan").Value);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => ActorId.Create(" padded")).ParamName);
        Assert.Throws<ArgumentException>(() => ActorId.Create("line\nbreak"));
        Assert.Throws<ArgumentException>(() => ActorId.Create("lone \ud800 half"));
        Assert.Equal("前川製作所 🌱", ActorId.Create("前川製作所 🌱").Value);
        Assert.Throws<ArgumentException>(() => ActorId.Create(string.Empty));
        Assert.Throws<ArgumentException>(() => ActorId.Create(new string('x', ActorId.MaxLength + 1)));
        ValueContract.AssertEquality(ActorId.Create("Mayekawa"), ActorId.Create("Mayekawa"), ActorId.Create("mayekawa"));
    }

    [Fact]
    public void EventHash_HexRoundTripAndBytes()
    {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }
        EventHash hash = EventHash.FromBytes(bytes);
        Assert.Equal("00070e151c232a31383f464d545b626970777e858c939aa1a8afb6bdc4cbd2d9", hash.ToString());
        Assert.Equal(hash, EventHash.Parse("00070E151C232A31383F464D545B626970777E858C939AA1A8AFB6BDC4CBD2D9"));
        Assert.Equal(bytes, hash.ToArray());
        ValueContract.AssertEquality(hash, EventHash.FromBytes(bytes), EventHash.Zero);
        Assert.Throws<FormatException>(() => EventHash.Parse("00"));
        Assert.Equal("bytes", Assert.Throws<ArgumentException>(() => EventHash.FromBytes(new byte[31])).ParamName);
    }

    [Fact]
    public void CreditAttributes_EqualityAndWithMethods()
    {
        var a = CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 2024);
        Assert.Equal("JCM", a.UnitType);
        Assert.Same(a, a.WithAuthorization(AuthorizationStatus.NotAuthorized));
        CreditAttributes authorised = a.WithAuthorization(AuthorizationStatus.AuthorizedForNdc).WithFirstTransferred(true);
        Assert.Equal("JPN01 KZ001 2024 JCM AuthorizedForNdc first-transferred", authorised.ToString());
        ValueContract.AssertEquality(a, CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 2024, "JCM", AuthorizationStatus.NotAuthorized, false),
            authorised, a.WithFirstTransferred(true), CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 2025),
            CreditAttributes.Create(RegistryId.Parse("KAZ01"), ProjectId.Parse("KZ001"), 2024), CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 2024, "VCU", AuthorizationStatus.NotAuthorized, false));
    }

    [Fact]
    public void CreditAttributes_BadArguments_NamesParameter()
    {
        Assert.Equal("vintage", Assert.Throws<ArgumentOutOfRangeException>(() => CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 1989)).ParamName);
        Assert.Equal("issuer", Assert.Throws<ArgumentException>(() => CreditAttributes.Create(default, ProjectId.Parse("KZ001"), 2024)).ParamName);
        Assert.Equal("project", Assert.Throws<ArgumentException>(() => CreditAttributes.Create(RegistryId.Parse("JPN01"), default, 2024)).ParamName);
        Assert.Equal("unitType", Assert.Throws<ArgumentException>(() => CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 2024, "J C M", AuthorizationStatus.NotAuthorized, false)).ParamName);
        Assert.Equal("authorization", Assert.Throws<ArgumentOutOfRangeException>(() => CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 2024, "JCM", (AuthorizationStatus)9, false)).ParamName);
    }

    [Fact]
    public void CreditSelection_ExactRanges_NormalisedSortedAndJoined()
    {
        RegistryId jpn = RegistryId.Parse("JPN01");
        ProjectId kz = ProjectId.Parse("KZ001");
        CreditSelection s = CreditSelection.Exactly(
            SerialRange.Create(jpn, kz, SerialBlock.FromRange(11, 20)),
            SerialRange.Create(jpn, kz, SerialBlock.FromRange(1, 10)),
            SerialRange.Create(jpn, kz, SerialBlock.FromRange(31, 40)));
        Assert.Equal("exactly JPN01:KZ001:1-20, JPN01:KZ001:31-40", s.ToString());
        Assert.Equal(30L, s.Quantity);
        Assert.Equal(s, CreditSelection.Exactly(SerialRange.Create(jpn, kz, SerialBlock.FromRange(31, 40)), SerialRange.Create(jpn, kz, SerialBlock.FromRange(1, 20))));
        Assert.Equal("ranges", Assert.Throws<ArgumentException>(() => CreditSelection.Exactly(
            SerialRange.Create(jpn, kz, SerialBlock.FromRange(1, 10)), SerialRange.Create(jpn, kz, SerialBlock.FromRange(10, 12)))).ParamName);
        Assert.Throws<InvalidOperationException>(() => s.ForVintage(2024));
        Assert.Equal("ranges", Assert.Throws<ArgumentException>(() => CreditSelection.Exactly()).ParamName);
    }

    [Fact]
    public void CreditSelection_Quantity_FiltersAndEquality()
    {
        CreditSelection s = CreditSelection.ByQuantity(50).InOrder(SelectionOrder.NewestVintageFirst).ForVintage(2024).ForProject(ProjectId.Parse("KZ001"))
            .ForUnitType("JCM").ForAuthorization(AuthorizationStatus.AuthorizedForNdc);
        Assert.Equal("50 credits, NewestVintageFirst, project KZ001, vintage 2024, unit type JCM, AuthorizedForNdc", s.ToString());
        ValueContract.AssertEquality(CreditSelection.ByQuantity(5), CreditSelection.ByQuantity(5), CreditSelection.ByQuantity(6), CreditSelection.ByQuantity(5).ForVintage(2024));
        Assert.Equal("quantity", Assert.Throws<ArgumentOutOfRangeException>(() => CreditSelection.ByQuantity(0)).ParamName);
    }

    [Fact]
    public void CreditBlock_AndSerialRange_EqualityAndText()
    {
        var attributes = CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 2024);
        var block = CreditBlock.Create(SerialBlock.FromRange(101, 200), attributes);
        Assert.Equal(100L, block.Count);
        Assert.Equal("101-200 (JPN01 KZ001 2024 JCM NotAuthorized)", block.ToString());
        Assert.Equal("JPN01:KZ001:101-200", block.Range.ToString());
        ValueContract.AssertEquality(block, CreditBlock.Create(SerialBlock.FromRange(101, 200), CreditAttributes.Create(RegistryId.Parse("JPN01"), ProjectId.Parse("KZ001"), 2024)),
            CreditBlock.Create(SerialBlock.FromRange(101, 201), attributes), CreditBlock.Create(SerialBlock.FromRange(101, 200), attributes.WithFirstTransferred(true)));
        Assert.Equal("block", Assert.Throws<ArgumentException>(() => CreditBlock.Create(default, attributes)).ParamName);
        Assert.Throws<InvalidOperationException>(() => default(CreditBlock).Attributes);
    }

    [Fact]
    public void Account_AndMarking_Descriptions()
    {
        var account = Account.Create(AccountId.Parse("JPN01-3"), ActorId.Create("Admin"), AccountType.OmgeCancellation);
        Assert.True(account.IsTerminal);
        Assert.Equal("JPN01-3 (OmgeCancellation, held by Admin)", account.ToString());
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => Account.Create(AccountId.Parse("JPN01-3"), ActorId.Create("Admin"), (AccountType)0)).ParamName);
        Assert.False(AccountType.Buffer.IsTerminal());
        Assert.True(AccountType.Retirement.IsTerminal());
        Assert.Equal("authorization AuthorizedForOimp, first-transferred unchanged", CreditMarking.Authorize(AuthorizationStatus.AuthorizedForOimp).ToString());
        ValueContract.AssertEquality(CreditMarking.SetFirstTransferred(true), CreditMarking.SetFirstTransferred(true), CreditMarking.SetFirstTransferred(false));
    }
}
