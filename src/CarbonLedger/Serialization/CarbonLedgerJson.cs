using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CarbonLedger.Allocation;
using CarbonLedger.Article6;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Utility;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CarbonLedger.Serialization;

/// <summary>
/// The System.Text.Json setup under which CarbonLedger's public domain types — quantities, identifiers, serials and
/// blocks, Article 6 actions and authorisations, calculation results, ledger events, AEF tables and reports —
/// round-trip with a documented, stable shape (see <c>docs/article6.md</c>).
/// </summary>
/// <remarks>
/// <para>Shape: property names in camelCase; nulls left out; enums as camelCase names; <see cref="Quantities.Co2e"/> as a
/// JSON number of tonnes (exact decimal); identifiers, serial blocks (<c>101-200</c>), serial ranges
/// (<c>KAZ01:KZ001:101-200</c>), credit serial numbers of every scheme (their canonical text), ITMO ids, vintages (<c>2025</c> or <c>2025-03-01..2025-12-31</c>), shares
/// (<c>1/3</c>) and countries (ISO 3166-1 alpha-3) as strings; credit blocks and attributes as objects; ledger events
/// in the one-line form of <see cref="Registry.Serialization.LedgerJsonLines"/>; NodaTime values in NodaTime's ISO
/// forms (<c>2026-01-05T00:00:00Z</c>, <c>2026-01-05</c>).</para>
/// <para>Reading validates through the types' factories, so malformed identifiers or blocks fail with
/// <see cref="JsonException"/>.</para>
/// </remarks>
public static class CarbonLedgerJson
{
    /// <summary>Read-only options with the stable shape: camelCase names, nulls omitted, every CarbonLedger converter and NodaTime's (tzdb).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Adds CarbonLedger's converters, a camelCase string enum converter and NodaTime's converters (tzdb) to
    /// <paramref name="options"/>; naming and null handling are left as they are.
    /// </summary>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        options.Converters.Add(new Co2eJsonConverter());
        options.Converters.Add(Text(static (SerialBlock b) => b.ToString(), SerialBlock.Parse));
        options.Converters.Add(Text(static (ProjectId p) => p.Value, ProjectId.Parse));
        options.Converters.Add(Text(static (RegistryId r) => r.ToString(), RegistryId.Parse));
        options.Converters.Add(Text(static (AccountId a) => a.ToString(), AccountId.Parse));
        options.Converters.Add(Text(static (ActorId a) => a.Value, ActorId.Create));
        options.Converters.Add(Text(static (OperationId o) => o.Value, OperationId.Parse));
        options.Converters.Add(Text(static (EventHash h) => h.ToString(), EventHash.Parse));
        options.Converters.Add(Text(static (Share s) => s.ToString(), Share.Parse));
        options.Converters.Add(Text(static (Vintage v) => v.ToString(), VintageText.Parse));
        options.Converters.Add(Text(static (CooperativeApproachId c) => c.ToString(), CooperativeApproachId.Parse));
        options.Converters.Add(Text(static (AuthorizationId a) => a.Value, AuthorizationId.Create));
        options.Converters.Add(Text(static (ItmoId i) => i.ToString(), ItmoId.Parse));
        options.Converters.Add(Text(static (SerialRange r) => r.ToString(), SerialRangeText.Parse));
        options.Converters.Add(new CountryJsonConverter());
        options.Converters.Add(new CreditAttributesJsonConverter());
        options.Converters.Add(new CreditBlockJsonConverter());
        options.Converters.Add(new LedgerEventJsonConverterFactory());
        options.Converters.Add(new CreditSerialNumberJsonConverterFactory());
        options.Converters.Add(new CreditTotalsJsonConverter());
        options.Converters.Add(new AuthorizationJsonConverter());
        options.Converters.Add(new CooperativeApproachJsonConverter());
        options.Converters.Add(Text(static (MethodologyId m) => m.Value, MethodologyId.Parse));
        options.Converters.Add(Text(static (MethodologyVersion v) => v.ToString(), MethodologyVersion.Parse));
        options.Converters.Add(Text(static (ParameterUnit u) => u.Symbol, ParseUnit));
        options.Converters.Add(new GwpSetJsonConverter());
        options.Converters.Add(new MonitoringPeriodJsonConverter());
        options.Converters.Add(new MonitoringSiteJsonConverter());
        options.Converters.Add(new TracedParameterJsonConverter());
        options.Converters.Add(new TraceCorrectionJsonConverter());
        options.Converters.Add(new TraceStepJsonConverter());
        options.Converters.Add(new CalculationTraceJsonConverter());
        options.Converters.Add(new VintageResultJsonConverter());
        options.Converters.Add(new QuantificationResultJsonConverter());
        options.Converters.Add(new Article6JournalJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    /// <summary>Serialises a value with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Deserialises a value with <see cref="Options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON does not describe a valid value.</exception>
    public static T Deserialize<T>(string json)
    {
        Preconditions.CheckNotNull(json);
        return JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The JSON is null");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        Configure(options);
        options.MakeReadOnly();
        return options;
    }

    private static ParameterUnit ParseUnit(string symbol) =>
        ParameterUnit.TryFromSymbol(symbol, out ParameterUnit unit) ? unit : throw new FormatException($"'{symbol}' is not a supported parameter unit symbol, for example MWh or tCO2/MWh");

    private static TextJsonConverter<T> Text<T>(Func<T, string> format, Func<string, T> parse) => new(format, parse);
}
