using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarbonLedger.Serialization;

/// <summary>Writes a value as its canonical text and reads it back through the type's parser.</summary>
internal sealed class TextJsonConverter<T>(Func<T, string> format, Func<string, T> parse) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(T).Name} is written as a JSON string");
        }
        string text = reader.GetString()!;
        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new JsonException($"'{text}' is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
}
