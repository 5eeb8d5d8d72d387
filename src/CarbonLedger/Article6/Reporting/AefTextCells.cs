using System;
using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Article6.Reporting;

/// <summary>Collects one row of canonical text cells; also writes a text cell typed by its column.</summary>
internal sealed class AefTextCells(int width) : IAefCellWriter
{
    internal static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    private string[] row = new string[width];
    private int index;

    public void WriteText(string value) => Add(value);

    public void WriteInteger(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public void WriteDecimal(decimal value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public void WriteDate(LocalDate value) => Add(DatePattern.Format(value));

    public void WriteEmpty() => Add(string.Empty);

    public void EndRow()
    {
    }

    internal ReadOnlyCollection<string> TakeRow()
    {
        var taken = Array.AsReadOnly(row);
        row = new string[row.Length];
        index = 0;
        return taken;
    }

    /// <summary>
    /// Writes a text cell as its column's type when it reads as one (invariant integer, invariant decimal,
    /// <c>yyyy-MM-dd</c>), and as text otherwise, so a malformed cell reaches the checks as it was.
    /// </summary>
    internal static void WriteTyped(IAefCellWriter writer, AefColumnType type, string text)
    {
        if (text.Length == 0)
        {
            writer.WriteEmpty();
            return;
        }
        switch (type)
        {
            case AefColumnType.Integer when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer)
                && integer.ToString(CultureInfo.InvariantCulture) == text:
                writer.WriteInteger(integer);
                break;
            case AefColumnType.Decimal when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number)
                && number.ToString(CultureInfo.InvariantCulture) == text:
                writer.WriteDecimal(number);
                break;
            case AefColumnType.Date when DatePattern.Parse(text) is { Success: true } date:
                writer.WriteDate(date.Value);
                break;
            default:
                writer.WriteText(text);
                break;
        }
    }

    private void Add(string value)
    {
        if (index == row.Length)
        {
            throw new InvalidOperationException("More cells than columns in one row");
        }
        row[index++] = value;
    }
}
