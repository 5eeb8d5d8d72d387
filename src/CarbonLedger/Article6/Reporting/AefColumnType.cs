namespace CarbonLedger.Article6.Reporting;

/// <summary>What an AEF column holds, which decides how a workbook cell is typed and how CSV text is formatted.</summary>
public enum AefColumnType
{
    /// <summary>Text: identifiers, Party codes, vocabulary values.</summary>
    Text,

    /// <summary>A whole number: quantities of units, years, serials, ledger sequences (CSV: invariant digits).</summary>
    Integer,

    /// <summary>An exact decimal: tonnes (CSV: invariant digits with a point; never rounded).</summary>
    Decimal,

    /// <summary>A calendar date (CSV: <c>yyyy-MM-dd</c>; workbook: a date cell).</summary>
    Date,
}
