using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarbonLedger.Quantities;

namespace CarbonLedger.Serialization;

/// <summary>
/// A GWP set: a built-in IPCC set as its name (<c>"AR5"</c>); any other set as <c>{"name","values"}</c> with one
/// value per gas (camelCase gas names), read back through <see cref="GwpSet.Create"/>.
/// </summary>
internal sealed class GwpSetJsonConverter : JsonConverter<GwpSet>
{
    private static readonly GwpSet[] BuiltIn = [GwpSet.Ar4, GwpSet.Ar5, GwpSet.Ar6];

    public override GwpSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            string? name = reader.GetString();
            return Array.Find(BuiltIn, set => set.Name == name)
                ?? throw new JsonException($"'{name}' is not a built-in GWP set (AR4, AR5 or AR6); write other sets as {{\"name\",\"values\"}}");
        }
        CustomRecord record = JsonSerializer.Deserialize<CustomRecord>(ref reader, options)
            ?? throw new JsonException("A GwpSet must not be null");
        try
        {
            return GwpSet.Create(record.Name, record.Values);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid GwpSet: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, GwpSet value, JsonSerializerOptions options)
    {
        if (Array.IndexOf(BuiltIn, value) >= 0)
        {
            writer.WriteStringValue(value.Name);
            return;
        }
        var values = new SortedDictionary<GreenhouseGas, decimal>();
        foreach (GreenhouseGas gas in value.Gases)
        {
            values.Add(gas, value[gas]);
        }
        JsonSerializer.Serialize(writer, new CustomRecord(value.Name, values), options);
    }

    private sealed record CustomRecord(
        [property: JsonRequired] string Name,
        [property: JsonRequired] IReadOnlyDictionary<GreenhouseGas, decimal> Values);
}
