using CarbonLedger.Article6;
using CarbonLedger.Registry;
using Xunit;
using static CarbonLedger.Tests.Article6.Article6Fixture;

namespace CarbonLedger.Tests.Article6;

/// <summary>Authorising and issuing authorised units are done by an actor the registry lets act: its administrator.</summary>
public class Article6AuthorizingActorTest
{
    [Fact]
    public void Authorize_ByHolderNotAdministrator_IsRefusedAndMarksNothing()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));
        int events = f.Tha.Ledger.Current.EventCount;

        Assert.Throws<UnauthorizedActorException>(() => f.Tha.Authorize(f.NextId(), GovThailand, auth, f.ThaGov, CreditSelection.ByQuantity(10)));

        Assert.Equal(events, f.Tha.Ledger.Current.EventCount);
        Assert.Empty(f.Tha.Actions);
        Assert.Equal(0, f.Tha.GetAuthorizedQuantity(auth));
    }

    [Fact]
    public void Authorize_ByAdministrator_RecordsTheActorOnTheLedgerEvent()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));

        var actions = f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.ByQuantity(10));

        Assert.Equal(ThaAdmin, f.Tha.Ledger.Current.Events[(int)actions[0].LedgerSequence].Actor);
    }

    [Fact]
    public void IssueAuthorized_ByOtherActor_IsRefusedAndIssuesNothing()
    {
        var f = new Article6Fixture();
        AuthorizationId auth = f.Register(Auth("OIMP-2", AuthorizedPurpose.NdcAndOimp, FirstTransferDefinition.Issuance));
        int events = f.Tha.Ledger.Current.EventCount;

        Assert.Throws<UnauthorizedActorException>(() => f.Tha.IssueAuthorized(f.NextId(), GovThailand, auth, f.ThaGov, [Block(1, 50)]));

        Assert.Equal(events, f.Tha.Ledger.Current.EventCount);
        Assert.Empty(f.Tha.Actions);
    }
}
