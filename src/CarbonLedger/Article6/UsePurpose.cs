namespace CarbonLedger.Article6;

/// <summary>What ITMOs are used for when they are used (AEF action <c>Use</c>).</summary>
/// <remarks>
/// A use is permitted when the units' authorised purposes include it (<see cref="AuthorizedPurposes.Permits"/>):
/// <see cref="Oimp"/> needs an authorisation for OIMP as a whole, <see cref="Imp"/> one for OIMP or IMP,
/// <see cref="Op"/> one for OIMP or OP.
/// </remarks>
public enum UsePurpose
{
    /// <summary>Towards the using Party's NDC (<c>NDC</c>).</summary>
    Ndc = 1,

    /// <summary>Other international mitigation purposes, not further split (<c>OIMP</c>).</summary>
    Oimp = 2,

    /// <summary>International mitigation purposes (<c>IMP</c>).</summary>
    Imp = 3,

    /// <summary>Other purposes (<c>OP</c>).</summary>
    Op = 4,
}
