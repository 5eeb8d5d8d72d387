using System;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Import.Registries;

/// <summary>A row of an export that could not be read, with where and why.</summary>
/// <remarks>Immutable. Problems have no natural order; importers report them in file order.</remarks>
public sealed class ImportProblem : IEquatable<ImportProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="file">The file (as the caller named it).</param>
    /// <param name="line">The 1-based line where the row starts.</param>
    /// <param name="column">The column at fault as the export names it, or null when the whole row is at fault.</param>
    /// <param name="message">What is wrong, naming the value and the rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public ImportProblem(string file, long line, string? column, string message)
    {
        File = Preconditions.CheckNotNull(file);
        Message = Preconditions.CheckNotNull(message);
        Preconditions.CheckArgumentRange(nameof(line), line, 1, long.MaxValue);
        Line = line;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>The 1-based line where the row starts.</summary>
    public long Line { get; }

    /// <summary>The column at fault, or null when the whole row is at fault.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ImportProblem? other) =>
        other is not null && File == other.File && Line == other.Line && Column == other.Column && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ImportProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(File, Line, Column, Message);

    /// <summary>Formats as <c>verra.csv: line 7, column 'Quantity Issued': 'abc' is not a whole number</c>.</summary>
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"{File}: line {Line}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{File}: line {Line}, column '{Column}': {Message}");
}
