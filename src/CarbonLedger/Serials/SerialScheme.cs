namespace CarbonLedger.Serials;

/// <summary>The registry scheme whose layout a <see cref="CreditSerialNumber"/> follows.</summary>
public enum SerialScheme
{
    /// <summary>Verra's Verified Carbon Standard (VCUs): <see cref="VerraSerialNumber"/>.</summary>
    Verra = 1,

    /// <summary>Gold Standard: <see cref="GoldStandardSerialNumber"/>.</summary>
    GoldStandard = 2,

    /// <summary>American Carbon Registry: <see cref="AcrSerialNumber"/>.</summary>
    Acr = 3,

    /// <summary>UNDP national carbon registry (Article 6.2 units): <see cref="UndpSerialNumber"/>.</summary>
    Undp = 4,

    /// <summary>CarbonLedger's own Joint Crediting Mechanism layout: <see cref="JcmSerialNumber"/>.</summary>
    Jcm = 5,
}
