using System;

namespace CarbonLedger.Import.Registries;

/// <summary>A field of the current row breaks a rule; the importer turns it into an <see cref="ImportProblem"/>.</summary>
internal sealed class RowException(string? column, string message) : Exception(message)
{
    public string? Column { get; } = column;
}
