using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Parties;

/// <summary>
/// A country or territory of ISO 3166-1, known by its alpha-3 code (the Paris Agreement reporting code, for
/// example <c>KAZ</c>) and its alpha-2 code (used in project identifiers and serial numbers, for example
/// <c>KZ</c>).
/// </summary>
/// <remarks>
/// <para>Every instance comes from the built-in table of the 249 ISO 3166-1 entries (English short names),
/// so there is exactly one instance per country: equality compares the alpha-3 code, and reference equality
/// agrees with it. Countries have no natural order; sort them by <see cref="Alpha3"/> if needed.</para>
/// <para>Look-ups accept either code in any letter case (<see cref="FromCode"/>); an unknown code throws
/// <see cref="ArgumentException"/> naming the parameter.</para>
/// </remarks>
public sealed class Country : IEquatable<Country>
{
    private static readonly Country[] Table =
    [
        new("AF", "AFG", "Afghanistan"),
        new("AX", "ALA", "Åland Islands"),
        new("AL", "ALB", "Albania"),
        new("DZ", "DZA", "Algeria"),
        new("AS", "ASM", "American Samoa"),
        new("AD", "AND", "Andorra"),
        new("AO", "AGO", "Angola"),
        new("AI", "AIA", "Anguilla"),
        new("AQ", "ATA", "Antarctica"),
        new("AG", "ATG", "Antigua and Barbuda"),
        new("AR", "ARG", "Argentina"),
        new("AM", "ARM", "Armenia"),
        new("AW", "ABW", "Aruba"),
        new("AU", "AUS", "Australia"),
        new("AT", "AUT", "Austria"),
        new("AZ", "AZE", "Azerbaijan"),
        new("BS", "BHS", "Bahamas"),
        new("BH", "BHR", "Bahrain"),
        new("BD", "BGD", "Bangladesh"),
        new("BB", "BRB", "Barbados"),
        new("BY", "BLR", "Belarus"),
        new("BE", "BEL", "Belgium"),
        new("BZ", "BLZ", "Belize"),
        new("BJ", "BEN", "Benin"),
        new("BM", "BMU", "Bermuda"),
        new("BT", "BTN", "Bhutan"),
        new("BO", "BOL", "Bolivia"),
        new("BQ", "BES", "Bonaire, Sint Eustatius and Saba"),
        new("BA", "BIH", "Bosnia and Herzegovina"),
        new("BW", "BWA", "Botswana"),
        new("BV", "BVT", "Bouvet Island"),
        new("BR", "BRA", "Brazil"),
        new("IO", "IOT", "British Indian Ocean Territory"),
        new("BN", "BRN", "Brunei Darussalam"),
        new("BG", "BGR", "Bulgaria"),
        new("BF", "BFA", "Burkina Faso"),
        new("BI", "BDI", "Burundi"),
        new("CV", "CPV", "Cabo Verde"),
        new("KH", "KHM", "Cambodia"),
        new("CM", "CMR", "Cameroon"),
        new("CA", "CAN", "Canada"),
        new("KY", "CYM", "Cayman Islands"),
        new("CF", "CAF", "Central African Republic"),
        new("TD", "TCD", "Chad"),
        new("CL", "CHL", "Chile"),
        new("CN", "CHN", "China"),
        new("CX", "CXR", "Christmas Island"),
        new("CC", "CCK", "Cocos (Keeling) Islands"),
        new("CO", "COL", "Colombia"),
        new("KM", "COM", "Comoros"),
        new("CG", "COG", "Congo"),
        new("CD", "COD", "Congo, Democratic Republic of the"),
        new("CK", "COK", "Cook Islands"),
        new("CR", "CRI", "Costa Rica"),
        new("CI", "CIV", "Côte d'Ivoire"),
        new("HR", "HRV", "Croatia"),
        new("CU", "CUB", "Cuba"),
        new("CW", "CUW", "Curaçao"),
        new("CY", "CYP", "Cyprus"),
        new("CZ", "CZE", "Czechia"),
        new("DK", "DNK", "Denmark"),
        new("DJ", "DJI", "Djibouti"),
        new("DM", "DMA", "Dominica"),
        new("DO", "DOM", "Dominican Republic"),
        new("EC", "ECU", "Ecuador"),
        new("EG", "EGY", "Egypt"),
        new("SV", "SLV", "El Salvador"),
        new("GQ", "GNQ", "Equatorial Guinea"),
        new("ER", "ERI", "Eritrea"),
        new("EE", "EST", "Estonia"),
        new("SZ", "SWZ", "Eswatini"),
        new("ET", "ETH", "Ethiopia"),
        new("FK", "FLK", "Falkland Islands (Malvinas)"),
        new("FO", "FRO", "Faroe Islands"),
        new("FJ", "FJI", "Fiji"),
        new("FI", "FIN", "Finland"),
        new("FR", "FRA", "France"),
        new("GF", "GUF", "French Guiana"),
        new("PF", "PYF", "French Polynesia"),
        new("TF", "ATF", "French Southern Territories"),
        new("GA", "GAB", "Gabon"),
        new("GM", "GMB", "Gambia"),
        new("GE", "GEO", "Georgia"),
        new("DE", "DEU", "Germany"),
        new("GH", "GHA", "Ghana"),
        new("GI", "GIB", "Gibraltar"),
        new("GR", "GRC", "Greece"),
        new("GL", "GRL", "Greenland"),
        new("GD", "GRD", "Grenada"),
        new("GP", "GLP", "Guadeloupe"),
        new("GU", "GUM", "Guam"),
        new("GT", "GTM", "Guatemala"),
        new("GG", "GGY", "Guernsey"),
        new("GN", "GIN", "Guinea"),
        new("GW", "GNB", "Guinea-Bissau"),
        new("GY", "GUY", "Guyana"),
        new("HT", "HTI", "Haiti"),
        new("HM", "HMD", "Heard Island and McDonald Islands"),
        new("VA", "VAT", "Holy See"),
        new("HN", "HND", "Honduras"),
        new("HK", "HKG", "Hong Kong"),
        new("HU", "HUN", "Hungary"),
        new("IS", "ISL", "Iceland"),
        new("IN", "IND", "India"),
        new("ID", "IDN", "Indonesia"),
        new("IR", "IRN", "Iran"),
        new("IQ", "IRQ", "Iraq"),
        new("IE", "IRL", "Ireland"),
        new("IM", "IMN", "Isle of Man"),
        new("IL", "ISR", "Israel"),
        new("IT", "ITA", "Italy"),
        new("JM", "JAM", "Jamaica"),
        new("JP", "JPN", "Japan"),
        new("JE", "JEY", "Jersey"),
        new("JO", "JOR", "Jordan"),
        new("KZ", "KAZ", "Kazakhstan"),
        new("KE", "KEN", "Kenya"),
        new("KI", "KIR", "Kiribati"),
        new("KP", "PRK", "Korea, Democratic People's Republic of"),
        new("KR", "KOR", "Korea, Republic of"),
        new("KW", "KWT", "Kuwait"),
        new("KG", "KGZ", "Kyrgyzstan"),
        new("LA", "LAO", "Lao People's Democratic Republic"),
        new("LV", "LVA", "Latvia"),
        new("LB", "LBN", "Lebanon"),
        new("LS", "LSO", "Lesotho"),
        new("LR", "LBR", "Liberia"),
        new("LY", "LBY", "Libya"),
        new("LI", "LIE", "Liechtenstein"),
        new("LT", "LTU", "Lithuania"),
        new("LU", "LUX", "Luxembourg"),
        new("MO", "MAC", "Macao"),
        new("MG", "MDG", "Madagascar"),
        new("MW", "MWI", "Malawi"),
        new("MY", "MYS", "Malaysia"),
        new("MV", "MDV", "Maldives"),
        new("ML", "MLI", "Mali"),
        new("MT", "MLT", "Malta"),
        new("MH", "MHL", "Marshall Islands"),
        new("MQ", "MTQ", "Martinique"),
        new("MR", "MRT", "Mauritania"),
        new("MU", "MUS", "Mauritius"),
        new("YT", "MYT", "Mayotte"),
        new("MX", "MEX", "Mexico"),
        new("FM", "FSM", "Micronesia"),
        new("MD", "MDA", "Moldova"),
        new("MC", "MCO", "Monaco"),
        new("MN", "MNG", "Mongolia"),
        new("ME", "MNE", "Montenegro"),
        new("MS", "MSR", "Montserrat"),
        new("MA", "MAR", "Morocco"),
        new("MZ", "MOZ", "Mozambique"),
        new("MM", "MMR", "Myanmar"),
        new("NA", "NAM", "Namibia"),
        new("NR", "NRU", "Nauru"),
        new("NP", "NPL", "Nepal"),
        new("NL", "NLD", "Netherlands"),
        new("NC", "NCL", "New Caledonia"),
        new("NZ", "NZL", "New Zealand"),
        new("NI", "NIC", "Nicaragua"),
        new("NE", "NER", "Niger"),
        new("NG", "NGA", "Nigeria"),
        new("NU", "NIU", "Niue"),
        new("NF", "NFK", "Norfolk Island"),
        new("MK", "MKD", "North Macedonia"),
        new("MP", "MNP", "Northern Mariana Islands"),
        new("NO", "NOR", "Norway"),
        new("OM", "OMN", "Oman"),
        new("PK", "PAK", "Pakistan"),
        new("PW", "PLW", "Palau"),
        new("PS", "PSE", "Palestine, State of"),
        new("PA", "PAN", "Panama"),
        new("PG", "PNG", "Papua New Guinea"),
        new("PY", "PRY", "Paraguay"),
        new("PE", "PER", "Peru"),
        new("PH", "PHL", "Philippines"),
        new("PN", "PCN", "Pitcairn"),
        new("PL", "POL", "Poland"),
        new("PT", "PRT", "Portugal"),
        new("PR", "PRI", "Puerto Rico"),
        new("QA", "QAT", "Qatar"),
        new("RE", "REU", "Réunion"),
        new("RO", "ROU", "Romania"),
        new("RU", "RUS", "Russian Federation"),
        new("RW", "RWA", "Rwanda"),
        new("BL", "BLM", "Saint Barthélemy"),
        new("SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha"),
        new("KN", "KNA", "Saint Kitts and Nevis"),
        new("LC", "LCA", "Saint Lucia"),
        new("MF", "MAF", "Saint Martin (French part)"),
        new("PM", "SPM", "Saint Pierre and Miquelon"),
        new("VC", "VCT", "Saint Vincent and the Grenadines"),
        new("WS", "WSM", "Samoa"),
        new("SM", "SMR", "San Marino"),
        new("ST", "STP", "Sao Tome and Principe"),
        new("SA", "SAU", "Saudi Arabia"),
        new("SN", "SEN", "Senegal"),
        new("RS", "SRB", "Serbia"),
        new("SC", "SYC", "Seychelles"),
        new("SL", "SLE", "Sierra Leone"),
        new("SG", "SGP", "Singapore"),
        new("SX", "SXM", "Sint Maarten (Dutch part)"),
        new("SK", "SVK", "Slovakia"),
        new("SI", "SVN", "Slovenia"),
        new("SB", "SLB", "Solomon Islands"),
        new("SO", "SOM", "Somalia"),
        new("ZA", "ZAF", "South Africa"),
        new("GS", "SGS", "South Georgia and the South Sandwich Islands"),
        new("SS", "SSD", "South Sudan"),
        new("ES", "ESP", "Spain"),
        new("LK", "LKA", "Sri Lanka"),
        new("SD", "SDN", "Sudan"),
        new("SR", "SUR", "Suriname"),
        new("SJ", "SJM", "Svalbard and Jan Mayen"),
        new("SE", "SWE", "Sweden"),
        new("CH", "CHE", "Switzerland"),
        new("SY", "SYR", "Syrian Arab Republic"),
        new("TW", "TWN", "Taiwan"),
        new("TJ", "TJK", "Tajikistan"),
        new("TZ", "TZA", "Tanzania"),
        new("TH", "THA", "Thailand"),
        new("TL", "TLS", "Timor-Leste"),
        new("TG", "TGO", "Togo"),
        new("TK", "TKL", "Tokelau"),
        new("TO", "TON", "Tonga"),
        new("TT", "TTO", "Trinidad and Tobago"),
        new("TN", "TUN", "Tunisia"),
        new("TR", "TUR", "Türkiye"),
        new("TM", "TKM", "Turkmenistan"),
        new("TC", "TCA", "Turks and Caicos Islands"),
        new("TV", "TUV", "Tuvalu"),
        new("UG", "UGA", "Uganda"),
        new("UA", "UKR", "Ukraine"),
        new("AE", "ARE", "United Arab Emirates"),
        new("GB", "GBR", "United Kingdom"),
        new("US", "USA", "United States of America"),
        new("UM", "UMI", "United States Minor Outlying Islands"),
        new("UY", "URY", "Uruguay"),
        new("UZ", "UZB", "Uzbekistan"),
        new("VU", "VUT", "Vanuatu"),
        new("VE", "VEN", "Venezuela"),
        new("VN", "VNM", "Viet Nam"),
        new("VG", "VGB", "Virgin Islands (British)"),
        new("VI", "VIR", "Virgin Islands (U.S.)"),
        new("WF", "WLF", "Wallis and Futuna"),
        new("EH", "ESH", "Western Sahara"),
        new("YE", "YEM", "Yemen"),
        new("ZM", "ZMB", "Zambia"),
        new("ZW", "ZWE", "Zimbabwe"),
    ];

