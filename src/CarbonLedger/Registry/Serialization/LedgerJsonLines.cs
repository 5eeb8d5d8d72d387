using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CarbonLedger.Projects;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Trust;
using CarbonLedger.Serials;
using CarbonLedger.Utility;
using NodaTime.Serialization.SystemTextJson;

namespace CarbonLedger.Registry.Serialization;

/// <summary>
/// Exports and imports a registry history as JSON Lines: one JSON object per event, in order, each with its
/// <c>previousHash</c> and <c>hash</c>, so the chain survives the round trip and <see cref="HashChain.Verify"/> (or
/// <see cref="Ledger.Replay"/>) can check an imported file. Serialisation is System.Text.Json with the NodaTime
/// converters; instants are ISO-8601 UTC text with up to nine fractional digits.
/// </summary>
/// <remarks>
/// <para>Reading accepts only what <see cref="Write"/> produces: each line must be, character for character, the JSON
/// the writer writes for the event it describes (field order, letter case of hashes and names, escapes, number and
/// instant forms, no spaces, no duplicate or extra fields, a <c>\n</c> at each line end and no carriage return). A
/// verified file therefore means its bytes: no edit can change the text and still read as the same events. An empty
/// line is skipped, and one leading byte-order mark (U+FEFF) is accepted by every entry point. Everything else is
/// refused with a <see cref="FormatException"/> whose message names the line and the field.</para>
/// <para>Reading does not check the chain: verify it before trusting the events. The JSON shape is documented in
/// <c>docs/registry.md</c>.</para>
/// </remarks>
public static class LedgerJsonLines
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Writes the events, one JSON object per line (LF line ends).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<LedgerEvent> events, TextWriter writer)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(writer);
        foreach (LedgerEvent e in events)
        {
            writer.Write(JsonSerializer.Serialize(ToRecord(e), Options));
            writer.Write('\n');
        }
    }

    /// <summary>The events as JSON Lines text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static string ToJsonLines(IEnumerable<LedgerEvent> events)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(events, writer);
        return writer.ToString();
    }

    /// <summary>Reads events from JSON Lines written by <see cref="Write"/>; empty lines are skipped.</summary>
    /// <remarks>Lines end at <c>\n</c> only; see the remarks of <see cref="LedgerJsonLines"/> for what a line must be.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">A line is not a valid event in the canonical form; the message gives its line number and field.</exception>
    public static IReadOnlyList<LedgerEvent> Read(TextReader reader)
    {
        Preconditions.CheckNotNull(reader);
        var events = new List<LedgerEvent>();
        var attributes = new Dictionary<CreditAttributes, CreditAttributes>();
        var lines = new LineSplitter(reader);
        while (lines.Next() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            try
            {
                events.Add(ReadLine(line, attributes));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {lines.Number}: {Describe(ex)}"), ex);
            }
        }
        return events.AsReadOnly();
    }

    /// <summary>One line: parsed, checked, and compared with the text the writer would write for the event.</summary>
    private static LedgerEvent ReadLine(string line, Dictionary<CreditAttributes, CreditAttributes> attributes)
    {
        EventRecord record = JsonSerializer.Deserialize<EventRecord>(line, Options)
            ?? throw new FormatException("The line is JSON null; it must be an event object");
        LedgerEvent e = FromRecord(record, attributes);
        string canonical = JsonSerializer.Serialize(ToRecord(e), Options);
        if (!string.Equals(canonical, line, StringComparison.Ordinal))
        {
            throw CanonicalText.Difference(line, canonical);
        }
        return e;
    }

    /// <summary>A message without System.Text.Json's type names, naming the field as a JSON path.</summary>
    private static string Describe(Exception ex)
    {
        if (ex is JsonException json)
        {
            string path = json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : json.Path ?? string.Empty;
            string reason = json.InnerException is FormatException or ArgumentException or InvalidOperationException
                ? json.InnerException.Message
                : CanonicalText.PlainJsonMessage(json.Message);
            return path.Length > 0 && path != "$" ? $"field '{path}': {reason}" : reason;
        }
        return ex.Message;
    }

    /// <summary>Reads events from JSON Lines text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">A line is not a valid event; the message gives its line number.</exception>
    public static IReadOnlyList<LedgerEvent> FromJsonLines(string text)
    {
        Preconditions.CheckNotNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            AllowDuplicateProperties = false,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(NodaConverters.InstantConverter);
        options.MakeReadOnly();
        return options;
    }

    private static EventRecord ToRecord(LedgerEvent e)
    {
        var r = new EventRecord
        {
            Sequence = e.Sequence,
            Kind = e.Kind,
            Instant = e.Instant,
            OperationId = e.OperationId.Value,
            Actor = e.Actor.Value,
            PreviousHash = e.PreviousHash.ToString(),
            Hash = e.Hash.ToString(),
        };
        switch (e)
        {
            case RegistryCreated c:
                r.Registry = c.Registry.ToString();
                break;
            case AccountOpened o:
                r.Account = o.Account.Id.ToString();
                r.Holder = o.Account.Holder.Value;
                r.AccountType = o.Account.Type;
                break;
            case CreditsIssued i:
                r.To = i.To.ToString();
                r.Blocks = ToRecords(i.Blocks);
                break;
            case CreditMovement m:
                r.From = m.From.ToString();
                r.To = m.To.ToString();
                r.Selection = ToRecord(m.Selection);
                r.Blocks = ToRecords(m.Blocks);
                if (m is CreditsRetired retired)
                {
                    r.Beneficiary = retired.Beneficiary;
                    r.Purpose = retired.Purpose;
                }
                break;
            case CreditsReserved v:
                r.Account = v.Account.ToString();
                r.Selection = ToRecord(v.Selection);
                r.Blocks = ToRecords(v.Blocks);
                break;
            case CreditsReleased l:
                r.Account = l.Account.ToString();
                r.Reservation = l.Reservation.Value;
                r.Blocks = ToRecords(l.Blocks);
                break;
            case CreditsAcquired a:
                r.From = a.From.ToString();
                r.To = a.To.ToString();
                r.SourceOperation = a.SourceOperation.Value;
                r.SourceEventHash = a.SourceEventHash.ToString();
                r.Blocks = ToRecords(a.Blocks);
                r.SourceSequence = a.SourceSequence;
                SetSignature(r, a.SenderSignature);
                break;
            case AcquisitionRefused f:
                r.From = f.From.ToString();
                r.To = f.To.ToString();
                r.SourceOperation = f.SourceOperation.Value;
                r.SourceSequence = f.SourceSequence;
                r.SourceEventHash = f.SourceEventHash.ToString();
                r.Reason = f.Reason;
                r.Blocks = ToRecords(f.Blocks);
                SetSignature(r, f.SenderSignature);
                break;
            case CreditsReturned t:
                r.From = t.From.ToString();
                r.To = t.To.ToString();
                r.TransferOperation = t.TransferOperation.Value;
                r.TransferSequence = t.TransferSequence;
                r.TransferHash = t.TransferHash.ToString();
                r.RefusalOperation = t.RefusalOperation.Value;
                r.RefusalSequence = t.RefusalSequence;
                r.RefusalHash = t.RefusalHash.ToString();
                r.Reason = t.Reason;
                r.Blocks = ToRecords(t.Blocks);
                SetSignature(r, t.RefusalSignature);
                break;
            case CreditsMarked k:
                r.Account = k.Account.ToString();
                r.Selection = ToRecord(k.Selection);
                r.Marking = new MarkingRecord { Authorization = k.Marking.Authorization, FirstTransferred = k.Marking.FirstTransferred };
                r.Blocks = ToRecords(k.Blocks);
                break;
            default:
                throw new InvalidOperationException($"Event kind {e.Kind} has no JSON form");
        }
        return r;
    }

    private static void SetSignature(EventRecord r, RegistrySignature? signature)
    {
        if (signature is not null)
        {
            r.KeyId = signature.Key.ToString();
            r.Signature = signature.ToBase64();
        }
    }

    /// <summary>The signature of a line, or null when it has neither <c>keyId</c> nor <c>signature</c>.</summary>
    private static RegistrySignature? OptionalSignature(EventRecord r)
    {
        if (r.KeyId is null && r.Signature is null)
        {
            return null;
        }
        KeyId key = KeyId.Parse(Need(r.KeyId, "keyId", r));
        byte[] value;
        try
        {
            value = Convert.FromBase64String(Need(r.Signature, "signature", r));
        }
        catch (FormatException ex)
        {
            throw new FormatException("'signature' is not base64: " + ex.Message, ex);
        }
        return RegistrySignature.Create(key, value);
    }

    private static List<BlockRecord?> ToRecords(ImmutableArray<CreditBlock> blocks) =>
        blocks.Select(static BlockRecord? (b) => new BlockRecord
        {
            Issuer = b.Attributes.Issuer.ToString(),
            Project = b.Attributes.Project.Value,
            Vintage = b.Attributes.Vintage,
            UnitType = b.Attributes.UnitType,
            Authorization = b.Attributes.Authorization,
            FirstTransferred = b.Attributes.FirstTransferred,
            Start = b.Block.Start,
            End = b.Block.End,
        }).ToList();

    private static SelectionRecord ToRecord(CreditSelection s) => s.IsExact
        ? new SelectionRecord
        {
            Ranges = s.Ranges.Select(static RangeRecord? (r) => new RangeRecord
            {
                Issuer = r.Issuer.ToString(),
                Project = r.Project.Value,
                Start = r.Serials.Start,
                End = r.Serials.End,
            }).ToList(),
        }
        : new SelectionRecord
        {
            Quantity = s.Quantity,
            Order = s.Order,
            Project = s.Project?.Value,
            Vintage = s.Vintage,
            UnitType = s.UnitType,
            Authorization = s.Authorization,
        };

    /// <summary>The optional fields each kind of event has; a line that fills any other is refused.</summary>
    private static string[] FieldsOf(LedgerEventKind kind) => kind switch
    {
        LedgerEventKind.RegistryCreated => ["registry"],
        LedgerEventKind.AccountOpened => ["account", "holder", "accountType"],
        LedgerEventKind.CreditsIssued => ["to", "blocks"],
        LedgerEventKind.CreditsTransferred or LedgerEventKind.CreditsCancelled or LedgerEventKind.CreditsTransferredOut =>
            ["from", "to", "selection", "blocks"],
        LedgerEventKind.CreditsRetired => ["from", "to", "selection", "blocks", "beneficiary", "purpose"],
        LedgerEventKind.CreditsReserved => ["account", "selection", "blocks"],
        LedgerEventKind.CreditsReleased => ["account", "reservation", "blocks"],
        LedgerEventKind.CreditsAcquired => ["from", "to", "sourceOperation", "sourceEventHash", "blocks", "sourceSequence", "keyId", "signature"],
        LedgerEventKind.AcquisitionRefused => ["from", "to", "sourceOperation", "sourceSequence", "sourceEventHash", "reason", "blocks", "keyId", "signature"],
        LedgerEventKind.CreditsReturned => ["from", "to", "transferOperation", "transferSequence", "transferHash", "refusalOperation", "refusalSequence",
            "refusalHash", "reason", "blocks", "keyId", "signature"],
        LedgerEventKind.CreditsMarked => ["account", "selection", "marking", "blocks"],
        _ => [],
    };

    /// <summary>Refuses a line that fills a field its kind of event does not have (it would be dropped unseen by the hash).</summary>
    private static void CheckFields(EventRecord r)
    {
        string[] allowed = FieldsOf(r.Kind);
        (string Name, bool Present)[] fields =
        [
            ("registry", r.Registry is not null), ("account", r.Account is not null), ("holder", r.Holder is not null),
            ("accountType", r.AccountType is not null), ("from", r.From is not null), ("to", r.To is not null),
            ("reservation", r.Reservation is not null), ("sourceOperation", r.SourceOperation is not null),
            ("sourceEventHash", r.SourceEventHash is not null), ("selection", r.Selection is not null),
            ("marking", r.Marking is not null), ("beneficiary", r.Beneficiary is not null), ("purpose", r.Purpose is not null),
            ("blocks", r.Blocks is not null), ("sourceSequence", r.SourceSequence is not null), ("reason", r.Reason is not null),
            ("transferOperation", r.TransferOperation is not null), ("transferSequence", r.TransferSequence is not null),
            ("transferHash", r.TransferHash is not null), ("refusalOperation", r.RefusalOperation is not null),
            ("refusalSequence", r.RefusalSequence is not null), ("refusalHash", r.RefusalHash is not null),
            ("keyId", r.KeyId is not null), ("signature", r.Signature is not null),
        ];
        foreach ((string name, bool present) in fields)
        {
            if (present && Array.IndexOf(allowed, name) < 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"field '{name}': a {r.Kind} event has no '{name}'"));
            }
        }
    }

    /// <summary>A retirement's beneficiary or purpose, under the rules <see cref="Ledger.Retire"/> applies.</summary>
    private static string Text(string? value, string name, EventRecord r)
    {
        string text = Need(value, name, r);
        return TextRules.IsCleanText(text, Ledger.MaxTextLength)
            ? text
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"'{name}' must be 1 to {Ledger.MaxTextLength} characters without control characters or surrounding white space"));
    }

    private static LedgerEvent FromRecord(EventRecord r, Dictionary<CreditAttributes, CreditAttributes> attributes)
    {
        CheckFields(r);
        var header = new EventHeader(r.Sequence, r.Instant, OperationId.Parse(r.OperationId), ActorId.Create(r.Actor),
            EventHash.Parse(r.PreviousHash), EventHash.Parse(r.Hash));
        return r.Kind switch
        {
            LedgerEventKind.RegistryCreated => new RegistryCreated(header, RegistryId.Parse(Need(r.Registry, "registry", r))),
            LedgerEventKind.AccountOpened => new AccountOpened(header, Account.Create(
                AccountId.Parse(Need(r.Account, "account", r)), ActorId.Create(Need(r.Holder, "holder", r)), r.AccountType ?? throw Missing("accountType", r))),
            LedgerEventKind.CreditsIssued => new CreditsIssued(header, To(r), Blocks(r, attributes)),
            LedgerEventKind.CreditsTransferred => new CreditsTransferred(header, From(r), To(r), Selection(r), Blocks(r, attributes)),
            LedgerEventKind.CreditsCancelled => new CreditsCancelled(header, From(r), To(r), Selection(r), Blocks(r, attributes)),
            LedgerEventKind.CreditsRetired => new CreditsRetired(header, From(r), To(r), Selection(r), Blocks(r, attributes),
                Text(r.Beneficiary, "beneficiary", r), Text(r.Purpose, "purpose", r)),
            LedgerEventKind.CreditsTransferredOut => new CreditsTransferredOut(header, From(r), To(r), Selection(r), Blocks(r, attributes)),
            LedgerEventKind.CreditsReserved => new CreditsReserved(header, AccountId.Parse(Need(r.Account, "account", r)), Selection(r), Blocks(r, attributes)),
            LedgerEventKind.CreditsReleased => new CreditsReleased(header, AccountId.Parse(Need(r.Account, "account", r)),
                OperationId.Parse(Need(r.Reservation, "reservation", r)), Blocks(r, attributes)),
            LedgerEventKind.CreditsAcquired => new CreditsAcquired(header, From(r), To(r), OperationId.Parse(Need(r.SourceOperation, "sourceOperation", r)),
                r.SourceSequence ?? throw Missing("sourceSequence", r), EventHash.Parse(Need(r.SourceEventHash, "sourceEventHash", r)), Blocks(r, attributes),
                OptionalSignature(r)),
            LedgerEventKind.AcquisitionRefused => new AcquisitionRefused(header, From(r), To(r), OperationId.Parse(Need(r.SourceOperation, "sourceOperation", r)),
                r.SourceSequence ?? throw Missing("sourceSequence", r), EventHash.Parse(Need(r.SourceEventHash, "sourceEventHash", r)),
                Reason(r), Blocks(r, attributes), OptionalSignature(r)),
            LedgerEventKind.CreditsReturned => new CreditsReturned(header, From(r), To(r), OperationId.Parse(Need(r.TransferOperation, "transferOperation", r)),
                r.TransferSequence ?? throw Missing("transferSequence", r), EventHash.Parse(Need(r.TransferHash, "transferHash", r)),
                OperationId.Parse(Need(r.RefusalOperation, "refusalOperation", r)), r.RefusalSequence ?? throw Missing("refusalSequence", r),
                EventHash.Parse(Need(r.RefusalHash, "refusalHash", r)), Reason(r), Blocks(r, attributes),
                OptionalSignature(r) ?? throw Missing("signature", r)),
            LedgerEventKind.CreditsMarked => new CreditsMarked(header, AccountId.Parse(Need(r.Account, "account", r)), Selection(r),
                CreditMarking.FromParts(r.Marking?.Authorization, r.Marking?.FirstTransferred), Blocks(r, attributes)),
            _ => throw new FormatException($"Unknown event kind {r.Kind}"),
        };
    }

    private static ReturnReason Reason(EventRecord r) =>
        r.Reason is { } reason && Enum.IsDefined(reason) ? reason : throw Missing("reason", r);

    private static string Need(string? value, string name, EventRecord r) => value ?? throw Missing(name, r);

    private static FormatException NullElement(string array, int index) =>
        new(string.Create(CultureInfo.InvariantCulture, $"field '{array}[{index}]' is null; it must be an object"));

    private static FormatException Missing(string name, EventRecord r) =>
        new(string.Create(CultureInfo.InvariantCulture, $"field '{name}': a {r.Kind} event needs '{name}'"));

    private static AccountId From(EventRecord r) => AccountId.Parse(Need(r.From, "from", r));

    private static AccountId To(EventRecord r) => AccountId.Parse(Need(r.To, "to", r));

    private static ImmutableArray<CreditBlock> Blocks(EventRecord r, Dictionary<CreditAttributes, CreditAttributes> cache)
    {
        List<BlockRecord?> records = r.Blocks ?? throw Missing("blocks", r);
        var builder = ImmutableArray.CreateBuilder<CreditBlock>(records.Count);
        for (int i = 0; i < records.Count; i++)
        {
            BlockRecord b = records[i] ?? throw NullElement("blocks", i);
            var a = CreditAttributes.Create(RegistryId.Parse(b.Issuer), ProjectId.Parse(b.Project), b.Vintage, b.UnitType, b.Authorization, b.FirstTransferred);
            if (!cache.TryGetValue(a, out CreditAttributes? shared))
            {
                cache.Add(a, a);
                shared = a;
            }
            builder.Add(CreditBlock.Create(SerialBlock.FromRange(b.Start, b.End), shared));
        }
        return builder.MoveToImmutable();
    }

    private static CreditSelection Selection(EventRecord r)
    {
        SelectionRecord s = r.Selection ?? throw Missing("selection", r);
        if (s.Ranges is { } ranges)
        {
            string? extra = s.Quantity is not null ? "quantity" : s.Order is not null ? "order" : s.Project is not null ? "project"
                : s.Vintage is not null ? "vintage" : s.UnitType is not null ? "unitType" : s.Authorization is not null ? "authorization" : null;
            if (extra is not null)
            {
                throw new FormatException($"field 'selection.{extra}': an exact selection (with 'ranges') has no '{extra}'");
            }
            return CreditSelection.Exactly(ranges.Select(static (x, i) => x is null
                ? throw NullElement("selection.ranges", i)
                : SerialRange.Create(RegistryId.Parse(x.Issuer), ProjectId.Parse(x.Project), SerialBlock.FromRange(x.Start, x.End))));
        }
        CreditSelection selection = CreditSelection.ByQuantity(s.Quantity ?? throw Missing("selection.quantity", r))
            .InOrder(s.Order ?? SelectionOrder.OldestVintageFirst);
        if (s.Project is { } p)
        {
            selection = selection.ForProject(ProjectId.Parse(p));
        }
        if (s.Vintage is { } v)
        {
            selection = selection.ForVintage(v);
        }
        if (s.UnitType is { } u)
        {
            selection = selection.ForUnitType(u);
        }
        if (s.Authorization is { } a)
        {
            selection = selection.ForAuthorization(a);
        }
        return selection;
    }
}
