namespace CarbonLedger.Reports.Html;

/// <summary>A table cell: its text and whether it holds a number (right-aligned, class <c>num</c>).</summary>
internal readonly record struct Cell(string Text, bool Numeric)
{
    public static implicit operator Cell(string text) => new(text, false);

    public static Cell Number(string text) => new(text, true);
}
