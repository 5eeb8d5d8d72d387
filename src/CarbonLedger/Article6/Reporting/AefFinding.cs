using System.Globalization;
using System.Text;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// One finding of the pre-submission checks (<see cref="AefChecks"/>): which table, row and column, which rule, and a
/// message with the values involved.
/// </summary>
public sealed class AefFinding
{
    internal AefFinding(AefFindingSeverity severity, AefTableKind table, long? row, string? column, string rule, string message)
    {
        Severity = severity;
        Table = table;
        Row = row;
        Column = column;
        Rule = rule;
        Message = message;
    }

    /// <summary>Error or warning.</summary>
    public AefFindingSeverity Severity { get; }

    /// <summary>The table the finding is about.</summary>
    public AefTableKind Table { get; }

    /// <summary>The 1-based data row (the workbook's sheet row is one more, below the header); null when the finding is about the table as a whole.</summary>
    public long? Row { get; }

    /// <summary>The column header; null when the finding is about a whole row or table.</summary>
    public string? Column { get; }

    /// <summary>The rule's code, for example <c>first-transfer-once</c> (docs/article6.md lists them).</summary>
    public string Rule { get; }

    /// <summary>What is wrong, with the values involved.</summary>
    public string Message { get; }

    /// <summary>For example <c>error Actions row 3 'Authorization ID' [action-authorization]: …</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Severity == AefFindingSeverity.Error ? "error " : "warning ");
        text.Append(AefTable.NameOf(Table));
        if (Row is { } row)
        {
            text.Append(CultureInfo.InvariantCulture, $" row {row}");
        }
        if (Column is not null)
        {
            text.Append(" '").Append(Column).Append('\'');
        }
        return text.Append(" [").Append(Rule).Append("]: ").Append(Message).ToString();
    }
}
