namespace CarbonLedger.Registry;

/// <summary>Serials would exist twice: an issuance overlaps serials already issued, or an acquisition overlaps serials present in the registry.</summary>
public sealed class SerialConflictException : RegistryException
{
    internal SerialConflictException(SerialRange range, string message)
        : base(message)
    {
        Range = range;
    }

    /// <summary>The conflicting serials.</summary>
    public SerialRange Range { get; }
}
