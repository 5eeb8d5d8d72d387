namespace CarbonLedger.Registry.Events;

/// <summary>The kind of a ledger event; the number is the kind byte of the canonical encoding.</summary>
public enum LedgerEventKind
{
    /// <summary>The registry's first event: its id and administrator (<see cref="RegistryCreated"/>).</summary>
    RegistryCreated = 1,

    /// <summary>An account was opened (<see cref="AccountOpened"/>).</summary>
    AccountOpened = 2,

    /// <summary>Credits were issued (<see cref="CreditsIssued"/>).</summary>
    CreditsIssued = 3,

    /// <summary>Credits moved between two accounts of the registry (<see cref="CreditsTransferred"/>).</summary>
    CreditsTransferred = 4,

    /// <summary>Credits moved to a cancellation account (<see cref="CreditsCancelled"/>).</summary>
    CreditsCancelled = 5,

    /// <summary>Credits moved to a retirement account (<see cref="CreditsRetired"/>).</summary>
    CreditsRetired = 6,

    /// <summary>Credits were put in escrow (<see cref="CreditsReserved"/>).</summary>
    CreditsReserved = 7,

    /// <summary>Escrowed credits were released (<see cref="CreditsReleased"/>).</summary>
    CreditsReleased = 8,

    /// <summary>Credits left for another registry (<see cref="CreditsTransferredOut"/>).</summary>
    CreditsTransferredOut = 9,

    /// <summary>Credits arrived from another registry (<see cref="CreditsAcquired"/>).</summary>
    CreditsAcquired = 10,

    /// <summary>Credits' authorisation or first-transferred attributes were changed (<see cref="CreditsMarked"/>).</summary>
    CreditsMarked = 11,

    /// <summary>The registry refused another registry's outgoing transfer; the sender may return the credits (<see cref="AcquisitionRefused"/>).</summary>
    AcquisitionRefused = 12,

    /// <summary>Credits of a refused outgoing transfer came back to the sending account (<see cref="CreditsReturned"/>).</summary>
    CreditsReturned = 13,
}