    private static readonly Dictionary<string, Country> ByAlpha2 = Index(static c => c.Alpha2);
    private static readonly Dictionary<string, Country> ByAlpha3 = Index(static c => c.Alpha3);

    private Country(string alpha2, string alpha3, string name)
    {
        Alpha2 = alpha2;
        Alpha3 = alpha3;
        Name = name;
    }

    /// <summary>Japan (<c>JPN</c>, <c>JP</c>), one side of every JCM partnership.</summary>
    public static Country Japan { get; } = FromAlpha3("JPN");

    /// <summary>Every country in the table, in order of English short name.</summary>
    public static IReadOnlyList<Country> All { get; } = new ReadOnlyCollection<Country>(Table);

    /// <summary>The ISO 3166-1 alpha-2 code, upper case, for example <c>KZ</c>.</summary>
    public string Alpha2 { get; }

    /// <summary>The ISO 3166-1 alpha-3 code, upper case, for example <c>KAZ</c>.</summary>
    public string Alpha3 { get; }

    /// <summary>The English short name, for example <c>Kazakhstan</c>.</summary>
    public string Name { get; }

    /// <summary>Finds a country by its alpha-2 code (any letter case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alpha2"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not a known ISO 3166-1 alpha-2 code.</exception>
    public static Country FromAlpha2(string alpha2)
    {
        Preconditions.CheckNotNull(alpha2);
        Preconditions.CheckArgument(ByAlpha2.TryGetValue(alpha2, out Country? country), nameof(alpha2),
            "Country code '{0}' is not a known ISO 3166-1 alpha-2 code", alpha2);
        return country;
    }

