namespace CarbonLedger.Registry.Events;

/// <summary>Why a receiving registry refused an outgoing transfer, so that the sender returns the credits.</summary>
public enum ReturnReason
{
    /// <summary>The receiving account does not exist.</summary>
    UnknownAccount = 1,

    /// <summary>The receiving account is closed (or terminal: cancellation, OMGE cancellation or retirement).</summary>
    AccountClosed = 2,

    /// <summary>The receiving registry does not hold units of this type.</summary>
    WrongUnitType = 3,

    /// <summary>Some of the serials are already present in the receiving registry.</summary>
    SerialConflict = 4,

    /// <summary>Another reason, agreed between the registries.</summary>
    Other = 5,
}
