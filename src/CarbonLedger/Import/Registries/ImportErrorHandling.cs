namespace CarbonLedger.Import.Registries;

/// <summary>What an importer does when a row cannot be read.</summary>
public enum ImportErrorHandling
{
    /// <summary>Report the row in <see cref="RegistryImport.Problems"/> and go on with the next one.</summary>
    Continue = 1,

    /// <summary>Throw a <see cref="RegistryImportException"/> naming the row; nothing is returned.</summary>
    Stop = 2,
}
