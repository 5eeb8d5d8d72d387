namespace CarbonLedger.Quantities;

/// <summary>The Kyoto Protocol greenhouse gases that CarbonLedger converts to CO2-equivalent.</summary>
public enum GreenhouseGas
{
    /// <summary>Carbon dioxide, CO2 (GWP 1 by definition).</summary>
    CarbonDioxide = 1,

    /// <summary>Methane, CH4.</summary>
    Methane = 2,

    /// <summary>Nitrous oxide, N2O.</summary>
    NitrousOxide = 3,

    /// <summary>Sulphur hexafluoride, SF6.</summary>
    SulphurHexafluoride = 4,

    /// <summary>Nitrogen trifluoride, NF3.</summary>
    NitrogenTrifluoride = 5,

    /// <summary>Trifluoromethane, HFC-23 (CHF3).</summary>
    Hfc23 = 6,

    /// <summary>1,1,1,2-tetrafluoroethane, HFC-134a (CH2FCF3).</summary>
    Hfc134a = 7,

    /// <summary>Tetrafluoromethane, CF4 (PFC-14).</summary>
    Cf4 = 8,
}
