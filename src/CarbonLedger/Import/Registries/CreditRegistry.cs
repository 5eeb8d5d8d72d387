namespace CarbonLedger.Import.Registries;

/// <summary>A crediting programme whose public credit export CarbonLedger reads.</summary>
public enum CreditRegistry
{
    /// <summary>Verra's Verified Carbon Standard registry (VCUs); the export is one file of serial blocks.</summary>
    Verra = 1,

    /// <summary>The Gold Standard Impact Registry; issuances and retirements are separate exports.</summary>
    GoldStandard = 2,

    /// <summary>The American Carbon Registry; issuances, retirements and cancellations are separate exports.</summary>
    Acr = 3,
}
