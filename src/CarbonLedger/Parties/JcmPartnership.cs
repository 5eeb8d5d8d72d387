using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Registry;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Parties;

/// <summary>
/// A Joint Crediting Mechanism partnership between Japan and one partner country, with its bilateral Joint
/// Committee and the registries into which each side issues its credits.
/// </summary>
/// <remarks>
/// <para>Each government issues into its own registry; by default Japan's is <c>JPN01</c> and the partner's is
/// its alpha-3 code followed by <c>01</c>, and <see cref="WithRegistries"/> changes them. A JCM registry is always
/// a registry of its side's Party numbered 01 to 99, so <see cref="RegistryId.Party"/> of either registry is never
/// null.</para>
/// <para>Immutable. Two partnerships are equal when partner, signing date and registries are equal.
/// Partnerships have no natural order.</para>
/// </remarks>
public sealed class JcmPartnership : IEquatable<JcmPartnership>
{
    private JcmPartnership(Country partner, LocalDate signedOn, RegistryId japanRegistry, RegistryId partnerRegistry)
    {
        Partner = partner;
        SignedOn = signedOn;
        JapanRegistry = japanRegistry;
        PartnerRegistry = partnerRegistry;
    }

    /// <summary>
    /// The partner countries in CarbonLedger's reference data (<see cref="JcmPartnerFacts"/>), sorted by alpha-3 code
    /// (not by signing order). The list is informative: any country other than Japan can be given to <see cref="Create"/>.
    /// </summary>
    public static IReadOnlyList<Country> KnownPartnerCountries { get; } =
        new ReadOnlyCollection<Country>([.. JcmPartnerFacts.All.Select(f => f.Country).OrderBy(c => c.Alpha3, StringComparer.Ordinal)]);

    /// <summary>Japan.</summary>
    public static Country Japan => Country.Japan;

    /// <summary>The partner (host) country.</summary>
    public Country Partner { get; }

    /// <summary>The date on which the partnership's memorandum was signed.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>The registry into which the Japanese side's credits are issued.</summary>
    public RegistryId JapanRegistry { get; }

    /// <summary>The registry into which the partner side's credits are issued.</summary>
    public RegistryId PartnerRegistry { get; }

    /// <summary>The name of the bilateral Joint Committee, for example <c>Japan–Kazakhstan Joint Committee</c>.</summary>
    public string JointCommitteeName => $"Japan–{Partner.Name} Joint Committee";

    /// <summary>Creates the partnership between Japan and <paramref name="partner"/>, with the default registries.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is Japan.</exception>
    public static JcmPartnership Create(Country partner, LocalDate signedOn)
    {
        Preconditions.CheckNotNull(partner);
        Preconditions.CheckArgument(!partner.Equals(Country.Japan), nameof(partner), "A JCM partner must be a country other than Japan; it is {0}", partner);
        return new JcmPartnership(partner, signedOn, RegistryId.Create(Country.Japan, 1), RegistryId.Create(partner, 1));
    }

    /// <summary>
    /// Creates the partnership with the signing date the reference data gives (<see cref="JcmPartnerFacts"/>), with the
    /// default registries.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> is null.</exception>
    /// <exception cref="ArgumentException">The country is not a partner in the data, or no source gives its signing
    /// date (Kazakhstan, for one): use <see cref="Create"/> with the date you have.</exception>
    public static JcmPartnership FromPublishedFacts(Country partner)
    {
        JcmPartnerFact fact = JcmPartnerFacts.Find(partner);
        if (fact.SignedOn is not LocalDate signedOn)
        {
            throw new ArgumentException(
                $"No source in CarbonLedger's data gives the date Japan and {partner.Name} signed their JCM document; CarbonLedger will not " +
                "guess it. Use JcmPartnership.Create with the date you have and cite it", nameof(partner));
        }
        return Create(partner, signedOn);
    }

    /// <summary>A copy with other registries for the two sides.</summary>
    /// <param name="japanRegistry">A registry of Japan (<c>JPN</c>), numbered 01 to 99.</param>
    /// <param name="partnerRegistry">A registry of the partner country, numbered 01 to 99.</param>
    /// <exception cref="ArgumentException">A registry is the default value, belongs to another Party (or to no known
    /// Party), or is numbered 00; the message names the rule.</exception>
    public JcmPartnership WithRegistries(RegistryId japanRegistry, RegistryId partnerRegistry)
    {
        CheckRegistry(japanRegistry, Country.Japan, nameof(japanRegistry));
        CheckRegistry(partnerRegistry, Partner, nameof(partnerRegistry));
        return new JcmPartnership(Partner, SignedOn, japanRegistry, partnerRegistry);
    }

    /// <summary>Whether <paramref name="country"/> is one of the two sides (Japan or the partner).</summary>
    public bool IsSide(Country country) => country is not null && (country.Equals(Country.Japan) || country.Equals(Partner));

    /// <summary>The registry of the side of <paramref name="country"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="country"/> is neither Japan nor the partner.</exception>
    public RegistryId RegistryOf(Country country)
    {
        Preconditions.CheckNotNull(country);
        Preconditions.CheckArgument(IsSide(country), nameof(country), "{0} is not a side of the Japan–{1} partnership", country, Partner);
        return country.Equals(Country.Japan) ? JapanRegistry : PartnerRegistry;
    }

    /// <summary>
    /// The JCM rule for the registry a side issues into: a registry of that side's Party (a known ISO 3166-1 country),
    /// numbered 01 to 99.
    /// </summary>
    private static void CheckRegistry(RegistryId registry, Country party, string paramName)
    {
        Preconditions.CheckArgument(registry.IsValid, paramName,
            "The default registry id is not a registry; the JCM side {0} needs a registry of {0} numbered 01 to 99", party);
        Preconditions.CheckArgument(party.Equals(registry.Party), paramName,
            "Registry '{0}' is not a registry of {1}; a JCM side issues into a registry of its own Party", registry, party);
        Preconditions.CheckArgument(registry.Number >= 1, paramName,
            "Registry '{0}' is numbered 00; JCM registries are numbered 01 to 99", registry);
    }

    /// <inheritdoc />
    public bool Equals(JcmPartnership? other) =>
        other is not null && Partner.Equals(other.Partner) && SignedOn == other.SignedOn
        && JapanRegistry == other.JapanRegistry && PartnerRegistry == other.PartnerRegistry;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JcmPartnership);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Partner, SignedOn, JapanRegistry, PartnerRegistry);

    /// <summary>The two sides and the signing date, for example <c>JPN–KAZ (signed 2024-01-15)</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"JPN–{Partner.Alpha3} (signed {SignedOn:uuuu-MM-dd})");
}
