namespace CarbonLedger.Registry;

/// <summary>What an account is for. Cancellation, OMGE cancellation and retirement accounts are terminal: nothing leaves them.</summary>
public enum AccountType
{
    /// <summary>A holding account of a government (a Party), for example the Government of Japan's.</summary>
    GovernmentHolding = 1,

    /// <summary>A holding account of a legal entity, for example a project participant.</summary>
    EntityHolding = 2,

    /// <summary>The account into which credits are issued before they are forwarded (pending/issuance account).</summary>
    Pending = 3,

    /// <summary>A cancellation account: credits sent here are cancelled and never leave. Terminal.</summary>
    Cancellation = 4,

    /// <summary>A retirement account: credits sent here count toward a pledge and never leave. Terminal.</summary>
    Retirement = 5,

    /// <summary>Cancellation for overall mitigation in global emissions (OMGE): never used by anyone. Terminal.</summary>
    OmgeCancellation = 6,

    /// <summary>The Adaptation Fund / share of proceeds account.</summary>
    AdaptationFund = 7,

    /// <summary>A buffer (non-permanence reserve) account.</summary>
    Buffer = 8,
}
