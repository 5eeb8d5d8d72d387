using System;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// An import that was told to stop at the first unreadable row (<see cref="ImportErrorHandling.Stop"/>) met one.
/// </summary>
public sealed class RegistryImportException : FormatException
{
    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">The row that could not be read.</param>
    public RegistryImportException(ImportProblem problem)
        : base(problem?.ToString())
    {
        Problem = problem!;
    }

    /// <summary>The row that could not be read.</summary>
    public ImportProblem Problem { get; }
}
