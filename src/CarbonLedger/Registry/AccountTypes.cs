namespace CarbonLedger.Registry;

/// <summary>Rules that follow from an <see cref="AccountType"/>.</summary>
public static class AccountTypes
{
    /// <summary>Whether nothing may leave accounts of this type (cancellation, OMGE cancellation, retirement).</summary>
    public static bool IsTerminal(this AccountType type) =>
        type is AccountType.Cancellation or AccountType.OmgeCancellation or AccountType.Retirement;

    /// <summary>Whether credits in accounts of this type count as cancelled (cancellation or OMGE cancellation).</summary>
    public static bool IsCancellation(this AccountType type) =>
        type is AccountType.Cancellation or AccountType.OmgeCancellation;
}
