using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarbonLedger.Serialization;

/// <summary>
/// A converter factory for an abstract base type and each of its concrete types: every type asked for gets its own
/// instance of one generic converter, closed over that type (so a property typed as the concrete type reads back as
/// that type).
/// </summary>
/// <typeparam name="TBase">The base type.</typeparam>
internal abstract class SubtypeJsonConverterFactory<TBase> : JsonConverterFactory
{
    private readonly Type converterDefinition;

    /// <param name="converterDefinition">The open generic converter type, such as <c>typeof(MyConverter&lt;&gt;)</c>.</param>
    protected SubtypeJsonConverterFactory(Type converterDefinition) => this.converterDefinition = converterDefinition;

    /// <inheritdoc />
    public sealed override bool CanConvert(Type typeToConvert) => typeof(TBase).IsAssignableFrom(typeToConvert);

    /// <inheritdoc />
    public sealed override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(converterDefinition.MakeGenericType(typeToConvert))!;
}
