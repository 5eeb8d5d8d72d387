namespace CarbonLedger.Import.Registries;

/// <summary>What a normalised credit record says happened to its credits.</summary>
public enum CreditTransactionType
{
    /// <summary>Credits were issued.</summary>
    Issuance = 1,

    /// <summary>Credits were retired (used for a claim and taken out of circulation).</summary>
    Retirement = 2,

    /// <summary>Credits were cancelled (taken out of circulation without a claim, for example converted to another programme).</summary>
    Cancellation = 3,

    /// <summary>
    /// Credits were retired or cancelled, and the export does not say which: Verra's export has one
    /// <c>Retirement/Cancellation Date</c> column for both.
    /// </summary>
    RetirementOrCancellation = 4,
}
