using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Utility;

namespace CarbonLedger.Cli.Input;

/// <summary>
/// A JSON input file, parsed with System.Text.Json, that remembers the line of every property and array element so
/// that an error can name the file, the line and the field (as a JSON path such as <c>systems[0].unit</c>).
/// </summary>
internal sealed class JsonInput : IDisposable
{
    private readonly JsonDocument document;
    private readonly Dictionary<string, long> lines;

    private JsonInput(string file, JsonDocument document, Dictionary<string, long> lines)
    {
        File = file;
        this.document = document;
        this.lines = lines;
    }

    /// <summary>The file name as given.</summary>
    public string File { get; }

    /// <summary>The root value.</summary>
    public JsonElement Root => document.RootElement;

    /// <summary>Reads and parses a JSON file.</summary>
    /// <exception cref="InputException">The file is missing or is not valid JSON.</exception>
    public static JsonInput Load(string file)
    {
        byte[] bytes = TextFiles.ReadAllBytes(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw InputException.At(file, ex.LineNumber + 1, null, "not valid JSON: " + FirstSentence(ex.Message), ex);
        }
        return new JsonInput(file, document, MapLines(bytes));
    }

    /// <summary>The 1-based line of the value at a path, or the nearest enclosing one.</summary>
    public long? LineOf(string path)
    {
        string p = path;
        while (true)
        {
            if (lines.TryGetValue(p, out long line))
            {
                return line;
            }
            int cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0)
            {
                return lines.TryGetValue(string.Empty, out long root) ? root : null;
            }
            p = p[..cut];
        }
    }

    /// <summary>An error at a path of this file.</summary>
    public InputException Error(string path, string message, Exception? inner = null) =>
        InputException.At(File, LineOf(path), path, message, inner);

    /// <summary>The object at property <paramref name="name"/> of <paramref name="parent"/>.</summary>
    public JsonElement RequiredObject(JsonElement parent, string parentPath, string name) =>
        Required(parent, parentPath, name, JsonValueKind.Object, "an object");

    /// <summary>The array at a property of <paramref name="parent"/>.</summary>
    public JsonElement RequiredArray(JsonElement parent, string parentPath, string name) =>
        Required(parent, parentPath, name, JsonValueKind.Array, "an array");

    /// <summary>A non-blank string property.</summary>
    public string RequiredString(JsonElement parent, string parentPath, string name)
    {
        string value = Required(parent, parentPath, name, JsonValueKind.String, "a string").GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Error(Path(parentPath, name), "must not be blank");
        }
        return value;
    }

    /// <summary>An optional string property (null when absent).</summary>
    public string? OptionalString(JsonElement parent, string parentPath, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
            ? (value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(Path(parentPath, name), "must be a string"))
            : null;

    /// <summary>A decimal number property, read exactly (JSON numbers are parsed as decimal, never double).</summary>
    public decimal RequiredDecimal(JsonElement parent, string parentPath, string name)
    {
        JsonElement value = Required(parent, parentPath, name, JsonValueKind.Number, "a number");
        string raw = value.GetRawText();
        return value.TryGetDecimal(out decimal d) && NumberText.IsExact(raw, d)
            ? d
            : throw Error(Path(parentPath, name), $"{Echo.Text(raw)} is not a number that decimal holds exactly (at most 28 decimal places, below 7.9e28)");
    }

    /// <summary>An optional decimal number property.</summary>
    public decimal? OptionalDecimal(JsonElement parent, string parentPath, string name) =>
        parent.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
            ? RequiredDecimal(parent, parentPath, name)
            : null;

    /// <summary>An optional Boolean property.</summary>
    public bool OptionalBool(JsonElement parent, string parentPath, string name, bool fallback)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(Path(parentPath, name), "must be true or false"),
        };
    }

    /// <summary>Joins a path and a property name.</summary>
    public static string Path(string parentPath, string name) => parentPath.Length == 0 ? name : parentPath + "." + name;

    /// <summary>The path of an array element.</summary>
    public static string Index(string arrayPath, int index) => string.Create(CultureInfo.InvariantCulture, $"{arrayPath}[{index}]");

    public void Dispose() => document.Dispose();

    private JsonElement Required(JsonElement parent, string parentPath, string name, JsonValueKind kind, string what)
    {
        string path = Path(parentPath, name);
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Error(path, "is required");
        }
        if (value.ValueKind != kind)
        {
            throw Error(path, $"must be {what}; it is {value.GetRawText()}");
        }
        return value;
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Walks the tokens once and records the line on which each property's value, and each array element, starts.</summary>
    private static Dictionary<string, long> MapLines(byte[] bytes)
    {
        var newlines = new List<long>();
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }
        long LineAt(long offset)
        {
            int index = newlines.BinarySearch(offset);
            return (index < 0 ? ~index : index) + 1;
        }

        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<Frame>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                Frame frame = stack.Peek();
                pendingProperty = Path(frame.Path, reader.GetString()!);
                map.TryAdd(pendingProperty, LineAt(reader.TokenStartIndex));
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }
            string path;
            if (pendingProperty is not null)
            {
                path = pendingProperty;
                pendingProperty = null;
            }
            else if (stack.Count > 0 && stack.Peek().IsArray)
            {
                Frame array = stack.Pop();
                path = Index(array.Path, array.Next);
                stack.Push(array with { Next = array.Next + 1 });
                map.TryAdd(path, LineAt(reader.TokenStartIndex));
            }
            else
            {
                path = string.Empty;
                map.TryAdd(path, LineAt(reader.TokenStartIndex));
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
        return map;
    }

    private readonly record struct Frame(string Path, bool IsArray, int Next);
}
