using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>The rules across rows, tables and the ledger.</summary>
internal sealed partial class AefCheckRun
{
    /// <summary>What the Authorizations table says of one authorisation.</summary>
    private sealed record ReportedAuthorization(long Row, long? FirstVintage, long? LastVintage, string Purpose, long? Quantity, HashSet<string> Entities);

    /// <summary>A year's flows of one authorisation's units, from the Actions table.</summary>
    private sealed class Flows
    {
        internal long In;            // Authorization and Acquisition
        internal long Out;           // Transfer, and First transfer to another Party
        internal long Consumed;      // Use, Cancellation, Voluntary Cancellation
        internal long? FirstTransferred;
    }

    private readonly Dictionary<string, ReportedAuthorization> reported = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Party, string Id), Flows> flows = [];
    private long authorizationRows;
    private long actionRows;

    private void CheckAuthorizations(AefTable table)
    {
        foreach ((long row, IReadOnlyList<string> cells, _) in Rows(table))
        {
            authorizationRows++;
            Func<string, string> cell = Cells(table, cells);
            string id = cell("Authorization ID");
            if (reported.ContainsKey(id))
            {
                Error(table.Kind, row, "Authorization ID", "identifier-format", $"'{id}' is reported twice; an authorisation id is unique");
                continue;
            }
            var entities = cell("Authorized entities").Split("; ", StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            long? quantity = Integer(cell("Authorized quantity"));
            reported[id] = new ReportedAuthorization(row, Integer(cell("First vintage")), Integer(cell("Last vintage")), cell("Purposes for authorization"), quantity, entities);
            if (quantity is { } q)
            {
                foreach (string column in new[] { "Quantity authorized on the registry", "Quantity first transferred" })
                {
                    if (Integer(cell(column)) is { } used && used > q)
                    {
                        Error(table.Kind, row, column, "action-authorization", $"{used} exceeds the authorised quantity {q} of {id}");
                    }
                }
            }
            if (!AuthorizationId.TryParse(id, out AuthorizationId authId) || registry.Authorizations.FirstOrDefault(a => a.Id == authId && a.AuthorizingParty.Equals(registry.Party)) is not { } known)
            {
                Error(table.Kind, row, "Authorization ID", "ledger-agreement", $"'{id}' is not one of {party}'s authorisations in the registry");
                continue;
            }
            (string Column, string Expected)[] agreed =
            [
                ("Cooperative approach ID", known.Approach.ToString()),
                ("First vintage", Number(known.FirstVintage)),
                ("Last vintage", Number(known.LastVintage)),
                ("Purposes for authorization", known.Purpose.ToAefText()),
                ("Authorized quantity", Number(known.Quantity)),
                ("Quantity authorized on the registry", Number(registry.GetAuthorizedQuantity(known.Id))),
                ("Quantity first transferred", Number(registry.GetFirstTransferredQuantity(known.Id))),
            ];
            foreach ((string column, string expected) in agreed)
            {
                if (cell(column) != expected)
                {
                    Error(table.Kind, row, column, "ledger-agreement", $"'{cell(column)}' but the registry records {expected} for {id}");
                }
            }
        }
    }

    private void CheckActions(AefTable table)
    {
        IReadOnlyList<LedgerEvent> events = registry.Ledger.Current.Events;
        var blocks = new List<(string Space, long Start, long End, long? Row)>();
        foreach (ItmoAction earlier in registry.Actions)
        {
            if (earlier.Type == ItmoActionType.FirstTransfer && earlier.Date.Year < year)
            {
                blocks.Add((Space(earlier.Itmo), earlier.Itmo.Serials.Start, earlier.Itmo.Serials.End, null));
                Flow(earlier.FirstTransferringParty.Alpha3, earlier.Authorization.Value).FirstTransferred += earlier.Itmo.Count;
            }
        }
        foreach ((long row, IReadOnlyList<string> cells, bool clean) in Rows(table))
        {
            actionRows++;
            if (!clean)
            {
                continue;
            }
            Func<string, string> cell = Cells(table, cells);
            CheckItmoParts(table.Kind, row, cell);
            LocalDate date = AefTextCells.DatePattern.Parse(cell("Action date")).Value;
            if (date.Year != year)
            {
                Error(table.Kind, row, "Action date", "action-year", $"{cell("Action date")} is not in the reporting year {year}");
            }
            long sequence = Integer(cell("Registry event"))!.Value;
            LedgerEvent? e = sequence >= 0 && sequence < events.Count && events[(int)sequence].Sequence == sequence ? events[(int)sequence]
                : events.FirstOrDefault(x => x.Sequence == sequence);
            if (e is null || !string.Equals(e.Hash.ToString(), cell("Registry event hash"), StringComparison.OrdinalIgnoreCase))
            {
                Error(table.Kind, row, "Registry event hash", "ledger-agreement",
                    e is null ? $"the ledger has no event {sequence}" : $"'{cell("Registry event hash")}' is not the hash of ledger event {sequence} ({e.Hash})");
            }
            CheckActionAuthorization(table.Kind, row, cell, blocks);
        }
        CheckFirstTransfersOnce(blocks);
    }

    private void CheckActionAuthorization(AefTableKind kind, long row, Func<string, string> cell, List<(string, long, long, long?)> blocks)
    {
        string firstParty = cell("First transferring Party");
        string id = cell("Authorization ID");
        long quantity = Integer(cell("Quantity"))!.Value;
        long vintage = Integer(cell("Vintage"))!.Value;
        (long? First, long? Last, string Purpose, long? Quantity)? auth = null;
        if (firstParty == party)
        {
            if (reported.TryGetValue(id, out ReportedAuthorization? r))
            {
                auth = (r.FirstVintage, r.LastVintage, r.Purpose, r.Quantity);
            }
        }
        else if (registry.Authorizations.FirstOrDefault(a => a.AuthorizingParty.Alpha3 == firstParty && a.Id.Value == id) is { } known)
        {
            auth = (known.FirstVintage, known.LastVintage, known.Purpose.ToAefText(), known.Quantity);
        }
        if (auth is not { } a)
        {
            Error(kind, row, "Authorization ID", "action-authorization", firstParty == party
                ? $"'{id}' is not in the Authorizations table"
                : $"'{id}' of {firstParty} is not an authorisation the registry knows");
            return;
        }
        if (vintage < a.First || vintage > a.Last)
        {
            Error(kind, row, "Vintage", "action-authorization", $"vintage {vintage} is outside {id}'s vintages {a.First}-{a.Last}");
        }
        if (cell("Purposes for authorization") != a.Purpose)
        {
            Error(kind, row, "Purposes for authorization", "action-authorization", $"'{cell("Purposes for authorization")}' but {id} authorises '{a.Purpose}'");
        }
        else if (cell("Purpose of use") is { Length: > 0 } use)
        {
            AuthorizedPurpose purpose = AefVocabulary.ParseAuthorizedPurpose(a.Purpose);
            UsePurpose usePurpose = Enum.GetValues<UsePurpose>().First(p => p.ToAefText() == use);
            if (!purpose.Permits(usePurpose))
            {
                Error(kind, row, "Purpose of use", "action-authorization", $"use for {use} is not permitted by {id}, which authorises '{a.Purpose}'");
            }
        }
        Flows flow = Flow(firstParty, id);
        switch (cell("Action type"))
        {
            case "Authorization" or "Acquisition":
                flow.In += quantity;
                break;
            case "Transfer":
                flow.Out += quantity;
                break;
            case "Use" or "Cancellation" or "Voluntary Cancellation":
                flow.Consumed += quantity;
                break;
            case "First transfer":
                if (cell("Action subtype") == "First transfer to another Party")
                {
                    flow.Out += quantity;
                }
                blocks.Add((cell("Originating registry ID") + "/" + cell("Project"), Integer(cell("First serial"))!.Value, Integer(cell("Last serial"))!.Value, row));
                long before = flow.FirstTransferred ?? 0;
                flow.FirstTransferred = before + quantity;
                if (a.Quantity is { } limit && before <= limit && before + quantity > limit)
                {
                    Error(kind, row, "Quantity", "action-authorization",
                        $"first transfers under {id} reach {before + quantity} units with this row, beyond the authorised quantity {limit}");
                }
                break;
        }
    }

    private void CheckFirstTransfersOnce(List<(string Space, long Start, long End, long? Row)> blocks)
    {
        blocks.Sort(static (x, y) => string.CompareOrdinal(x.Space, y.Space) is var c and not 0 ? c : x.Start.CompareTo(y.Start));
        if (blocks.Count == 0)
        {
            return;
        }
        // Sorted by space and first serial, a block overlaps an earlier one exactly when it starts at or before the
        // furthest last serial seen so far in its space.
        (string Space, long Start, long End, long? Row) reach = blocks[0];
        for (int i = 1; i < blocks.Count; i++)
        {
            (string space, long start, long end, long? row) = blocks[i];
            if (space != reach.Space)
            {
                reach = blocks[i];
                continue;
            }
            if (start <= reach.End)
            {
                string other = reach.Row is { } r ? string.Create(CultureInfo.InvariantCulture, $"row {r}") : "a first transfer of an earlier year";
                Error(AefTableKind.Actions, row ?? reach.Row, "First serial", "first-transfer-once",
                    string.Create(CultureInfo.InvariantCulture, $"{space} serials {start}-{end} overlap {reach.Start}-{reach.End} of {other}: a unit is first-transferred at most once"));
            }
            if (end > reach.End)
            {
                reach = blocks[i];
            }
        }
    }

    private void CheckHoldings(AefTable table)
    {
        var asOf = new LocalDate(year, 12, 31);
        var ledgerRows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (IReadOnlyList<string> r in AefTable.Of(AefTableKind.Holdings, AefTables.Holdings(registry, year)).EnumerateTextRows())
        {
            string key = string.Join('\u001f', r);
            ledgerRows[key] = ledgerRows.GetValueOrDefault(key) + 1;
        }
        var current = new Dictionary<(string, string), long>();
        foreach ((long row, IReadOnlyList<string> cells, bool clean) in Rows(table))
        {
            string key = string.Join('\u001f', cells);
            if (ledgerRows.TryGetValue(key, out int left) && left > 0)
            {
                ledgerRows[key] = left - 1;
            }
            else
            {
                Error(table.Kind, row, null, "ledger-agreement", $"the row is not among the ledger's holdings as of {asOf:uuuu-MM-dd}");
            }
            if (!clean)
            {
                continue;
            }
            Func<string, string> cell = Cells(table, cells);
            CheckItmoParts(table.Kind, row, cell);
            if (cell("As of") != AefTextCells.DatePattern.Format(asOf))
            {
                Error(table.Kind, row, "As of", "holdings-balance", $"{cell("As of")} is not 31 December of the reporting year ({asOf:uuuu-MM-dd})");
            }
            (string, string) id = (cell("First transferring Party"), cell("Authorization ID"));
            current[id] = current.GetValueOrDefault(id) + Integer(cell("Quantity"))!.Value;
        }
        int missing = ledgerRows.Values.Sum();
        if (missing > 0)
        {
            Error(table.Kind, null, null, "ledger-agreement", string.Create(CultureInfo.InvariantCulture, $"{missing} of the ledger's holding blocks as of {asOf:uuuu-MM-dd} are missing from the table"));
        }
        CheckBalances(current);
    }

    /// <summary>Holdings at 31 December = the previous year's + the year's actions; uses never exceed acquisitions plus holdings.</summary>
    private void CheckBalances(Dictionary<(string, string), long> current)
    {
        var previous = new Dictionary<(string, string), long>();
        var previousUsable = new Dictionary<(string, string), long>();
        foreach (AefHoldingRow h in AefTables.Holdings(registry, year - 1))
        {
            (string, string) id = (h.FirstTransferringParty.Alpha3, h.Authorization.Value);
            previous[id] = previous.GetValueOrDefault(id) + h.Quantity;
            if (!h.AccountType.IsTerminal())
            {
                previousUsable[id] = previousUsable.GetValueOrDefault(id) + h.Quantity;
            }
        }
        foreach ((string, string) id in previous.Keys.Union(current.Keys).Union(flows.Keys).Distinct().OrderBy(static k => k.Item1, StringComparer.Ordinal).ThenBy(static k => k.Item2, StringComparer.Ordinal))
        {
            Flows f = flows.GetValueOrDefault(id) ?? new Flows();
            long before = previous.GetValueOrDefault(id);
            long expected = before + f.In - f.Out;
            long held = current.GetValueOrDefault(id);
            if (held != expected)
            {
                Error(AefTableKind.Holdings, null, "Quantity", "holdings-balance", string.Create(CultureInfo.InvariantCulture,
                    $"{id.Item2} ({id.Item1}): holdings at 31 December {year} are {held}, but {year - 1}'s {before} + authorised and acquired {f.In} − transferred out {f.Out} = {expected}"));
            }
            long available = previousUsable.GetValueOrDefault(id) + f.In;
            if (f.Consumed > available)
            {
                Error(AefTableKind.Actions, null, "Quantity", "use-within-holdings", string.Create(CultureInfo.InvariantCulture,
                    $"{id.Item2} ({id.Item1}): {f.Consumed} units used or cancelled in {year}, more than the {previousUsable.GetValueOrDefault(id)} held at the end of {year - 1} plus {f.In} authorised or acquired"));
            }
        }
    }

    private void CheckEntities(AefTable table)
    {
        var listed = new HashSet<(string, string)>();
        foreach ((long row, IReadOnlyList<string> cells, bool clean) in Rows(table))
        {
            if (!clean)
            {
                continue;
            }
            Func<string, string> cell = Cells(table, cells);
            string id = cell("Authorization ID");
            string entity = cell("Entity ID");
            listed.Add((id, entity));
            if (!reported.TryGetValue(id, out ReportedAuthorization? auth))
            {
                Error(table.Kind, row, "Authorization ID", "action-authorization", $"'{id}' is not in the Authorizations table");
            }
            else if (!auth.Entities.Contains(entity))
            {
                Error(table.Kind, row, "Entity ID", "action-authorization", $"'{entity}' is not among the entities the Authorizations table lists for {id}");
            }
        }
        foreach ((string id, ReportedAuthorization auth) in reported.OrderBy(static p => p.Key, StringComparer.Ordinal))
        {
            foreach (string entity in auth.Entities.Order(StringComparer.Ordinal).Where(e => !listed.Contains((id, e))))
            {
                Warning(AefTableKind.Authorizations, auth.Row, "Authorized entities", "entity-described", $"'{entity}' of {id} has no row in the Authorized entities table");
            }
        }
    }

    private void CheckSubmission(AefTable table)
    {
        long rows = 0;
        foreach ((long row, IReadOnlyList<string> cells, bool clean) in Rows(table))
        {
            rows++;
            if (!clean)
            {
                continue;
            }
            Func<string, string> cell = Cells(table, cells);
            (string Column, string Expected, string Rule)[] expected =
            [
                ("Reporting year", Number(year), "submission-year"),
                ("Registry ID", registry.Ledger.Registry.ToString(), "ledger-agreement"),
                ("Time zone", registry.Zone.Id, "ledger-agreement"),
                ("Authorizations reported", Number(authorizationRows), "submission-counts"),
                ("Actions reported", Number(actionRows), "submission-counts"),
            ];
            foreach ((string column, string value, string rule) in expected)
            {
                if (cell(column) != value)
                {
                    Error(table.Kind, row, column, rule, $"'{cell(column)}' but {(rule == "submission-counts" ? "the table has" : rule == "submission-year" ? "the reporting year is" : "the registry has")} {value}");
                }
            }
            if (Integer(cell("Version")) < 1)
            {
                Error(table.Kind, row, "Version", "cell-type", $"'{cell("Version")}' is not a version (1 or more)");
            }
            if (AefTextCells.DatePattern.Parse(cell("Submission date")).Value.Year <= year)
            {
                Error(table.Kind, row, "Submission date", "submission-year", $"{cell("Submission date")} is not after the reporting year {year}");
            }
            if (!AefSubmission.IsEmail(cell("Contact e-mail")))
            {
                Warning(table.Kind, row, "Contact e-mail", "contact-email", $"'{cell("Contact e-mail")}' does not look like an e-mail address");
            }
        }
        if (rows != 1)
        {
            Error(table.Kind, null, null, "submission-row", string.Create(CultureInfo.InvariantCulture, $"the table has {rows} rows; a submission has exactly one"));
        }
    }

    private Flows Flow(string firstParty, string id)
    {
        if (!flows.TryGetValue((firstParty, id), out Flows? flow))
        {
            flow = new Flows();
            flows[(firstParty, id)] = flow;
        }
        return flow;
    }

    private static string Space(ItmoId id) => id.OriginatingRegistry + "/" + id.Project.Value;
}
