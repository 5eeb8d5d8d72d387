using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarbonLedger.Serials;

namespace CarbonLedger.Serialization;

/// <summary>Serial numbers of any scheme (and each scheme's own type) as their canonical text, read back with <see cref="CreditSerialNumber.Parse(string)"/>.</summary>
internal sealed class CreditSerialNumberJsonConverterFactory : SubtypeJsonConverterFactory<CreditSerialNumber>
{
    public CreditSerialNumberJsonConverterFactory()
        : base(typeof(SerialNumberConverter<>))
    {
    }

    private sealed class SerialNumberConverter<TSerial> : JsonConverter<TSerial>
        where TSerial : CreditSerialNumber
    {
        public override TSerial Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is not null && CreditSerialNumber.TryParse(text, out CreditSerialNumber? serial) && serial is TSerial typed
                ? typed
                : throw new JsonException($"'{text}' is not a {typeof(TSerial).Name}");
        }

        public override void Write(Utf8JsonWriter writer, TSerial value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
