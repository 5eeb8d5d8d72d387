using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Utility;

namespace CarbonLedger.Serials;

/// <summary>
/// A JCM credit serial number in CarbonLedger's own layout (the JCM publishes none), for example
/// <c>JCM-JPN01-KZ001-2025-1-1-8837</c>: credits 1 to 8837 of project KZ001 (host country Kazakhstan),
/// vintage 2025, issuance batch 1, held in Japan's registry JPN01. <see cref="CreditSerialNumber.Country"/> is the host
/// country (from the project id), <see cref="CreditSerialNumber.Project"/> the project id's text and
/// <see cref="CreditSerialNumber.Batch"/> the batch number as text.
/// </summary>
/// <remarks>
/// <para>Layout, dash-separated, seven fields:</para>
/// <list type="number">
/// <item><c>JCM</c>, the scheme.</item>
/// <item>The registry into which the block was issued: the Party's ISO alpha-3 code and two digits, as in the
/// Agreed Electronic Format (<c>JPN01</c>, <c>KAZ01</c>). It must be a registry of Japan or of the host country,
/// numbered 01 to 99.</item>
/// <item>The project id, <c>{CC}{NNN}</c>; its two letters are the host country's ISO alpha-2 code.</item>
/// <item>The vintage: the year (<c>2025</c>) when the credits cover the whole calendar year, or the inclusive
/// dates <c>yyyyMMdd_yyyyMMdd</c> within one year when the monitoring period starts or ends inside it
/// (<c>20250301_20251231</c>). A whole year is always written as the year alone.</item>
/// <item>The issuance batch: the project's issuance number (1 for its first issuance).</item>
/// <item>The block start and</item>
/// <item>the block end: the project's own serial counter, never reused.</item>
/// </list>
/// <para>Numbers are written without leading zeros and letters in upper case, so the layout has exactly one
/// text per value.</para>
/// </remarks>
public sealed class JcmSerialNumber : CreditSerialNumber
{
    /// <summary>The scheme field, <c>JCM</c>.</summary>
    public const string SchemeCode = "JCM";


    private JcmSerialNumber(RegistryId registry, ProjectId projectId, Country host, Vintage vintage, long batchNumber, SerialBlock block)
        : base(host, projectId.Value, vintage, batchNumber.ToString(CultureInfo.InvariantCulture), block, 0)
    {
        Registry = registry;
        ProjectId = projectId;
        Host = host;
        BatchNumber = batchNumber;
    }

    /// <inheritdoc />
    public override SerialScheme Scheme => SerialScheme.Jcm;

    /// <summary>Always <c>JCM</c>.</summary>
    public override string UnitType => SchemeCode;

    /// <summary>The registry into which the block was issued, for example <c>JPN01</c>.</summary>
    public RegistryId Registry { get; }

    /// <summary>The project id.</summary>
    public ProjectId ProjectId { get; }

    /// <summary>The host country.</summary>
    public Country Host { get; }

    /// <summary>The issuance batch number, 1 or more.</summary>
    public long BatchNumber { get; }

    /// <summary>Creates a JCM serial number.</summary>
    /// <param name="registry">A registry of Japan or of the host country, numbered 01 to 99.</param>
    /// <param name="project">The project; its country code must be a known ISO alpha-2 code.</param>
    /// <param name="vintage">A whole calendar year or a date range within one year.</param>
    /// <param name="batchNumber">The project's issuance number, 1 or more.</param>
    /// <param name="block">The block of serials.</param>
    /// <exception cref="ArgumentException">A field breaks its rule; the message names it.</exception>
    public static JcmSerialNumber Create(RegistryId registry, ProjectId project, Vintage vintage, long batchNumber, SerialBlock block)
    {
        Preconditions.CheckArgument(project.Value.Length > 0, nameof(project), "Project id must not be the default value");
        Country? host = Country.FindAlpha2Exact(project.CountryAlpha2);
        Preconditions.CheckArgument(host is not null, nameof(project), "Project id '{0}' does not start with a known ISO 3166-1 alpha-2 code", project);
        CheckField(RegistryProblem(registry, host), nameof(registry), "registry");
        Preconditions.CheckArgument(vintage.Start.Year >= Vintage.MinYear && vintage.IsWithinOneYear, nameof(vintage),
            "A JCM vintage must lie within one calendar year; it is {0}", vintage);
        Preconditions.CheckArgumentRange(nameof(batchNumber), batchNumber, 1, long.MaxValue);
        CheckBlock(block, 0, nameof(block));
        return new JcmSerialNumber(registry, project, host, vintage, batchNumber, block);
    }

