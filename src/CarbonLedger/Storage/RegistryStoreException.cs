using System;

namespace CarbonLedger.Storage;

/// <summary>A store refused or failed a request; <see cref="Failure"/> says why, and the message names the store and the rule.</summary>
public sealed class RegistryStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why the store refused or failed.</param>
    /// <param name="message">What happened, naming the store.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public RegistryStoreException(StoreFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Why the store refused or failed.</summary>
    public StoreFailure Failure { get; }
}
