namespace CarbonLedger.Registry.Trust;

/// <summary>Whether a trusted key may vouch for something dated at a given instant.</summary>
public enum KeyStatus
{
    /// <summary>The instant is inside the key's validity period and before any revocation.</summary>
    Valid = 0,

    /// <summary>The instant is before the key's validity period starts.</summary>
    NotYetValid = 1,

    /// <summary>The instant is at or after the end of the key's validity period (the key was rotated out).</summary>
    Expired = 2,

    /// <summary>The instant is at or after the key's revocation.</summary>
    Revoked = 3,
}
