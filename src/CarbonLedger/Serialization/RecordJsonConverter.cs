using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarbonLedger.Serialization;

/// <summary>
/// Converts a domain type through a plain record of its fields: writing maps the value to the record, reading maps the
/// record back through the type's factory, so what is read is validated like any other input.
/// </summary>
internal abstract class RecordJsonConverter<T, TRecord> : JsonConverter<T>
    where T : notnull
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        TRecord record = JsonSerializer.Deserialize<TRecord>(ref reader, options) ?? throw new JsonException($"A {typeof(T).Name} must not be null");
        try
        {
            return FromRecord(record);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToRecord(value), options);

    protected abstract TRecord ToRecord(T value);

    protected abstract T FromRecord(TRecord record);
}
