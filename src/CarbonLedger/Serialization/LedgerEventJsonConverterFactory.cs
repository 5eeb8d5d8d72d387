using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;

namespace CarbonLedger.Serialization;

/// <summary>
/// Ledger events (any event type) in the one-line JSON form of <see cref="LedgerJsonLines"/>, hashes included, so an
/// event read back has the same hash and still verifies in its chain.
/// </summary>
internal sealed class LedgerEventJsonConverterFactory : SubtypeJsonConverterFactory<LedgerEvent>
{
    public LedgerEventJsonConverterFactory()
        : base(typeof(LedgerEventJsonConverter<>))
    {
    }

    private sealed class LedgerEventJsonConverter<TEvent> : JsonConverter<TEvent>
        where TEvent : LedgerEvent
    {
        public override TEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            try
            {
                return LedgerJsonLines.FromJsonLines(document.RootElement.GetRawText())[0] as TEvent
                    ?? throw new JsonException($"The event is not a {typeof(TEvent).Name}");
            }
            catch (FormatException ex)
            {
                throw new JsonException(ex.Message, ex);
            }
        }

        public override void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options) =>
            writer.WriteRawValue(LedgerJsonLines.ToJsonLines([value]).TrimEnd('\n'), skipInputValidation: true);
    }
}
