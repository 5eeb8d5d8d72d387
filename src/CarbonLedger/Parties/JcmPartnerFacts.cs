using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Utility;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Parties;

/// <summary>
/// CarbonLedger's reference data on the JCM: every partner country with its place in the signing order and its
/// signing date, and the published JCM grid emission factors, each fact with its source. The data is the file
/// <c>Parties/Data/jcm-partners.json</c>, built into the library; <c>docs/partners.md</c> lists its sources.
/// </summary>
/// <remarks>A fact that no source gave is null, never guessed: Kazakhstan's signing date, for one, is not in the
/// sources found (it is listed 28th, before Ukraine, which signed on 2024-02-19). Thread-safe; loaded once.</remarks>
public static class JcmPartnerFacts
{
    private const string ResourceName = "CarbonLedger.Parties.Data.jcm-partners.json";
    private static readonly Lazy<Data> Loaded = new(Load);

    /// <summary>Every partner country, in signing order where known (those without a known place last).</summary>
    public static IReadOnlyList<JcmPartnerFact> All => Loaded.Value.Partners;

    /// <summary>Every source the data cites.</summary>
    public static IReadOnlyList<FactSource> Sources => Loaded.Value.Sources;

    internal static IReadOnlyList<GridFactorRow> GridFactors => Loaded.Value.GridFactors;

    /// <summary>The facts about a partner country.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    /// <exception cref="ArgumentException">The country is not a JCM partner in the data.</exception>
    public static JcmPartnerFact Find(Country country) =>
        TryFind(country, out JcmPartnerFact? fact)
            ? fact
            : throw new ArgumentException($"{country.Name} ({country.Alpha3}) is not a JCM partner country in CarbonLedger's data", nameof(country));

    /// <summary>Looks up a partner country without throwing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public static bool TryFind(Country country, [NotNullWhen(true)] out JcmPartnerFact? fact)
    {
        Preconditions.CheckNotNull(country);
        fact = All.FirstOrDefault(f => f.Country.Equals(country));
        return fact is not null;
    }

    /// <summary>Parses the data; internal so that tests can check that broken data is refused.</summary>
    internal static Data Parse(Stream json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        var sources = new Dictionary<string, FactSource>(StringComparer.Ordinal);
        foreach (JsonProperty s in root.GetProperty("sources").EnumerateObject())
        {
            string? url = s.Value.GetProperty("url").GetString();
            sources[s.Name] = new FactSource(s.Name, s.Value.GetProperty("title").GetString()!, url is null ? null : new Uri(url));
        }
        FactSource? Source(JsonElement e, string name)
        {
            string? id = e.GetProperty(name).GetString();
            return id is null ? null : sources.TryGetValue(id, out FactSource? found) ? found
                : throw new InvalidDataException($"JCM partner data: source '{id}' ({name}) is not among the sources");
        }
        var partners = new List<JcmPartnerFact>();
        foreach (JsonElement p in root.GetProperty("partners").EnumerateArray())
        {
            Country country = Country.FromAlpha3(p.GetProperty("country").GetString()!);
            int? order = p.GetProperty("order").ValueKind == JsonValueKind.Null ? null : p.GetProperty("order").GetInt32();
            string? signed = p.GetProperty("signedOn").GetString();
            LocalDate? signedOn = signed is null ? null : LocalDatePattern.Iso.Parse(signed).GetValueOrThrow();
            FactSource? orderSource = Source(p, "orderSource");
            FactSource? signedOnSource = Source(p, "signedOnSource");
            if ((order is null) != (orderSource is null) || (signedOn is null) != (signedOnSource is null))
            {
                throw new InvalidDataException($"JCM partner data: {country.Alpha3} has a fact without a source or a source without a fact");
            }
            string? note = p.TryGetProperty("note", out JsonElement n) ? n.GetString() : null;
            partners.Add(new JcmPartnerFact(country, order, orderSource, signedOn, signedOnSource, note));
        }
        var factors = new List<GridFactorRow>();
        foreach (JsonElement g in root.GetProperty("gridFactors").EnumerateArray())
        {
            factors.Add(new GridFactorRow(g.GetProperty("country").GetString()!, g.GetProperty("grid").GetString()!,
                [.. g.GetProperty("systems").EnumerateArray().Select(e => e.GetString()!)],
                g.GetProperty("case1").GetDecimal(), g.GetProperty("case2").GetDecimal(), Source(g, "source")!));
        }
        return new Data([.. partners.OrderBy(p => p.Order ?? int.MaxValue)], [.. sources.Values], factors);
    }

    private static Data Load()
    {
        using Stream stream = typeof(JcmPartnerFacts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The JCM partner data is missing from the assembly: " + ResourceName);
        return Parse(stream);
    }

    /// <summary>One published grid's factors as the data gives them.</summary>
    internal sealed record GridFactorRow(string CountryAlpha2, string Grid, string[] Systems, decimal Case1, decimal Case2, FactSource Source)
    {
        public string SourceText => Source.Url is null ? Source.Title : string.Create(CultureInfo.InvariantCulture, $"{Source.Title} ({Source.Url})");
    }

    internal sealed record Data(IReadOnlyList<JcmPartnerFact> Partners, IReadOnlyList<FactSource> Sources, IReadOnlyList<GridFactorRow> GridFactors);
}
