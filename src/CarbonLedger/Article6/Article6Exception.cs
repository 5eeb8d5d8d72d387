using System;

namespace CarbonLedger.Article6;

/// <summary>
/// An Article 6.2 rule refused an operation (the arguments were well-formed, but the state forbids it). The message
/// names the units and ids involved; neither the Article 6 journal nor the ledger changed. Derived types say which
/// rule was broken.
/// </summary>
public class Article6Exception : InvalidOperationException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public Article6Exception()
        : base("An Article 6.2 rule refused the operation")
    {
    }

    /// <summary>Creates the exception with a message that names the units and ids involved.</summary>
    public Article6Exception(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public Article6Exception(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
