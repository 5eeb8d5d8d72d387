using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarbonLedger.Parties;

namespace CarbonLedger.Serialization;

/// <summary>Writes a country as its ISO 3166-1 alpha-3 code and reads it back (exact upper-case code).</summary>
internal sealed class CountryJsonConverter : JsonConverter<Country>
{
    public override Country Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? code = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return code is not null && Country.FindAlpha3Exact(code.AsSpan()) is { } country
            ? country
            : throw new JsonException($"'{code}' is not an upper-case ISO 3166-1 alpha-3 country code");
    }

    public override void Write(Utf8JsonWriter writer, Country value, JsonSerializerOptions options) => writer.WriteStringValue(value.Alpha3);
}