    /// <summary>Parses a JCM serial number in CarbonLedger's layout.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a JCM serial number; the message names the wrong field.</exception>
    public static new JcmSerialNumber Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        const SerialScheme scheme = SerialScheme.Jcm;
        ReadOnlySpan<char> text = s;
        Span<Range> fields = stackalloc Range[SerialText.FieldBufferLength];
        if (SerialText.Split(text, fields) != 7)
        {
            throw SerialText.Error(scheme, s, "layout", "must have 7 dash-separated fields");
        }
        if (!text[fields[0]].SequenceEqual(SchemeCode))
        {
            throw SerialText.Error(scheme, s, "scheme", "must be JCM");
        }
        ReadOnlySpan<char> projectText = text[fields[2]];
        string projectString = projectText.ToString();
        if (projectText.ContainsAnyInRange('a', 'z') || !ProjectId.TryParse(projectString, out ProjectId project))
        {
            throw SerialText.Error(scheme, s, "project", "must be an upper-case JCM project id such as KZ001");
        }
        Country? host = Country.FindAlpha2Exact(projectText[..2]);
        if (host is null)
        {
            throw SerialText.Error(scheme, s, "project", "must start with a known ISO 3166-1 alpha-2 country code");
        }
        ReadOnlySpan<char> registryText = text[fields[1]];
        if (registryText.ContainsAnyInRange('a', 'z') || !RegistryId.TryParse(registryText, out RegistryId registry))
        {
            throw SerialText.Error(scheme, s, "registry", "must be an upper-case ISO alpha-3 code and two digits, for example JPN01");
        }
        SerialText.Check(scheme, s, "registry", RegistryProblem(registry, host));
        Vintage vintage = ParseVintage(s, text[fields[3]]);
        long batch = SerialText.ParseCanonicalPositive(text[fields[4]], out string? problem);
        SerialText.Check(scheme, s, "batch", problem);
        long start = SerialText.ParseCanonicalPositive(text[fields[5]], out problem);
        SerialText.Check(scheme, s, "block start", problem);
        long end = SerialText.ParseCanonicalPositive(text[fields[6]], out problem);
        SerialText.Check(scheme, s, "block end", problem);
        if (end < start)
        {
            throw SerialText.Error(scheme, s, "block end", "is before the block start");
        }
        return new JcmSerialNumber(registry, project, host, vintage, batch, SerialBlock.FromRange(start, end));
    }

    /// <inheritdoc />
    public override CreditSerialNumber WithBlock(SerialBlock block)
    {
        CheckBlock(block, 0, nameof(block));
        return new JcmSerialNumber(Registry, ProjectId, Host, Vintage, BatchNumber, block);
    }

    /// <summary>The canonical text, for example <c>JCM-JPN01-KZ001-2025-1-1-8837</c>.</summary>
    public override string ToString()
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendLiteral("JCM-");
        Span<char> registry = stackalloc char[5];
        Registry.WriteChars(registry);
        text.AppendFormatted((ReadOnlySpan<char>)registry);
        text.AppendLiteral("-");
        text.AppendLiteral(ProjectId.Value);
        text.AppendLiteral("-");
        if (Vintage.IsCalendarYear)
        {
            text.AppendFormatted(Vintage.Year);
        }
        else
        {
            SerialText.AppendYearMonthDay(ref text, Vintage.Start);
            text.AppendLiteral("_");
            SerialText.AppendYearMonthDay(ref text, Vintage.End);
        }
        text.AppendLiteral("-");
        text.AppendFormatted(BatchNumber);
        text.AppendLiteral("-");
        SerialText.AppendBlock(ref text, Block, 0);
        return text.ToStringAndClear();
    }

    private static string? RegistryProblem(RegistryId registry, Country host)
    {
        if (!registry.IsValid)
        {
            return "must be a registry id, not the default value";
        }
        Country? party = registry.Party;
        if (!Country.Japan.Equals(party) && !host.Equals(party))
        {
            return $"must be a registry of JPN or of the host country {host.Alpha3}; it is {registry}";
        }
        return registry.Number >= 1 ? null : $"must be numbered 01 to 99; it is {registry}";
    }

    private static Vintage ParseVintage(string s, ReadOnlySpan<char> field)
    {
        const SerialScheme scheme = SerialScheme.Jcm;
        if (field.Length == 4)
        {
            int year = SerialText.ParseYear(field, out string? yearProblem);
            SerialText.Check(scheme, s, "vintage", yearProblem);
            return Vintage.FromYear(year);
        }
        if (field.Length != 17 || field[8] != '_')
        {
            throw SerialText.Error(scheme, s, "vintage", "must be a year (2025) or dates yyyyMMdd_yyyyMMdd");
        }
        var start = SerialText.ParseYearMonthDay(field[..8], out string? problem);
        SerialText.Check(scheme, s, "vintage start", problem);
        var end = SerialText.ParseYearMonthDay(field[9..], out problem);
        SerialText.Check(scheme, s, "vintage end", problem);
        if (end < start || end.Year != start.Year)
        {
            throw SerialText.Error(scheme, s, "vintage end", "must not be before the vintage start and must be in the same year");
        }
        var vintage = Vintage.FromDates(start, end);
        if (vintage.IsCalendarYear)
        {
            throw SerialText.Error(scheme, s, "vintage", "covers a whole year and must be written as the year alone");
        }
        return vintage;
    }
}
