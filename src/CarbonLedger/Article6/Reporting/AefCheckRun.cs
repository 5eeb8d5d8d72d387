using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;

namespace CarbonLedger.Article6.Reporting;

/// <summary>One run of the pre-submission checks: the cell rules (types, identifiers, vocabularies) and the table order.</summary>
internal sealed partial class AefCheckRun
{
    private static readonly HashSet<string> PartyColumns =
        ["Reporting Party", "Authorizing Party", "Transferring Party", "Acquiring Party", "Using Party", "First transferring Party", "Entity country"];

    private static readonly HashSet<string> MayBeEmpty =
        ["Action subtype", "Transferring Party", "Acquiring Party", "Using Party", "Purpose of use", "Year of use", "Authorized entities", "Cooperative approach IDs"];

    private static readonly Dictionary<string, HashSet<string>> Vocabularies = new(StringComparer.Ordinal)
    {
        ["Purposes for authorization"] = Texts<AuthorizedPurpose>(static p => p.ToAefText()),
        ["First transfer definition"] = Texts<FirstTransferDefinition>(static d => d.ToAefText()),
        ["Metric"] = Texts<ItmoMetric>(static m => m.ToAefText()),
        ["Mitigation type"] = Texts<MitigationType>(static m => m.ToAefText()),
        ["Action type"] = Texts<ItmoActionType>(static t => t.ToAefText()),
        ["Action subtype"] = Texts<ItmoActionSubtype>(static s => s.ToAefText()),
        ["Purpose of use"] = Texts<UsePurpose>(static p => p.ToAefText()),
        ["First transferred"] = ["Yes", "No"],
        ["Account type"] = Texts<AccountType>(static t => t.ToString()),
    };

    private readonly Article6Registry registry;
    private readonly int year;
    private readonly string party;

    internal AefCheckRun(Article6Registry registry, int year)
    {
        this.registry = registry;
        this.year = year;
        party = registry.Party.Alpha3;
    }

    internal List<AefFinding> Findings { get; } = [];

    internal void Check(IEnumerable<AefTable> tables)
    {
        var byKind = new AefTable?[5];
        foreach (AefTable table in tables)
        {
            if (table is null)
            {
                throw new ArgumentException("Tables must not contain null", nameof(tables));
            }
            if (byKind[(int)table.Kind] is not null)
            {
                Error(table.Kind, null, null, "table-missing", $"The {table.Name} table appears twice; a submission has one of each");
                continue;
            }
            byKind[(int)table.Kind] = table;
        }
        foreach (AefTableKind kind in Enum.GetValues<AefTableKind>())
        {
            if (byKind[(int)kind] is null)
            {
                Error(kind, null, null, "table-missing", $"The {AefTable.NameOf(kind)} table is missing; a submission has all five");
            }
        }
        // Authorizations first: the Actions and Authorized entities rules look authorisations up in it.
        if (byKind[(int)AefTableKind.Authorizations] is { } authorizations)
        {
            CheckAuthorizations(authorizations);
        }
        if (byKind[(int)AefTableKind.Actions] is { } actions)
        {
            CheckActions(actions);
        }
        if (byKind[(int)AefTableKind.Holdings] is { } holdings)
        {
            CheckHoldings(holdings);
        }
        if (byKind[(int)AefTableKind.AuthorizedEntities] is { } entities)
        {
            CheckEntities(entities);
        }
        if (byKind[(int)AefTableKind.Submission] is { } submission)
        {
            CheckSubmission(submission);
        }
    }

    /// <summary>The table's rows with their 1-based numbers, each cell checked by the cell rules first.</summary>
    private IEnumerable<(long Number, IReadOnlyList<string> Cells, bool Clean)> Rows(AefTable table)
    {
        long number = 0;
        foreach (IReadOnlyList<string> row in table.EnumerateTextRows())
        {
            number++;
            bool clean = true;
            for (int i = 0; i < row.Count; i++)
            {
                clean &= CheckCell(table, number, i, row[i]);
            }
            yield return (number, row, clean);
        }
    }

