using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Parties;

/// <summary>
/// A Joint Crediting Mechanism partnership between Japan and one partner country, with its bilateral Joint
/// Committee and the registries into which each side issues its credits.
/// </summary>
/// <remarks>
/// <para>Each government issues into its own registry; by default Japan's is <c>JPN01</c> and the partner's is
/// its alpha-3 code followed by <c>01</c>, and <see cref="WithRegistries"/> changes them.</para>
/// <para>Immutable. Two partnerships are equal when partner, signing date and registries are equal.
/// Partnerships have no natural order.</para>
/// </remarks>
public sealed class JcmPartnership : IEquatable<JcmPartnership>
{
    private static readonly string[] KnownPartnerCodes =
    [
        "AZE", "BGD", "CHL", "CRI", "ETH", "GEO", "IDN", "KAZ", "KEN", "KGZ", "KHM", "LAO", "LKA", "MDA", "MDV",
        "MEX", "MMR", "MNG", "PHL", "PLW", "PNG", "SAU", "SEN", "THA", "TUN", "UKR", "ARE", "UZB", "VNM",
    ];

    private JcmPartnership(Country partner, LocalDate signedOn, PartyRegistryId japanRegistry, PartyRegistryId partnerRegistry)
    {
        Partner = partner;
        SignedOn = signedOn;
        JapanRegistry = japanRegistry;
        PartnerRegistry = partnerRegistry;
    }

    /// <summary>
    /// The partner countries known to CarbonLedger when this version was written, sorted by alpha-3 code (not by
    /// signing order). The list is informative: any country other than Japan can be given to <see cref="Create"/>.
    /// </summary>
    public static IReadOnlyList<Country> KnownPartnerCountries { get; } =
        new ReadOnlyCollection<Country>(KnownPartnerCodes.Select(Country.FromAlpha3).OrderBy(c => c.Alpha3, StringComparer.Ordinal).ToArray());

    /// <summary>Japan.</summary>
    public static Country Japan => Country.Japan;

    /// <summary>The partner (host) country.</summary>
    public Country Partner { get; }

    /// <summary>The date on which the partnership's memorandum was signed.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>The registry into which the Japanese side's credits are issued.</summary>
    public PartyRegistryId JapanRegistry { get; }

    /// <summary>The registry into which the partner side's credits are issued.</summary>
    public PartyRegistryId PartnerRegistry { get; }

    /// <summary>The name of the bilateral Joint Committee, for example <c>Japan–Kazakhstan Joint Committee</c>.</summary>
    public string JointCommitteeName => $"Japan–{Partner.Name} Joint Committee";

    /// <summary>Creates the partnership between Japan and <paramref name="partner"/>, with the default registries.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is Japan.</exception>
    public static JcmPartnership Create(Country partner, LocalDate signedOn)
    {
        Preconditions.CheckNotNull(partner);
        Preconditions.CheckArgument(!partner.Equals(Country.Japan), nameof(partner), "A JCM partner must be a country other than Japan; it is {0}", partner);
        return new JcmPartnership(partner, signedOn, PartyRegistryId.Create(Country.Japan, 1), PartyRegistryId.Create(partner, 1));
    }

    /// <summary>A copy with other registries for the two sides.</summary>
    /// <exception cref="ArgumentException">A registry is the default value or belongs to the wrong Party.</exception>
    public JcmPartnership WithRegistries(PartyRegistryId japanRegistry, PartyRegistryId partnerRegistry)
    {
        Preconditions.CheckArgument(japanRegistry.Value.Length > 0 && japanRegistry.Party.Equals(Country.Japan), nameof(japanRegistry),
            "Japan's registry must be a registry of JPN; it is '{0}'", japanRegistry);
        Preconditions.CheckArgument(partnerRegistry.Value.Length > 0 && partnerRegistry.Party.Equals(Partner), nameof(partnerRegistry),
            "The partner's registry must be a registry of {0}; it is '{1}'", Partner, partnerRegistry);
        return new JcmPartnership(Partner, SignedOn, japanRegistry, partnerRegistry);
    }

    /// <summary>Whether <paramref name="country"/> is one of the two sides (Japan or the partner).</summary>
    public bool IsSide(Country country) => country is not null && (country.Equals(Country.Japan) || country.Equals(Partner));

    /// <summary>The registry of the side of <paramref name="country"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="country"/> is neither Japan nor the partner.</exception>
    public PartyRegistryId RegistryOf(Country country)
    {
        Preconditions.CheckNotNull(country);
        Preconditions.CheckArgument(IsSide(country), nameof(country), "{0} is not a side of the Japan–{1} partnership", country, Partner);
        return country.Equals(Country.Japan) ? JapanRegistry : PartnerRegistry;
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
