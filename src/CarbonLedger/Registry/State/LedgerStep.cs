namespace CarbonLedger.Registry.State;

/// <summary>The internal steps of an operation at which tests may inject a fault (see <c>Ledger.FaultInjector</c>).</summary>
internal enum LedgerStep
{
    /// <summary>Arguments and authorisation checked.</summary>
    Checked,

    /// <summary>Credits picked from the source account.</summary>
    Picked,

    /// <summary>The event built and hashed.</summary>
    Hashed,

    /// <summary>The source account's new holdings built.</summary>
    SourceUpdated,

    /// <summary>The destination account's new holdings built.</summary>
    DestinationUpdated,

    /// <summary>The new state built, nothing published yet.</summary>
    BeforeCommit,
}