    /// <summary>The cell rules: required, typed, well-formed identifier, known vocabulary. Returns whether the cell passed.</summary>
    private bool CheckCell(AefTable table, long row, int index, string cell)
    {
        string column = table.Columns[index];
        if (cell.Length == 0)
        {
            if (MayBeEmpty.Contains(column))
            {
                return true;
            }
            Error(table.Kind, row, column, "cell-required", "is empty; the column applies to every row");
            return false;
        }
        string? typeError = table.ColumnTypes[index] switch
        {
            AefColumnType.Integer when !long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => "a whole number",
            AefColumnType.Decimal when !decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) => "a number",
            AefColumnType.Date when !AefTextCells.DatePattern.Parse(cell).Success => "a date yyyy-MM-dd",
            _ => null,
        };
        if (typeError is not null)
        {
            Error(table.Kind, row, column, "cell-type", $"'{cell}' is not {typeError}");
            return false;
        }
        if (Vocabularies.TryGetValue(column, out HashSet<string>? words) && !words.Contains(cell))
        {
            Error(table.Kind, row, column, "vocabulary", $"'{cell}' is not in the nomenclature; expected one of {string.Join(", ", words.Order(StringComparer.Ordinal).Select(static w => "'" + w + "'"))}");
            return false;
        }
        string? identifierError = column switch
        {
            _ when PartyColumns.Contains(column) => cell.Length == 3 && Country.TryFromCode(cell, out _) ? null : "an ISO 3166-1 alpha-3 Party code",
            "Cooperative approach ID" => CooperativeApproachId.TryParse(cell, out _) ? null : "a cooperative approach id (CA and four digits, not CA0000)",
            "Cooperative approach IDs" => cell.Split("; ").All(static c => CooperativeApproachId.TryParse(c, out _)) ? null : "cooperative approach ids joined with '; '",
            "Registry ID" or "Originating registry ID" => RegistryId.TryParse(cell, out _) ? null : "a registry id (alpha-3 and two digits)",
            "Authorization ID" => AuthorizationId.TryParse(cell, out _) ? null : "an authorisation id",
            "Project" => ProjectId.TryParse(cell, out _) ? null : "a project id",
            "Account ID" => AccountId.TryParse(cell, out _) ? null : "an account id (registry-number)",
            "Unique identifier" => ItmoId.TryParse(cell, out _) ? null : "an ITMO unique identifier ({approach}-{registry}-{project}-{vintage}-{first}-{last})",
            "Registry event hash" => cell.Length == 64 && cell.All(char.IsAsciiHexDigit) ? null : "64 hexadecimal digits",
            "Time zone" => NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(cell) is null ? "a tzdb time zone id" : null,
            _ => null,
        };
        if (identifierError is not null)
        {
            Error(table.Kind, row, column, "identifier-format", $"'{cell}' is not {identifierError}");
            return false;
        }
        if (column == "Reporting Party" && cell != party)
        {
            Error(table.Kind, row, column, "ledger-agreement", $"'{cell}' is not the registry's Party {party}");
        }
        return true;
    }

    /// <summary>Checks that an ITMO identifier agrees with the row's approach, serials, registry, project and vintage cells.</summary>
    private void CheckItmoParts(AefTableKind kind, long row, Func<string, string> cell)
    {
        if (!ItmoId.TryParse(cell("Unique identifier"), out ItmoId id))
        {
            return;
        }
        (string Column, string Expected)[] parts =
        [
            ("Cooperative approach ID", id.Approach.ToString()),
            ("First serial", Number(id.Serials.Start)),
            ("Last serial", Number(id.Serials.End)),
            ("Originating registry ID", id.OriginatingRegistry.ToString()),
            ("Project", id.Project.Value),
            ("Vintage", Number(id.Vintage)),
            ("Quantity", Number(id.Count)),
        ];
        foreach ((string column, string expected) in parts)
        {
            if (cell(column) != expected)
            {
                Error(kind, row, column, "identifier-format", $"'{cell(column)}' does not agree with the unique identifier {id}, which says {expected}");
            }
        }
    }

    private void Error(AefTableKind table, long? row, string? column, string rule, string message) =>
        Findings.Add(new AefFinding(AefFindingSeverity.Error, table, row, column, rule, message));

    private void Warning(AefTableKind table, long? row, string? column, string rule, string message) =>
        Findings.Add(new AefFinding(AefFindingSeverity.Warning, table, row, column, rule, message));

    private static Func<string, string> Cells(AefTable table, IReadOnlyList<string> row) =>
        column => row[IndexOf(table, column)];

    private static int IndexOf(AefTable table, string column)
    {
        for (int i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i] == column)
            {
                return i;
            }
        }
        throw new ArgumentException($"The {table.Name} table has no column '{column}'", nameof(column));
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static long? Integer(string cell) => long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) ? v : null;

    private static HashSet<string> Texts<TEnum>(Func<TEnum, string> text)
        where TEnum : struct, Enum
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (TEnum value in Enum.GetValues<TEnum>())
        {
            try
            {
                set.Add(text(value));
            }
            catch (ArgumentOutOfRangeException)
            {
                // A value with no AEF text (for example "no subtype") is written as an empty cell.
            }
        }
        set.Remove(string.Empty);
        return set;
    }
}
