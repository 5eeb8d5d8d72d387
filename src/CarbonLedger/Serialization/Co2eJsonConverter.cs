using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarbonLedger.Quantities;

namespace CarbonLedger.Serialization;

/// <summary>Writes a quantity as a JSON number of tonnes (the exact decimal) and reads it back.</summary>
internal sealed class Co2eJsonConverter : JsonConverter<Co2e>
{
    public override Co2e Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal tonnes)
            ? Co2e.FromTonnes(tonnes)
            : throw new JsonException("A Co2e is written as a JSON number of tonnes");

    public override void Write(Utf8JsonWriter writer, Co2e value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Tonnes);
}
