using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Testing;

namespace CarbonLedger.Tests.Article6;

/// <summary>
/// Thailand's and Japan's registries under one JCM cooperative approach (CA0001), each with a government holding,
/// cancellation, OMGE cancellation, retirement and Adaptation Fund account; clocks tick one minute per read.
/// </summary>
internal sealed class Article6Fixture
{
    internal static readonly CooperativeApproachId Ca0001 = CooperativeApproachId.Parse("CA0001");
    internal static readonly Country Thailand = Country.FromAlpha3("THA");
    internal static readonly ProjectId Th001 = ProjectId.Parse("TH001");
    internal static readonly ActorId ThaAdmin = ActorId.Create("THA01 administrator");
    internal static readonly ActorId JpnAdmin = ActorId.Create("JPN01 administrator");
    internal static readonly ActorId GovThailand = ActorId.Create("Government of Thailand");
    internal static readonly ActorId GovJapan = ActorId.Create("Government of Japan");
    internal static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 0, 0);

    private int next;

    internal Article6Fixture()
    {
        ThaClock = new FakeClock(Start, Duration.FromMinutes(1));
        JpnClock = new FakeClock(Start, Duration.FromMinutes(1));
        Approach = CooperativeApproach.Create(Ca0001, "Joint Crediting Mechanism (Japan-Thailand)", [Country.Japan, Thailand]);
        Tha = Article6Registry.Create(Ledger.Create(RegistryId.Parse("THA01"), ThaAdmin, ThaClock), DateTimeZoneProviders.Tzdb["Asia/Bangkok"]);
        Jpn = Article6Registry.Create(Ledger.Create(RegistryId.Parse("JPN01"), JpnAdmin, JpnClock), DateTimeZoneProviders.Tzdb["Asia/Tokyo"]);
        Tha.RegisterApproach(Approach);
        Jpn.RegisterApproach(Approach);
        ThaGov = Open(Tha, 1, GovThailand, AccountType.GovernmentHolding);
        ThaCancel = Open(Tha, 3, ThaAdmin, AccountType.Cancellation);
        ThaOmge = Open(Tha, 4, ThaAdmin, AccountType.OmgeCancellation);
        ThaRetire = Open(Tha, 5, ThaAdmin, AccountType.Retirement);
        ThaAf = Open(Tha, 6, ThaAdmin, AccountType.AdaptationFund);
        JpnGov = Open(Jpn, 1, GovJapan, AccountType.GovernmentHolding);
        JpnCancel = Open(Jpn, 3, JpnAdmin, AccountType.Cancellation);
        JpnRetire = Open(Jpn, 5, JpnAdmin, AccountType.Retirement);
    }

    internal FakeClock ThaClock { get; }

    internal FakeClock JpnClock { get; }

    internal CooperativeApproach Approach { get; }

    internal Article6Registry Tha { get; }

    internal Article6Registry Jpn { get; }

    internal AccountId ThaGov { get; }

    internal AccountId ThaCancel { get; }

    internal AccountId ThaOmge { get; }

    internal AccountId ThaRetire { get; }

    internal AccountId ThaAf { get; }

    internal AccountId JpnGov { get; }

    internal AccountId JpnCancel { get; }

    internal AccountId JpnRetire { get; }

    internal OperationId NextId() => OperationId.Create("op-" + next++);

    internal static Authorization Auth(string id, AuthorizedPurpose purpose = AuthorizedPurpose.Ndc,
        FirstTransferDefinition firstTransfer = FirstTransferDefinition.InternationalTransfer, long quantity = 1_000, int firstVintage = 2021, int lastVintage = 2030) =>
        Authorization.Create(AuthorizationId.Create(id), Ca0001, Thailand, new LocalDate(2025, 10, 1), quantity, firstVintage, lastVintage, purpose, firstTransfer);

    /// <summary>Registers an authorisation with Thailand and returns its id.</summary>
    internal AuthorizationId Register(Authorization authorization)
    {
        Tha.RegisterAuthorization(authorization);
        return authorization.Id;
    }

    /// <summary>Issues <paramref name="start"/>–<paramref name="end"/> of TH001 in Thailand's registry, unauthorised.</summary>
    internal void IssueTha(long start, long end, int vintage = 2025) =>
        Tha.Ledger.Issue(NextId(), ThaAdmin, ThaGov, [Block(start, end, vintage)]);

    internal static CreditBlock Block(long start, long end, int vintage = 2025) =>
        CreditBlock.Create(SerialBlock.FromRange(start, end), CreditAttributes.Create(RegistryId.Parse("THA01"), Th001, vintage));

    internal static SerialRange Range(long start, long end) => SerialRange.Create(RegistryId.Parse("THA01"), Th001, SerialBlock.FromRange(start, end));

    /// <summary>Holdings as text, for example <c>1-40 NotAuthorized</c> or <c>41-100 AuthorizedForNdc ft</c>.</summary>
    internal static List<string> Holdings(Article6Registry registry, AccountId account) =>
        registry.Ledger.Current.GetHoldings(account)
            .Select(b => $"{b.Block} {b.Attributes.Authorization}{(b.Attributes.FirstTransferred ? " ft" : string.Empty)}")
            .ToList();

    /// <summary>The journal as text, for example <c>Authorization CA0001-THA01-TH001-2025-41-100</c>.</summary>
    internal static List<string> Journal(Article6Registry registry) =>
        registry.Actions.Select(Describe).ToList();

    internal static string Describe(ItmoAction a) =>
        $"{a.Type.ToAefText()}{(a.Subtype == ItmoActionSubtype.None ? string.Empty : " (" + a.Subtype.ToAefText() + ")")} {a.Itmo}";

    private AccountId Open(Article6Registry registry, long number, ActorId holder, AccountType type)
    {
        var id = AccountId.Create(registry.Ledger.Registry, number);
        registry.Ledger.OpenAccount(NextId(), registry.Ledger.Administrator, Account.Create(id, holder, type));
        return id;
    }
}
