using System;

namespace CarbonLedger.Registry;

/// <summary>
/// The ledger refused an operation because of the ledger's state (not because an argument was malformed). The
/// message names the ids involved; the ledger's state is unchanged. Derived types say which rule was broken.
/// </summary>
public class RegistryException : InvalidOperationException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public RegistryException()
        : base("The registry refused the operation")
    {
    }

    /// <summary>Creates the exception with a message that names the ids involved.</summary>
    public RegistryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public RegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
