using CarbonLedger.Article6;
using CarbonLedger.Registry;
using Xunit;
using static CarbonLedger.Tests.Article6.Article6Fixture;

namespace CarbonLedger.Tests.Article6;

/// <summary>
/// An Article 6 operation id names one request: repeating it returns the first actions, and reusing it for another
/// quantity, year, purpose, actor or operation is refused like the ledger's own repeats, with nothing changed.
/// </summary>
public class Article6IdempotencyTest
{
    /// <summary>Thailand authorises 1–100 and sends them to Japan; Japan holds 100 acquired, NDC-authorised ITMOs.</summary>
    private static Article6Fixture WithAcquiredItmos()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 100)));
        f.Tha.TransferInternationally(f.NextId(), GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(100));
        return f;
    }

    [Fact]
    public void Use_SameIdOtherQuantityAndYear_IsRefusedAndUsesNothing()
    {
        Article6Fixture f = WithAcquiredItmos();
        var op = OperationId.Create("use-1");
        f.Jpn.Use(op, GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026);
        int actions = f.Jpn.Actions.Count;
        int events = f.Jpn.Ledger.Current.EventCount;

        var e = Assert.Throws<OperationIdReusedException>(() =>
            f.Jpn.Use(op, GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(40), UsePurpose.Ndc, 2027));

        Assert.Equal(op, e.Operation);
        Assert.Equal(actions, f.Jpn.Actions.Count);
        Assert.Equal(events, f.Jpn.Ledger.Current.EventCount);
        Assert.Equal(40, f.Jpn.Ledger.Current.GetBalance(f.JpnGov));
    }

    [Fact]
    public void Use_SameIdOtherActor_IsRefused()
    {
        Article6Fixture f = WithAcquiredItmos();
        var op = OperationId.Create("use-1");
        f.Jpn.Use(op, GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026);

        Assert.Throws<OperationIdReusedException>(() =>
            f.Jpn.Use(op, JpnAdmin, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026));
    }

    [Fact]
    public void Use_SameRequestRepeated_ReturnsTheFirstActions()
    {
        Article6Fixture f = WithAcquiredItmos();
        var op = OperationId.Create("use-1");
        var first = f.Jpn.Use(op, GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026);

        var second = f.Jpn.Use(op, GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026);

        Assert.Same(first, second);
        Assert.Equal(40, f.Jpn.Ledger.Current.GetBalance(f.JpnGov));
    }

    [Fact]
    public void Cancel_IdOfAUse_IsRefused()
    {
        Article6Fixture f = WithAcquiredItmos();
        var op = OperationId.Create("use-1");
        f.Jpn.Use(op, GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026);

        Assert.Throws<OperationIdReusedException>(() =>
            f.Jpn.Cancel(op, GovJapan, f.JpnGov, f.JpnCancel, CreditSelection.ByQuantity(10), CancellationPurpose.Voluntary));
        Assert.Equal(40, f.Jpn.Ledger.Current.GetBalance(f.JpnGov));
    }

    [Fact]
    public void TransferInternationally_SameIdOtherQuantity_IsRefusedAndSendsNothing()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));
        f.Tha.Authorize(f.NextId(), ThaAdmin, auth, f.ThaGov, CreditSelection.Exactly(Range(1, 100)));
        var op = OperationId.Create("send-1");
        f.Tha.TransferInternationally(op, GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(30));

        Assert.Throws<OperationIdReusedException>(() =>
            f.Tha.TransferInternationally(op, GovThailand, f.ThaGov, f.Jpn, f.JpnGov, CreditSelection.ByQuantity(50)));

        Assert.Equal(70, f.Tha.Ledger.Current.GetBalance(f.ThaGov));
        Assert.Equal(30, f.Jpn.Ledger.Current.GetBalance(f.JpnGov));
    }

    [Fact]
    public void Authorize_SameIdOtherQuantity_IsRefused()
    {
        var f = new Article6Fixture();
        f.IssueTha(1, 100);
        AuthorizationId auth = f.Register(Auth("THA-2025-001"));
        var op = OperationId.Create("auth-1");
        f.Tha.Authorize(op, ThaAdmin, auth, f.ThaGov, CreditSelection.ByQuantity(30));

        Assert.Throws<OperationIdReusedException>(() => f.Tha.Authorize(op, ThaAdmin, auth, f.ThaGov, CreditSelection.ByQuantity(50)));
        Assert.Equal(30, f.Tha.GetAuthorizedQuantity(auth));
    }

    [Fact]
    public void Use_RestoredRegistrySameIdOtherActor_IsRefused()
    {
        Article6Fixture f = WithAcquiredItmos();
        var op = OperationId.Create("use-1");
        var first = f.Jpn.Use(op, GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026);
        Article6Registry restored = Article6Journal.Capture(f.Jpn).Restore(f.Jpn.Ledger, f.Jpn.Zone);

        Assert.Throws<OperationIdReusedException>(() =>
            restored.Use(op, JpnAdmin, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026));
        Assert.Equal(first, restored.Use(op, GovJapan, f.JpnGov, f.JpnRetire, CreditSelection.ByQuantity(60), UsePurpose.Ndc, 2026));
        Assert.Equal(40, f.Jpn.Ledger.Current.GetBalance(f.JpnGov));
    }
}
