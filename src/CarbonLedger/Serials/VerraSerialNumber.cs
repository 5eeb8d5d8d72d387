using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using CarbonLedger.Parties;
using CarbonLedger.Utility;

namespace CarbonLedger.Serials;

/// <summary>
/// A Verra (VCS) serial number, for example <c>0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1</c>
/// (100 VCUs, serials 1 to 100, vintage 1 January to 31 December 2020).
/// </summary>
/// <remarks>
/// <para>Layout, dash-separated: issuance batch, block start, block end, <c>VCS</c>, unit type (<c>VCU</c>),
/// programme code (digits, <c>003</c>), verification type (<c>VER</c>), country (ISO alpha-2), optional
/// sectoral scope (digits; present in the 13-field form that the registry also prints), project id (digits),
/// vintage start and vintage end (ddMMyyyy), and a final 0/1 flag. Digit fields keep their leading zeros;
/// <see cref="CreditSerialNumber.Batch"/> is the first field as written (<c>0001</c>).</para>
/// </remarks>
public sealed class VerraSerialNumber : CreditSerialNumber
{
    /// <summary>The programme field, always <c>VCS</c>.</summary>
    public const string Programme = "VCS";

    private readonly string unitType;

    private VerraSerialNumber(string batch, SerialBlock block, int blockDigits, string unitType, string programmeCode, string verificationType,
        Country country, string? sectoralScope, string project, Vintage vintage, bool additionalCertification)
        : base(country, project, vintage, batch, block, blockDigits)
    {
        this.unitType = unitType;
        ProgrammeCode = programmeCode;
        VerificationType = verificationType;
        SectoralScope = sectoralScope;
        AdditionalCertification = additionalCertification;
    }

    /// <inheritdoc />
    public override SerialScheme Scheme => SerialScheme.Verra;

    /// <inheritdoc />
    public override string UnitType => unitType;

    /// <summary>The numeric field after the unit type, kept verbatim (for example <c>003</c>).</summary>
    public string ProgrammeCode { get; }

    /// <summary>The verification type, for example <c>VER</c>.</summary>
    public string VerificationType { get; }

    /// <summary>The sectoral scope of the 13-field form, or null in the 12-field form.</summary>
    public string? SectoralScope { get; }

    /// <summary>The final flag: true for <c>1</c>, false for <c>0</c> (read by registry users as "additional certification").</summary>
    public bool AdditionalCertification { get; }

    /// <summary>Creates a Verra serial number from its fields.</summary>
    /// <param name="batch">Issuance batch, digits (leading zeros kept).</param>
    /// <param name="block">The block of serials.</param>
    /// <param name="blockDigits">Width to zero-pad the block numbers to, 0 for none (Verra's example uses 6).</param>
    /// <param name="unitType">Upper-case letters, for example <c>VCU</c>.</param>
    /// <param name="programmeCode">Digits, for example <c>003</c>.</param>
    /// <param name="verificationType">Upper-case letters, for example <c>VER</c>.</param>
    /// <param name="country">The host country.</param>
    /// <param name="sectoralScope">Digits, or null for the 12-field form.</param>
    /// <param name="project">Digits, for example <c>0003</c>.</param>
    /// <param name="vintage">The vintage date range.</param>
    /// <param name="additionalCertification">The final flag.</param>
    /// <exception cref="ArgumentException">A field breaks its rule; the message names it.</exception>
    public static VerraSerialNumber Create(string batch, SerialBlock block, int blockDigits, string unitType, string programmeCode,
        string verificationType, Country country, string? sectoralScope, string project, Vintage vintage, bool additionalCertification)
    {
        Preconditions.CheckNotNull(batch);
        Preconditions.CheckNotNull(unitType);
        Preconditions.CheckNotNull(programmeCode);
        Preconditions.CheckNotNull(verificationType);
        Preconditions.CheckNotNull(country);
        Preconditions.CheckNotNull(project);
        CheckBlock(block, blockDigits, nameof(block));
        CheckField(SerialText.CheckIdentifierDigits(batch), nameof(batch), "issuance batch");
        CheckField(SerialText.CheckUpperLetters(unitType), nameof(unitType), "unit type");
        CheckField(SerialText.CheckIdentifierDigits(programmeCode), nameof(programmeCode), "programme code");
        CheckField(SerialText.CheckUpperLetters(verificationType), nameof(verificationType), "verification type");
        CheckField(sectoralScope is null ? null : SerialText.CheckIdentifierDigits(sectoralScope), nameof(sectoralScope), "sectoral scope");
        CheckField(SerialText.CheckIdentifierDigits(project), nameof(project), "project");
        Preconditions.CheckArgument(vintage.Start.Year >= Vintage.MinYear, nameof(vintage), "Vintage must be a valid date range, not the default value");
        return new VerraSerialNumber(batch, block, blockDigits, unitType, programmeCode, verificationType, country, sectoralScope, project, vintage, additionalCertification);
    }

