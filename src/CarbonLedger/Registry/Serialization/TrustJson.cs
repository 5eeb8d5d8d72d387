using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Trust;
using CarbonLedger.Utility;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Registry.Serialization;

/// <summary>
/// The JSON files registries exchange about trust: trust lists (public keys with validity), signed checkpoints, and
/// signed transfers and refusals (the event in its JSON Lines form, with key id and signature). Instants are ISO-8601
/// UTC text; signatures are base64; public keys are PEM text. No private key is ever written.
/// </summary>
/// <remarks>The shapes are documented in <c>docs/registry.md</c>, "Files". Reading names the field and entry that is wrong.</remarks>
public static class TrustJson
{
    // Relaxed escaping keeps base64 and PEM text readable (+ and / unescaped); the files are not embedded in HTML.
    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A trust list as JSON: <c>{"keys": [{"registry", "keyId", "validFrom", "validUntil", "revokedAt", "publicKey"}]}</c>.</summary>
    public static string ToJson(TrustList trust)
    {
        Preconditions.CheckNotNull(trust);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("keys");
            foreach (TrustedKey k in trust.Keys)
            {
                w.WriteStartObject();
                w.WriteString("registry", k.Registry.ToString());
                w.WriteString("keyId", k.Id.ToString());
                w.WriteString("validFrom", InstantPattern.ExtendedIso.Format(k.ValidFrom));
                WriteInstant(w, "validUntil", k.ValidUntil);
                WriteInstant(w, "revokedAt", k.RevokedAt);
                w.WriteString("publicKey", k.PublicKeyPem);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Reads a trust list written by <see cref="ToJson(TrustList)"/>; a <c>keyId</c>, when given, must match the key.</summary>
    /// <exception cref="FormatException">The text is not such a list; the message names the entry and field.</exception>
    public static TrustList TrustListFromJson(string json) => Read(json, root =>
    {
        TrustList list = TrustList.Empty;
        int i = 0;
        foreach (JsonElement e in Array(root, "keys", "the trust list"))
        {
            string where = $"keys[{i++}]";
            RegistryId registry = Registry(e, "registry", where);
            Instant validFrom = InstantOf(e, "validFrom", where);
            Instant? validUntil = OptionalInstant(e, "validUntil", where);
            string pem = Text(e, "publicKey", where);
            TrustedKey key = Guard(where + ".publicKey", () => TrustedKey.FromPem(registry, pem, validFrom, validUntil));
            if (e.TryGetProperty("keyId", out JsonElement id) && id.ValueKind != JsonValueKind.Null
                && Guard(where + ".keyId", () => KeyId.Parse(id.GetString() ?? "")) != key.Id)
            {
                throw new FormatException($"{where}.keyId: {id.GetString()} is not the id of the key given ({key.Id})");
            }
            if (OptionalInstant(e, "revokedAt", where) is Instant revoked)
            {
                key = key.WithRevocation(revoked);
            }
            list = Guard(where, () => list.Add(key));
        }
        return list;
    });

    /// <summary>Signed checkpoints as JSON: <c>{"checkpoints": [{"registry", "sequence", "headHash", "instant", "keyId", "signature"}]}</c>.</summary>
    public static string ToJson(IEnumerable<SignedCheckpoint> checkpoints)
    {
        Preconditions.CheckNotNull(checkpoints);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("checkpoints");
            foreach (SignedCheckpoint s in checkpoints)
            {
                Checkpoint c = s.Checkpoint;
                w.WriteStartObject();
                w.WriteString("registry", c.Registry.ToString());
                w.WriteNumber("sequence", c.Sequence);
                w.WriteString("headHash", c.HeadHash.ToString());
                w.WriteString("instant", InstantPattern.ExtendedIso.Format(c.Instant));
                WriteSignature(w, s.Signature);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Reads signed checkpoints written by <see cref="ToJson(IEnumerable{SignedCheckpoint})"/> (not yet checked: see <see cref="SignedCheckpoint.Check"/>).</summary>
    /// <exception cref="FormatException">The text is not such a file; the message names the entry and field.</exception>
    public static IReadOnlyList<SignedCheckpoint> CheckpointsFromJson(string json) => Read(json, root =>
    {
        var result = new List<SignedCheckpoint>();
        int i = 0;
        foreach (JsonElement e in Array(root, "checkpoints", "the checkpoint file"))
        {
            string where = $"checkpoints[{i++}]";
            RegistryId registry = Registry(e, "registry", where);
            long sequence = Field(e, "sequence", where).TryGetInt64(out long s) ? s : throw new FormatException($"{where}.sequence: not a whole number");
            EventHash head = Guard(where + ".headHash", () => EventHash.Parse(Text(e, "headHash", where)));
            Checkpoint c = Guard(where, () => Checkpoint.Create(registry, sequence, head, InstantOf(e, "instant", where)));
            result.Add(SignedCheckpoint.Create(c, ReadSignature(e, where)));
        }
        return (IReadOnlyList<SignedCheckpoint>)result;
    });

    /// <summary>A signed transfer as JSON: <c>{"event": {…one JSON Lines event…}, "keyId", "signature"}</c>.</summary>
    public static string ToJson(SignedTransfer transfer)
    {
        Preconditions.CheckNotNull(transfer);
        return WriteSigned(transfer.Event, transfer.Signature);
    }

    /// <summary>A signed refusal as JSON: <c>{"event": {…one JSON Lines event…}, "keyId", "signature"}</c>.</summary>
    public static string ToJson(SignedRefusal refusal)
    {
        Preconditions.CheckNotNull(refusal);
        return WriteSigned(refusal.Event, refusal.Signature);
    }

    /// <summary>Reads a signed transfer (not yet checked: the receiving ledger checks it).</summary>
    /// <exception cref="FormatException">The text is not a signed event; the message names the field.</exception>
    public static SignedTransfer SignedTransferFromJson(string json) =>
        Read(json, root => SignedTransfer.Create(ReadEvent(root), ReadSignature(root, "the signed transfer")));

    /// <summary>Reads a signed refusal (not yet checked: the sending ledger checks it).</summary>
    /// <exception cref="FormatException">The text is not a signed event; the message names the field.</exception>
    public static SignedRefusal SignedRefusalFromJson(string json) =>
        Read(json, root => SignedRefusal.Create(ReadEvent(root), ReadSignature(root, "the signed refusal")));

    private static string WriteSigned(LedgerEvent e, RegistrySignature signature) => Write(w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("event");
        w.WriteRawValue(LedgerJsonLines.ToJsonLines([e]).TrimEnd('\n'));
        WriteSignature(w, signature);
        w.WriteEndObject();
    });

    private static LedgerEvent ReadEvent(JsonElement root)
    {
        JsonElement e = Field(root, "event", "the signed event");
        IReadOnlyList<LedgerEvent> events = Guard("event", () => LedgerJsonLines.FromJsonLines(e.GetRawText()));
        return events.Count == 1 ? events[0] : throw new FormatException("event: expected one event");
    }

    private static void WriteSignature(Utf8JsonWriter w, RegistrySignature signature)
    {
        w.WriteString("keyId", signature.Key.ToString());
        w.WriteString("signature", signature.ToBase64());
    }

    private static RegistrySignature ReadSignature(JsonElement e, string where)
    {
        KeyId key = Guard(where + ".keyId", () => KeyId.Parse(Text(e, "keyId", where)));
        byte[] value = Guard(where + ".signature", () => Convert.FromBase64String(Text(e, "signature", where)));
        return Guard(where + ".signature", () => RegistrySignature.Create(key, value));
    }

    private static void WriteInstant(Utf8JsonWriter w, string name, Instant? instant)
    {
        if (instant is Instant i)
        {
            w.WriteString(name, InstantPattern.ExtendedIso.Format(i));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            body(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static T Read<T>(string json, Func<JsonElement, T> read)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? read(document.RootElement)
                : throw new FormatException("Expected a JSON object");
        }
        catch (JsonException ex)
        {
            throw new FormatException("Not valid JSON: " + ex.Message, ex);
        }
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name, string what)
    {
        JsonElement array = Field(root, name, what);
        return array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : throw new FormatException($"{name}: expected an array in {what}");
    }

    private static JsonElement Field(JsonElement e, string name, string where) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new FormatException($"{where}: field '{name}' is missing");

    private static string Text(JsonElement e, string name, string where)
    {
        JsonElement value = Field(e, name, where);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"{where}.{name}: expected a string");
    }

    private static RegistryId Registry(JsonElement e, string name, string where) =>
        Guard(where + "." + name, () => RegistryId.Parse(Text(e, name, where)));

    private static Instant InstantOf(JsonElement e, string name, string where)
    {
        string text = Text(e, name, where);
        ParseResult<Instant> parsed = InstantPattern.ExtendedIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new FormatException($"{where}.{name}: '{text}' is not an ISO-8601 UTC instant such as 2026-01-01T00:00:00Z");
    }

    private static Instant? OptionalInstant(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? InstantOf(e, name, where) : null;

    private static T Guard<T>(string where, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            throw new FormatException(where + ": " + ex.Message, ex);
        }
    }
}
