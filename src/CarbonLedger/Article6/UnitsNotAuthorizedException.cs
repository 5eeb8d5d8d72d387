using CarbonLedger.Registry;

namespace CarbonLedger.Article6;

/// <summary>
/// The units are not authorised under Article 6.2 (or their authorisation is unknown to this registry), so they
/// cannot be first transferred, transferred, used or cancelled as ITMOs.
/// </summary>
public sealed class UnitsNotAuthorizedException : Article6Exception
{
    internal UnitsNotAuthorizedException(SerialRange range, string action)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Units {range} are not authorised under Article 6.2; they cannot be {action}"))
    {
        Range = range;
    }

    /// <summary>The unauthorised units.</summary>
    public SerialRange Range { get; }
}
