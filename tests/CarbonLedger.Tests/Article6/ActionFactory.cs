using CarbonLedger.Article6;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;

namespace CarbonLedger.Tests.Article6;

/// <summary>Builds journal entries directly, for calculations that take actions as input.</summary>
internal static class ActionFactory
{
    private static readonly RegistryId Tha01 = RegistryId.Parse("THA01");
    private static readonly ProjectId Th001 = ProjectId.Parse("TH001");
    private static long serial = 1;

    internal static ItmoAction FirstTransfer(Country party, int vintage, long count, long sequence = 0) =>
        Make(party, ItmoActionType.FirstTransfer, ItmoActionSubtype.FirstTransferToAnotherParty, vintage, count, party, null, null, null, sequence);

    internal static ItmoAction Use(Country party, int vintage, long count, int yearOfUse, UsePurpose purpose = UsePurpose.Ndc, long sequence = 0) =>
        Make(party, ItmoActionType.Use, ItmoActionSubtype.None, vintage, count, null, party, purpose, yearOfUse, sequence);

    internal static ItmoAction Make(Country party, ItmoActionType type, ItmoActionSubtype subtype, int vintage, long count, Country? transferring,
        Country? usingParty, UsePurpose? use, int? yearOfUse, long sequence)
    {
        long start;
        lock (Tha01.ToString())
        {
            start = serial;
            serial += count;
        }
        var id = ItmoId.Create(CooperativeApproachId.FromNumber(1), Tha01, Th001, vintage, SerialBlock.FromStartAndCount(start, count));
        Instant at = Instant.FromUtc(vintage + 1, 6, 1, 0, 0);
        return new ItmoAction(sequence, party, type, subtype, at, at.InUtc().Date, id, "JCM", AuthorizationId.Create("THA-1"), AuthorizedPurpose.Ndc,
            Country.FromAlpha3("THA"), transferring, null, usingParty, use, yearOfUse, sequence, EventHash.Zero);
    }
}