    /// <summary>Parses a Verra serial number (12- or 13-field form).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a Verra serial number; the message names the wrong field.</exception>
    public static new VerraSerialNumber Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        ReadOnlySpan<char> text = s;
        Span<Range> fields = stackalloc Range[SerialText.FieldBufferLength];
        int count = SerialText.Split(text, fields);
        if (count is not 12 and not 13)
        {
            throw Fail(s, "layout", "must have 12 or 13 dash-separated fields");
        }
        bool withScope = count == 13;
        int shift = withScope ? 1 : 0;
        ReadOnlySpan<char> batch = text[fields[0]];
        SerialText.Check(SerialScheme.Verra, s, "issuance batch", SerialText.CheckIdentifierDigits(batch));
        SerialBlock block = SerialText.ParsePaddedBlock(text[fields[1]], text[fields[2]], out int digits, out string? field, out string? problem);
        SerialText.Check(SerialScheme.Verra, s, field ?? string.Empty, problem);
        if (!text[fields[3]].SequenceEqual(Programme))
        {
            throw Fail(s, "programme", "must be VCS");
        }
        ReadOnlySpan<char> unit = text[fields[4]];
        SerialText.Check(SerialScheme.Verra, s, "unit type", SerialText.CheckUpperLetters(unit));
        ReadOnlySpan<char> code = text[fields[5]];
        SerialText.Check(SerialScheme.Verra, s, "programme code", SerialText.CheckIdentifierDigits(code));
        ReadOnlySpan<char> verification = text[fields[6]];
        SerialText.Check(SerialScheme.Verra, s, "verification type", SerialText.CheckUpperLetters(verification));
        Country? country = SerialText.FindCountry(text[fields[7]], out problem);
        SerialText.Check(SerialScheme.Verra, s, "country", problem);
        string? scope = null;
        if (withScope)
        {
            ReadOnlySpan<char> scopeText = text[fields[8]];
            SerialText.Check(SerialScheme.Verra, s, "sectoral scope", SerialText.CheckIdentifierDigits(scopeText));
            scope = scopeText.ToString();
        }
        ReadOnlySpan<char> project = text[fields[8 + shift]];
        SerialText.Check(SerialScheme.Verra, s, "project", SerialText.CheckIdentifierDigits(project));
        var start = SerialText.ParseDayMonthYear(text[fields[9 + shift]], out problem);
        SerialText.Check(SerialScheme.Verra, s, "vintage start", problem);
        var end = SerialText.ParseDayMonthYear(text[fields[10 + shift]], out problem);
        SerialText.Check(SerialScheme.Verra, s, "vintage end", problem);
        if (end < start)
        {
            throw Fail(s, "vintage end", "is before the vintage start");
        }
        ReadOnlySpan<char> flag = text[fields[11 + shift]];
        if (flag is not "0" and not "1")
        {
            throw Fail(s, "additional certification", "must be 0 or 1");
        }
        return new VerraSerialNumber(batch.ToString(), block, digits, unit.ToString(), code.ToString(), verification.ToString(), country!,
            scope, project.ToString(), Vintage.FromDates(start, end), flag[0] == '1');
    }

    /// <inheritdoc />
    public override CreditSerialNumber WithBlock(SerialBlock block)
    {
        CheckBlock(block, BlockDigits, nameof(block));
        return new VerraSerialNumber(Batch, block, BlockDigits, unitType, ProgrammeCode, VerificationType, Country, SectoralScope, Project, Vintage, AdditionalCertification);
    }

    /// <summary>The canonical text, for example <c>0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1</c>.</summary>
    public override string ToString()
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[192]);
        text.AppendLiteral(Batch);
        text.AppendLiteral("-");
        SerialText.AppendBlock(ref text, Block, BlockDigits);
        text.AppendLiteral("-VCS-");
        text.AppendLiteral(unitType);
        text.AppendLiteral("-");
        text.AppendLiteral(ProgrammeCode);
        text.AppendLiteral("-");
        text.AppendLiteral(VerificationType);
        text.AppendLiteral("-");
        text.AppendLiteral(Country.Alpha2);
        text.AppendLiteral("-");
        if (SectoralScope is not null)
        {
            text.AppendLiteral(SectoralScope);
            text.AppendLiteral("-");
        }
        text.AppendLiteral(Project);
        text.AppendLiteral("-");
        SerialText.AppendDayMonthYear(ref text, Vintage.Start);
        text.AppendLiteral("-");
        SerialText.AppendDayMonthYear(ref text, Vintage.End);
        text.AppendLiteral(AdditionalCertification ? "-1" : "-0");
        return text.ToStringAndClear();
    }

    private static FormatException Fail(string s, string field, string problem) => SerialText.Error(SerialScheme.Verra, s, field, problem);
}