    /// <summary>Finds a country by its alpha-3 code (any letter case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alpha3"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not a known ISO 3166-1 alpha-3 code.</exception>
    public static Country FromAlpha3(string alpha3)
    {
        Preconditions.CheckNotNull(alpha3);
        Preconditions.CheckArgument(ByAlpha3.TryGetValue(alpha3, out Country? country), nameof(alpha3),
            "Country code '{0}' is not a known ISO 3166-1 alpha-3 code", alpha3);
        return country;
    }

    /// <summary>Finds a country by either code: two letters are read as alpha-2, three as alpha-3 (any letter case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not a known ISO 3166-1 alpha-2 or alpha-3 code.</exception>
    public static Country FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(TryFromCode(code, out Country? country), nameof(code),
            "Country code '{0}' is not a known ISO 3166-1 alpha-2 or alpha-3 code", code);
        return country;
    }

    /// <summary>Tries to find a country by either code (any letter case).</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Country? country)
    {
        country = null;
        return code?.Length switch
        {
            2 => ByAlpha2.TryGetValue(code, out country),
            3 => ByAlpha3.TryGetValue(code, out country),
            _ => false,
        };
    }

    /// <summary>Finds a country by an exact, upper-case alpha-2 code, as written in serial numbers and project ids.</summary>
    internal static Country? FindAlpha2Exact(ReadOnlySpan<char> alpha2) =>
        alpha2.Length == 2 && char.IsAsciiLetterUpper(alpha2[0]) && char.IsAsciiLetterUpper(alpha2[1])
            && ByAlpha2.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(alpha2, out Country? country) ? country : null;

    /// <summary>Finds a country by an exact, upper-case alpha-3 code.</summary>
    internal static Country? FindAlpha3Exact(ReadOnlySpan<char> alpha3) =>
        alpha3.Length == 3 && char.IsAsciiLetterUpper(alpha3[0]) && char.IsAsciiLetterUpper(alpha3[1]) && char.IsAsciiLetterUpper(alpha3[2])
            && ByAlpha3.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(alpha3, out Country? country) ? country : null;

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] Country? other) => other is not null && string.Equals(Alpha3, other.Alpha3, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Country);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Alpha3);

    /// <summary>The alpha-3 code, for example <c>KAZ</c>.</summary>
    public override string ToString() => Alpha3;

    private static Dictionary<string, Country> Index(Func<Country, string> key)
    {
        var index = new Dictionary<string, Country>(Table.Length, StringComparer.OrdinalIgnoreCase);
        foreach (Country country in Table)
        {
            index.Add(key(country), country);
        }
        return index;
    }
}
