using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// Receives an AEF table's cells row by row, typed, from <see cref="AefTable.WriteRows"/>: one call per column in
/// column order, then <see cref="EndRow"/>. CSV and workbook writers implement it; so can any other format.
/// </summary>
public interface IAefCellWriter
{
    /// <summary>A text cell (never empty: an empty cell comes through <see cref="WriteEmpty"/>).</summary>
    /// <param name="value">The text.</param>
    void WriteText(string value);

    /// <summary>A whole-number cell.</summary>
    /// <param name="value">The number.</param>
    void WriteInteger(long value);

    /// <summary>An exact decimal cell (tonnes).</summary>
    /// <param name="value">The number.</param>
    void WriteDecimal(decimal value);

    /// <summary>A date cell.</summary>
    /// <param name="value">The date.</param>
    void WriteDate(LocalDate value);

    /// <summary>An empty cell: the column does not apply to the row.</summary>
    void WriteEmpty();

    /// <summary>Ends the current row.</summary>
    void EndRow();
}
