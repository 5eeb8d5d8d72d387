using System.Globalization;
using CarbonLedger.Registry;

namespace CarbonLedger.Article6;

/// <summary>Some of the units were already used or cancelled; an ITMO is used or cancelled at most once.</summary>
public sealed class ItmoAlreadyUsedException : Article6Exception
{
    internal ItmoAlreadyUsedException(SerialRange range)
        : base(string.Create(CultureInfo.InvariantCulture, $"Units in {range} were already used or cancelled; an ITMO is used or cancelled only once"))
    {
        Range = range;
    }

    /// <summary>The range that overlaps used or cancelled units.</summary>
    public SerialRange Range { get; }
}
