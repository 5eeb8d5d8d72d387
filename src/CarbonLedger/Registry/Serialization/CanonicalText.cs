using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CarbonLedger.Registry.Serialization;

/// <summary>Explains why a history line is not the text the writer writes: which field differs, and how.</summary>
internal static partial class CanonicalText
{
    /// <summary>The error for a line that reads as a valid event but is not written as <see cref="LedgerJsonLines.Write"/> writes it.</summary>
    public static FormatException Difference(string line, string canonical)
    {
        int at = 0;
        int common = Math.Min(line.Length, canonical.Length);
        while (at < common && line[at] == canonical[at])
        {
            at++;
        }
        string field = FieldAt(line, at);
        string found = Excerpt(line, at);
        string expected = Excerpt(canonical, at);
        string what = line.Length > 0 && line[^1] == '\r' && at >= line.Length - 1
            ? "the line ends with a carriage return; lines end with \\n alone"
            : $"not written as the ledger writes it: at character {at + 1} the line has {found} where the canonical form has {expected}";
        return new FormatException(field.Length > 0 ? $"field '{field}': {what}" : what);
    }

    /// <summary>A System.Text.Json message without its .NET type names and position suffix.</summary>
    public static string PlainJsonMessage(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        string text = cut > 0 ? message[..cut] : message;
        Match missing = MissingRequired().Match(text);
        if (missing.Success)
        {
            return $"is missing required field(s) {missing.Groups[1].Value}";
        }
        Match unmapped = Unmapped().Match(text);
        if (unmapped.Success)
        {
            return $"'{unmapped.Groups[1].Value}' is not a field of this object";
        }
        Match duplicate = Duplicate().Match(text);
        if (duplicate.Success)
        {
            return $"'{duplicate.Groups[1].Value}' is given more than once";
        }
        if (text.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return "has a value of the wrong type, or a name that is not one of the allowed values";
        }
        return TypeName().Replace(text, "a value").Trim();
    }

    /// <summary>The JSON path (without <c>$.</c>) of the property or element whose text contains character <paramref name="at"/>.</summary>
    private static string FieldAt(string line, int at)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        long target = Encoding.UTF8.GetByteCount(line.AsSpan(0, Math.Min(at, line.Length)));
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = false });
        var stack = new Stack<(string Path, bool IsArray, int Next)>();
        string? property = null;
        string last = string.Empty;
        try
        {
            while (reader.Read())
            {
                string path;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    string parent = stack.Count > 0 ? stack.Peek().Path : string.Empty;
                    property = Join(parent, reader.GetString() ?? string.Empty);
                    path = property;
                }
                else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    (string closed, _, _) = stack.Pop();
                    path = closed;
                }
                else
                {
                    if (property is not null)
                    {
                        path = property;
                        property = null;
                    }
                    else if (stack.Count > 0 && stack.Peek().IsArray)
                    {
                        (string arrayPath, bool isArray, int next) = stack.Pop();
                        path = string.Create(CultureInfo.InvariantCulture, $"{arrayPath}[{next}]");
                        stack.Push((arrayPath, isArray, next + 1));
                    }
                    else
                    {
                        path = string.Empty;
                    }
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    }
                }
                long end = reader.BytesConsumed;
                if (end > target)
                {
                    return path;
                }
                last = path;
            }
        }
        catch (JsonException)
        {
            return last;
        }
        return last;
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    /// <summary>Up to 12 characters from <paramref name="at"/>, quoted and escaped, or "the end of the line".</summary>
    private static string Excerpt(string text, int at)
    {
        if (at >= text.Length)
        {
            return "the end of the line";
        }
        var builder = new StringBuilder("'");
        int stop = Math.Min(text.Length, at + 12);
        for (int i = at; i < stop; i++)
        {
            char c = text[i];
            if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.Append(stop < text.Length ? "…'" : "'").ToString();
    }

    [GeneratedRegex(@"missing required properties including: (.*)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON property '(.*)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"[Dd]uplicate property '([^']*)'")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"'?\b(?:System|CarbonLedger|NodaTime)(?:\.[A-Za-z0-9_`\[\]]+)+'?")]
    private static partial Regex TypeName();
}
