using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using Xunit;
using static CarbonLedger.Tests.Article6.Article6Fixture;

namespace CarbonLedger.Tests.Article6;

public class Article6RegistryTest
{
    [Fact]
    public void Authorize_Quantity_MarksTailOfBlockAndRecordsOneAction()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));

        var recorded = f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.ByQuantity(60));

        Assert.Equal(["Authorization CA0001-THA01-TH001-2025-41-100"], recorded.Select(Describe));
        Assert.Equal(["1-40 NotAuthorized", "41-100 AuthorizedForNdc"], Holdings(f.Tha, f.ThaGov));
        Assert.Equal(60, f.Tha.GetAuthorizedQuantity(auth));
        ItmoAction a = recorded[0];
        Assert.Equal(Thailand, a.Party);
        Assert.Equal(Thailand, a.FirstTransferringParty);
        Assert.Null(a.TransferringParty);
        Assert.Equal(AuthorizedPurpose.Ndc, a.Purpose);
        Assert.Equal("JCM", a.UnitType);
        Assert.Equal(f.Tha.Ledger.Current.Events[(int)a.LedgerSequence].Hash, a.LedgerEventHash);
        Assert.Equal(new NodaTime.LocalDate(2026, 1, 5), a.Date);
    }

    [Fact]
    public void Authorize_BeyondAuthorizedQuantity_ThrowsAndChangesNothing()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001", quantity: 50));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.ByQuantity(30));
        int events = f.Tha.Ledger.Current.EventCount;

        var ex = Assert.Throws<AuthorizationRefusedException>(() => f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.ByQuantity(21)));

        Assert.Contains("covers 50 units and 30 are authorised already; 21 more would exceed it", ex.Message, StringComparison.Ordinal);
        Assert.Equal(events, f.Tha.Ledger.Current.EventCount);
        Assert.Single(f.Tha.Actions);
    }

    [Fact]
    public void Authorize_VintageOutsideTimeframeOrAlreadyAuthorized_Throws()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100, vintage: 2019);
        f.IssueTha(101, 200, vintage: 2025);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));

        var old = Assert.Throws<AuthorizationRefusedException>(() => f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 10))));
        Assert.Contains("vintage 2019, outside authorization THA-2025-001's vintages 2021-2030", old.Message, StringComparison.Ordinal);

        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(101, 110)));
        var twice = Assert.Throws<AuthorizationRefusedException>(() => f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(105, 120))));
        Assert.Contains("already authorised", twice.Message, StringComparison.Ordinal);

        // A quantity skips the 2019 units and the authorised ones: 90 eligible remain.
        var tooMany = Assert.Throws<AuthorizationRefusedException>(() => f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.ByQuantity(91)));
        Assert.Contains("holds 90 unauthorised units", tooMany.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Authorize_UnknownOrIssuanceDefined_ThrowsNamingAuthorization()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        Assert.Equal("authorization", Assert.Throws<ArgumentException>(() =>
            f.Tha.Authorize(f.NextId(), ThaAdmin, AuthorizationId.Create("nope"), f.ThaGov, CreditSelection.ByQuantity(1))).ParamName);
        AuthorizationId auth = f.Register(Auth("OIMP-1", AuthorizedPurpose.Oimp, FirstTransferDefinition.Issuance));
        var ex = Assert.Throws<ArgumentException>(() => f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.ByQuantity(1)));
        Assert.Contains("issue its units with IssueAuthorized", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Authorize_FirstTransferAtAuthorization_FlagsAndRecordsFirstTransferOnce()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("OIMP-1", AuthorizedPurpose.Imp, FirstTransferDefinition.Authorization));

        var recorded = f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 40)));

        Assert.Equal(["Authorization CA0001-THA01-TH001-2025-1-40", "First transfer (Authorization) CA0001-THA01-TH001-2025-1-40"], recorded.Select(Describe));
        Assert.Equal(["1-40 AuthorizedForOimp ft", "41-100 NotAuthorized"], Holdings(f.Tha, f.ThaGov));
        Assert.Equal(Thailand, recorded[1].TransferringParty);
        Assert.Equal(40, f.Tha.GetFirstTransferredQuantity(auth));

        // Cancelling later is not a second first transfer.
        var cancelled = f.Tha.Cancel(f.NextId(), GovThailand, f.ThaGov, f.ThaCancel, CreditSelection.ByQuantity(10), CancellationPurpose.Other);
        Assert.Equal(["Cancellation (Other cancellations) CA0001-THA01-TH001-2025-31-40"], cancelled.Select(Describe));
    }

    [Fact]
    public void IssueAuthorized_IssuanceDefinition_FlagsAtIssuance()
    {
        var f = new Article6Fixture();
        AuthorizationId auth = f.Register(Auth("OIMP-2", AuthorizedPurpose.NdcAndOimp, FirstTransferDefinition.Issuance));

        var recorded = f.Tha.IssueAuthorized(f.NextId(), ThaAdmin, auth, f.ThaGov, [Block(1, 50)]);

        Assert.Equal(["Authorization CA0001-THA01-TH001-2025-1-50", "First transfer (Issuance) CA0001-THA01-TH001-2025-1-50"], recorded.Select(Describe));
        Assert.Equal(["1-50 AuthorizedForNdcAndOimp ft"], Holdings(f.Tha, f.ThaGov));
        Assert.Equal(50, f.Tha.GetAuthorizedQuantity(auth));
        Assert.Throws<ArgumentException>(() => f.Tha.IssueAuthorized(f.NextId(), ThaAdmin, auth, f.ThaGov,
            [CreditBlock.Create(Block(60, 70).Block, Block(60, 70).Attributes.WithFirstTransferred(true))]));
    }

    [Fact]
    public void TransferInternationally_NdcUnits_FirstTransferRecordedExactlyOnce()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 100)));

        var sent = f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(30));

        Assert.Equal(["First transfer (First transfer to another Party) CA0001-THA01-TH001-2025-71-100"], sent.Select(Describe));
        Assert.Equal(Country.Japan, sent[0].AcquiringParty);
        Assert.Equal(Thailand, sent[0].TransferringParty);
        Assert.Equal(["1-70 AuthorizedForNdc"], Holdings(f.Tha, f.ThaGov));
        Assert.Equal(["71-100 AuthorizedForNdc ft"], Holdings(f.Jpn, f.JpnGov));
        Assert.Equal(["Acquisition CA0001-THA01-TH001-2025-71-100"], Journal(f.Jpn));
        Assert.Equal(Thailand, f.Jpn.Actions[0].TransferringParty);
        Assert.Contains(f.Jpn.Authorizations, a => a.Id == auth);

        // Back to Thailand and out again: transfers, never a second first transfer; the split parts keep the flag.
        f.Jpn.TransferInternationally(f.NextId(), GovJapan, f.JpnGov, f.Tha, f.ThaGov, CreditSelection.Exactly(Range(91, 100)));
        Assert.Equal(["1-70 AuthorizedForNdc", "91-100 AuthorizedForNdc ft"], Holdings(f.Tha, f.ThaGov));
        var again = f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.Exactly(Range(95, 100)));
        Assert.Equal(["Transfer CA0001-THA01-TH001-2025-95-100"], again.Select(Describe));
        Assert.Equal(30, f.Tha.GetFirstTransferredQuantity(auth));
        Assert.Equal(1, f.Tha.Actions.Count(a => a.Type == ItmoActionType.FirstTransfer));
    }

    [Fact]
    public void TransferInternationally_UnauthorizedUnits_ThrowsAndChangesNothing()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        f.Tha.Authorize(f.NextId(), ThaAdmin, f.Register(Auth("THA-2025-001")), f.ThaGov, CreditSelection.Exactly(Range(1, 20)));
        int events = f.Tha.Ledger.Current.EventCount;

        var ex = Assert.Throws<UnitsNotAuthorizedException>(() =>
            f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.Exactly(Range(15, 30))));
        Assert.Equal(Range(21, 30), ex.Range);
        var few = Assert.Throws<InsufficientItmosException>(() =>
            f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(21)));
        Assert.Equal(20, few.Available);

        Assert.Equal(events, f.Tha.Ledger.Current.EventCount);
        Assert.Empty(f.Jpn.Actions);
    }

    [Fact]
    public void Use_AcquiredNdcUnits_RecordsUseForYearOfUse()
    {
        var f = Acquired(out _);

        var used = f.Jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(12), UsePurpose.Ndc, 2030);

        Assert.Equal(["Use CA0001-THA01-TH001-2025-89-100"], used.Select(Describe));
        Assert.Equal(Country.Japan, used[0].UsingParty);
        Assert.Equal(2030, used[0].YearOfUse);
        Assert.Equal(UsePurpose.Ndc, used[0].UsePurpose);
        Assert.Equal(["89-100 AuthorizedForNdc ft"], Holdings(f.Jpn, f.JpnRetire));
        var retired = Assert.IsType<CarbonLedger.Registry.Events.CreditsRetired>(f.Jpn.Ledger.Current.Events[^1]);
        Assert.Equal("Article 6.2 use for NDC, year of use 2030", retired.Purpose);
    }

    [Fact]
    public void Use_MoreThanAcquired_Throws()
    {
        var f = Acquired(out _);
        var ex = Assert.Throws<InsufficientItmosException>(() =>
            f.Jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(31), UsePurpose.Ndc, 2030));
        Assert.Equal(31, ex.Requested);
        Assert.Equal(30, ex.Available);
        Assert.Contains("holds 30 acquired, NDC-authorised, unused ITMOs; 31 were requested", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Use_SameUnitTwice_Throws()
    {
        var f = Acquired(out _);
        f.Jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.Exactly(Range(71, 75)), UsePurpose.Ndc, 2030);

        var ex = Assert.Throws<ItmoAlreadyUsedException>(() =>
            f.Jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.Exactly(Range(75, 80)), UsePurpose.Ndc, 2031));
        Assert.Equal(Range(75, 80), ex.Range);
        Assert.Equal(1, f.Jpn.Actions.Count(a => a.Type == ItmoActionType.Use));
    }

    [Fact]
    public void Use_PurposeNotAuthorized_Throws()
    {
        var f = Acquired(out AuthorizationId auth);
        var ex = Assert.Throws<PurposeNotAuthorizedException>(() =>
            f.Jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.Exactly(Range(71, 75)), UsePurpose.Imp, 2030));
        Assert.Equal(auth, ex.Authorization);
        Assert.Equal(AuthorizedPurpose.Ndc, ex.Authorized);
        Assert.Equal(UsePurpose.Imp, ex.Requested);
    }

    [Fact]
    public void Use_OwnUnitsTowardNdc_ThrowsNotAcquired()
    {
        var f = Acquired(out _);
        var ex = Assert.Throws<InsufficientItmosException>(() =>
            f.Tha.Use(f.NextId(), GovThailand, f.ThaGov, f.ThaRetire, CreditSelection.Exactly(Range(1, 5)), UsePurpose.Ndc, 2030));
        Assert.Contains("were not acquired from another Party", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Use_OimpDefinedAtUse_RecordsFirstTransferThenUse()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("OIMP-3", AuthorizedPurpose.Oimp, FirstTransferDefinition.UseOrCancellation));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 100)));

        var used = f.Tha.Use(f.NextId(), GovThailand, f.ThaGov, f.ThaRetire, CreditSelection.ByQuantity(10), UsePurpose.Imp, 2027);

        Assert.Equal(["First transfer (Use or cancellation) CA0001-THA01-TH001-2025-91-100", "Use CA0001-THA01-TH001-2025-91-100"], used.Select(Describe));
        Assert.Equal(["91-100 AuthorizedForOimp ft"], Holdings(f.Tha, f.ThaRetire));
        Assert.Equal(10, f.Tha.GetFirstTransferredQuantity(auth));
    }

    [Theory]
    [InlineData(CancellationPurpose.MandatoryOmge, "Cancellation (Mandatory cancellation to deliver OMGE)")]
    [InlineData(CancellationPurpose.VoluntaryOmge, "Cancellation (Voluntary cancellation to deliver OMGE)")]
    [InlineData(CancellationPurpose.MandatoryAdaptationFund, "Cancellation (Mandatory transfer to the Adaptation Fund)")]
    [InlineData(CancellationPurpose.VoluntaryAdaptationFund, "Cancellation (Voluntary transfer to the Adaptation Fund)")]
    [InlineData(CancellationPurpose.Other, "Cancellation (Other cancellations)")]
    [InlineData(CancellationPurpose.Voluntary, "Voluntary Cancellation")]
    public void Cancel_Purpose_RecordsAefTypeAndSubtype(CancellationPurpose purpose, string expected)
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        f.Tha.Authorize(f.NextId(), ThaAdmin, f.Register(Auth("THA-2025-001")), f.ThaGov, CreditSelection.Exactly(Range(1, 100)));
        AccountId to = purpose switch
        {
            CancellationPurpose.MandatoryOmge or CancellationPurpose.VoluntaryOmge => f.ThaOmge,
            CancellationPurpose.MandatoryAdaptationFund or CancellationPurpose.VoluntaryAdaptationFund => f.ThaAf,
            _ => f.ThaCancel,
        };

        var recorded = f.Tha.Cancel(f.NextId(), GovThailand, f.ThaGov, to, CreditSelection.ByQuantity(2), purpose);

        Assert.Equal([expected + " CA0001-THA01-TH001-2025-99-100"], recorded.Select(Describe));
        Assert.Equal(["99-100 AuthorizedForNdc"], Holdings(f.Tha, to));
    }

    [Fact]
    public void Cancel_WrongAccountTypeOrUnauthorizedOrTwice_Throws()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        f.Tha.Authorize(f.NextId(), ThaAdmin, f.Register(Auth("THA-2025-001")), f.ThaGov, CreditSelection.Exactly(Range(1, 50)));
        Assert.Throws<AccountTypeException>(() => f.Tha.Cancel(f.NextId(), GovThailand, f.ThaGov, f.ThaCancel, CreditSelection.ByQuantity(1), CancellationPurpose.MandatoryOmge));
        Assert.Throws<UnitsNotAuthorizedException>(() => f.Tha.Cancel(f.NextId(), GovThailand, f.ThaGov, f.ThaCancel, CreditSelection.Exactly(Range(51, 60)), CancellationPurpose.Other));
        f.Tha.Cancel(f.NextId(), GovThailand, f.ThaGov, f.ThaAf, CreditSelection.Exactly(Range(1, 5)), CancellationPurpose.VoluntaryAdaptationFund);
        Assert.Throws<ItmoAlreadyUsedException>(() => f.Tha.Cancel(f.NextId(), GovThailand, f.ThaGov, f.ThaCancel, CreditSelection.Exactly(Range(5, 6)), CancellationPurpose.Other));
        Assert.Throws<UnauthorizedActorException>(() => f.Tha.Cancel(f.NextId(), GovJapan, f.ThaGov, f.ThaCancel, CreditSelection.ByQuantity(1), CancellationPurpose.Other));
    }

    [Fact]
    public void Operation_Repeated_ReturnsFirstActionsAndChangesNothing()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 100)));
        OperationId op = f.NextId();
        var first = f.Tha.TransferInternationally(op, GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(30));
        int events = f.Tha.Ledger.Current.EventCount;

        var second = f.Tha.TransferInternationally(op, GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(30));

        Assert.Same(first, second);
        Assert.Equal(events, f.Tha.Ledger.Current.EventCount);
        Assert.Single(f.Jpn.Actions);
    }

    [Fact]
    public void TransferInternationally_FailureAfterFirstTransferMark_RepeatCompletesAndRecordsOnce()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 100)));
        int checks = 0;
        f.Tha.Ledger.FaultInjector = step =>
        {
            if (step == CarbonLedger.Registry.State.LedgerStep.Checked && ++checks == 2)
            {
                throw new InvalidOperationException("injected fault in the outgoing transfer");
            }
        };
        OperationId op = f.NextId();

        Assert.Throws<InvalidOperationException>(() => f.Tha.TransferInternationally(op, GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(30)));
        Assert.Equal(["1-70 AuthorizedForNdc", "71-100 AuthorizedForNdc ft"], Holdings(f.Tha, f.ThaGov));
        Assert.Single(f.Tha.Actions);

        f.Tha.Ledger.FaultInjector = null;
        var sent = f.Tha.TransferInternationally(op, GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(30));

        Assert.Equal(["First transfer (First transfer to another Party) CA0001-THA01-TH001-2025-71-100"], sent.Select(Describe));
        Assert.Equal(["71-100 AuthorizedForNdc ft"], Holdings(f.Jpn, f.JpnGov));
        Assert.Single(f.Tha.Ledger.Current.Events.OfType<CarbonLedger.Registry.Events.CreditsMarked>(), e => e.Marking.FirstTransferred == true);
    }

    [Fact]
    public void Restore_StoredJournal_SameTablesAndSameRefusals()
    {
        var f = CarbonLedger.Tests.Article6.Reporting.AefTablesTest.Scenario();
        string journal = CarbonLedger.Serialization.CarbonLedgerJson.Serialize(f.Jpn.Actions);
        string authorizations = CarbonLedger.Serialization.CarbonLedgerJson.Serialize(f.Jpn.Authorizations);

        Article6Registry jpn = Article6Registry.Restore(f.Jpn.Ledger, f.Jpn.Zone, f.Jpn.Approaches,
            CarbonLedger.Serialization.CarbonLedgerJson.Deserialize<System.Collections.Generic.List<Authorization>>(authorizations),
            CarbonLedger.Serialization.CarbonLedgerJson.Deserialize<System.Collections.Generic.List<ItmoAction>>(journal));

        Assert.Equal(Journal(f.Jpn), Journal(jpn));
        Assert.Equal(CarbonLedger.Article6.Reporting.AefExport.ToCsv(CarbonLedger.Article6.Reporting.AefTables.Holdings(f.Jpn, 2026)),
            CarbonLedger.Article6.Reporting.AefExport.ToCsv(CarbonLedger.Article6.Reporting.AefTables.Holdings(jpn, 2026)));
        Assert.Throws<ItmoAlreadyUsedException>(() => jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.Exactly(Range(95, 96)), UsePurpose.Ndc, 2031));
        Assert.Throws<InsufficientItmosException>(() => jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(19), UsePurpose.Ndc, 2031));
        var sent = jpn.TransferInternationally(f.NextId(), GovJapan, f.JpnGov, f.Tha, f.ThaGov, CreditSelection.ByQuantity(3));
        Assert.Equal(ItmoActionType.Transfer, Assert.Single(sent).Type);

        var tampered = f.Jpn.Actions.Select((a, i) => i == 0 ? Entry(a, a.Itmo, a.LedgerSequence, EventHash.Zero) : a);
        Assert.Equal("journal", Assert.Throws<ArgumentException>(() =>
            Article6Registry.Restore(f.Jpn.Ledger, f.Jpn.Zone, f.Jpn.Approaches, f.Jpn.Authorizations, tampered)).ParamName);
        Assert.Equal("journal", Assert.Throws<ArgumentException>(() =>
            Article6Registry.Restore(f.Jpn.Ledger, f.Jpn.Zone, f.Jpn.Approaches, [], f.Jpn.Actions)).ParamName);
    }

    [Fact]
    public void Restore_AcquisitionEntryOnAnotherEvent_RefusedNamingTheJournal()
    {
        var f = CarbonLedger.Tests.Article6.Reporting.AefTablesTest.Scenario();
        var first = f.Jpn.Ledger.Current.Events[0];

        var refused = Assert.Throws<ArgumentException>(() => Article6Registry.Restore(f.Jpn.Ledger, f.Jpn.Zone, f.Jpn.Approaches,
            f.Jpn.Authorizations, WithFirstAcquisition(f.Jpn, a => Entry(a, a.Itmo, first.Sequence, first.Hash))));

        Assert.Equal("journal", refused.ParamName);
        Assert.Contains("did not acquire", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_AcquisitionEntryForUnitsTheEventDidNotCarry_RefusedNamingTheJournal()
    {
        var f = CarbonLedger.Tests.Article6.Reporting.AefTablesTest.Scenario();
        // The same event, but units past the ones it acquired (the range's end moved on by 1,000).
        Func<ItmoAction, ItmoAction> stretch = a => Entry(a,
            ItmoId.Create(a.Itmo.Approach, a.Itmo.OriginatingRegistry, a.Itmo.Project, a.Itmo.Vintage,
                SerialBlock.FromRange(a.Itmo.Serials.Start, a.Itmo.Serials.End + 1_000)),
            a.LedgerSequence, a.LedgerEventHash);

        var refused = Assert.Throws<ArgumentException>(() => Article6Registry.Restore(f.Jpn.Ledger, f.Jpn.Zone, f.Jpn.Approaches,
            f.Jpn.Authorizations, WithFirstAcquisition(f.Jpn, stretch)));

        Assert.Equal("journal", refused.ParamName);
        Assert.Contains("did not acquire", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_AcquiredUnits_SentOnExactlyAsLive()
    {
        var f = CarbonLedger.Tests.Article6.Reporting.AefTablesTest.Scenario();
        // The restored layer runs on its own copy of the ledger, so the live and restored registries can each send the
        // same acquired units on. Whether they were first transferred (restored from the acquisition event) decides
        // whether sending them on is a first transfer or a transfer.
        Article6Registry jpn = Article6Registry.Restore(f.Jpn.Ledger.Fork(), f.Jpn.Zone, f.Jpn.Approaches, f.Jpn.Authorizations, f.Jpn.Actions);
        OperationId onward = f.NextId();

        var sentLive = f.Jpn.TransferInternationally(onward, GovJapan, f.JpnGov, f.Tha, f.ThaGov, CreditSelection.ByQuantity(3));
        var sentRestored = jpn.TransferInternationally(onward, GovJapan, f.JpnGov, f.Tha, f.ThaGov, CreditSelection.ByQuantity(3));

        Assert.Equal(ItmoActionType.Transfer, Assert.Single(sentLive).Type);
        Assert.Equal(sentLive.Select(Describe), sentRestored.Select(Describe));
    }

    private static List<ItmoAction> WithFirstAcquisition(Article6Registry registry, Func<ItmoAction, ItmoAction> change)
    {
        List<ItmoAction> journal = registry.Actions.ToList();
        int index = journal.FindIndex(a => a.Type == ItmoActionType.Acquisition);
        Assert.True(index >= 0, "the scenario has an acquisition");
        journal[index] = change(journal[index]);
        return journal;
    }

    private static ItmoAction Entry(ItmoAction a, ItmoId itmo, long ledgerSequence, EventHash ledgerEventHash) =>
        new(a.Sequence, a.Party, a.Type, a.Subtype, a.Instant, a.Date, itmo, a.UnitType, a.Authorization, a.Purpose,
            a.FirstTransferringParty, a.TransferringParty, a.AcquiringParty, a.UsingParty, a.UsePurpose, a.YearOfUse, ledgerSequence, ledgerEventHash);

    [Fact]
    public void Create_UnknownPartyOrBadArguments_Throw()
    {
        var f = new Article6Fixture();
        var xx = Ledger.Create(RegistryId.Parse("XXX01"), ThaAdmin, f.ThaClock);
        Assert.Equal("ledger", Assert.Throws<ArgumentException>(() => Article6Registry.Create(xx, NodaTime.DateTimeZone.Utc)).ParamName);
        Assert.Equal("approach", Assert.Throws<ArgumentException>(() => f.Tha.RegisterApproach(
            CooperativeApproach.Create(CooperativeApproachId.FromNumber(2), "Other", [Country.Japan, Country.FromAlpha3("KAZ")]))).ParamName);
        Assert.Equal("authorization", Assert.Throws<ArgumentException>(() => f.Jpn.RegisterAuthorization(Auth("THA-1"))).ParamName);
        Assert.Equal("operation", Assert.Throws<ArgumentException>(() => f.Tha.Authorize(OperationId.Create(new string('a', 62)), ThaAdmin,
            AuthorizationId.Create("x"), f.ThaGov, CreditSelection.ByQuantity(1))).ParamName);
        Assert.Equal("yearOfUse", Assert.Throws<ArgumentOutOfRangeException>(() =>
            f.Jpn.Use(f.NextId(), GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(1), UsePurpose.Ndc, 1900)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() =>
            f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Tha, f.ThaGov, CreditSelection.ByQuantity(1))).ParamName);
    }

    /// <summary>Thailand authorised 1–100 for NDC and first transferred 71–100 to Japan.</summary>
    private static Article6Fixture Acquired(out AuthorizationId auth)
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        auth = f.Register(Auth("THA-2025-001"));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 100)));
        f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(30));
        return f;
    }
}
